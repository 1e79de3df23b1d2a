import { quantileSorted } from 'd3-array';

/**
 * A mergeable store of durations that answers R-7 quantiles (KPI-SPEC §Ground rules).
 *
 * Up to `exactLimit` values it keeps them all and the quantiles are exact. Above that it folds
 * them into a logarithmic histogram (the DDSketch idea): bucket `k` holds values in
 * `(γ^(k−1), γ^k]` with `γ = (1 + α) / (1 − α)`, and reports `2γ^k / (γ + 1)`, which is within
 * a relative error `α` of every value in the bucket. So each order statistic is returned within
 * ±α (0.5%) of its true value, and the R-7 interpolation between two of them is too.
 *
 * Which form answers depends only on the total count, and both forms are functions of the
 * multiset of values, so merging shards in any split gives the same result as one batch.
 */
export const SKETCH_RELATIVE_ERROR = 0.005;
export const DEFAULT_EXACT_LIMIT = 100_000;

const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

export interface QuantileDigest {
  count: number;
  /** All values while `count <= exactLimit`; null once folded into the sketch. */
  values: number[] | null;
  /** Sketch form: values equal to 0 (and below 1, which are sub-unit noise for durations). */
  zeros: number;
  /** Sketch form: counts by bucket index `k` (values ≥ 1 only, so `k ≥ 0`). */
  buckets: number[];
  exactLimit: number;
}

export function createDigest(exactLimit = DEFAULT_EXACT_LIMIT): QuantileDigest {
  return { count: 0, values: [], zeros: 0, buckets: [], exactLimit };
}

export function addToDigest(d: QuantileDigest, x: number): void {
  d.count += 1;
  if (d.values !== null) {
    d.values.push(x);
    if (d.count > d.exactLimit) foldIntoSketch(d);
  } else {
    addToSketch(d, x);
  }
}

export function mergeDigests(into: QuantileDigest, from: QuantileDigest): void {
  const total = into.count + from.count;
  if (into.values !== null && from.values !== null && total <= into.exactLimit) {
    for (const x of from.values) into.values.push(x);
    into.count = total;
    return;
  }
  if (into.values !== null) foldIntoSketch(into);
  if (from.values !== null) {
    for (const x of from.values) addToSketch(into, x);
  } else {
    into.zeros += from.zeros;
    for (let k = 0; k < from.buckets.length; k++) {
      const c = from.buckets[k];
      if (c) into.buckets[k] = (into.buckets[k] ?? 0) + c;
    }
  }
  into.count = total;
}

export type QuantileMethod = 'exact' | 'sketch';

export interface DigestQuantiles {
  median: number | null;
  p90: number | null;
  method: QuantileMethod;
  /** Relative error bound of the quantiles (0 when exact). */
  relativeError: number;
}

export function digestQuantiles(d: QuantileDigest, ps: readonly number[]): (number | null)[] {
  if (d.count === 0) return ps.map(() => null);
  if (d.values !== null) {
    // A typed array sorts numerically and fast; d3 reads any array-like despite its typings.
    const sorted = Float64Array.from(d.values).sort() as unknown as number[];
    return ps.map((p) => quantileSorted(sorted, p) ?? null);
  }
  return ps.map((p) => sketchQuantile(d, p));
}

export function summarizeDigest(d: QuantileDigest): DigestQuantiles {
  const [median, p90] = digestQuantiles(d, [0.5, 0.9]);
  const exact = d.values !== null;
  return {
    median: median ?? null,
    p90: p90 ?? null,
    method: exact ? 'exact' : 'sketch',
    relativeError: exact ? 0 : SKETCH_RELATIVE_ERROR,
  };
}

function foldIntoSketch(d: QuantileDigest): void {
  const values = d.values ?? [];
  d.values = null;
  for (const x of values) addToSketch(d, x);
}

function addToSketch(d: QuantileDigest, x: number): void {
  if (x < 1) {
    d.zeros += 1;
    return;
  }
  const k = Math.ceil(Math.log(x) / LOG_GAMMA);
  d.buckets[k] = (d.buckets[k] ?? 0) + 1;
}

function sketchQuantile(d: QuantileDigest, p: number): number {
  const h = (d.count - 1) * p;
  const lower = Math.floor(h);
  const low = sketchOrderStatistic(d, lower);
  if (h === lower) return low;
  return low + (h - lower) * (sketchOrderStatistic(d, lower + 1) - low);
}

/** Approximate value of the order statistic with 0-based rank `rank`. */
function sketchOrderStatistic(d: QuantileDigest, rank: number): number {
  if (rank < d.zeros) return 0;
  let seen = d.zeros;
  for (let k = 0; k < d.buckets.length; k++) {
    seen += d.buckets[k] ?? 0;
    if (seen > rank) return k === 0 ? 1 : (2 * Math.pow(GAMMA, k)) / (GAMMA + 1);
  }
  throw new Error('quantile rank beyond the digest count');
}
