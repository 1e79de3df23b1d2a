/**
 * What the cells measure. `count`: whole tickets, where 0 is its own class ("none") and bins
 * read `1–10`, `11–20`. `duration`: median minutes, continuous, bins read `0–30`, `30–60`.
 */
export type BinKind = 'count' | 'duration';

export interface HeatmapBin {
  /** Lowest value in the bin (inclusive). */
  from: number;
  /** Highest value: inclusive for counts (`1–10`), exclusive for durations (`0–30`). */
  to: number;
  /** Position on the colour ramp, 0 (the surface tint) … 1 (the strongest colour). */
  t: number;
}

export interface HeatmapBins {
  kind: BinKind;
  /** Width of every bin, in minutes for durations: 1, 2 or 5 × a power of ten of `unit`. */
  step: number;
  /** Durations: the unit the bins are round in, to label the legend in (`0–10 h`). */
  unit: DurationUnit | null;
  bins: HeatmapBin[];
  /**
   * The bin of a value: an index into `bins`; `-1` for a zero count (the "none" class, at
   * `t = 0`); `null` for a missing value (an FRT cell without answered tickets).
   */
  binOf(value: number | null): number | null;
}

/** Units a duration legend counts in, with their length in minutes. */
export const DURATION_UNITS = { minute: 1, hour: 60, day: 1440 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

/**
 * The unit of a duration scale whose top is `maxMinutes`: minutes up to two hours (`0–20 min`
 * reads better than `0–0,5 h`), hours up to two days (where `formatDuration` too turns to days).
 */
export const durationUnit = (maxMinutes: number): DurationUnit =>
  maxMinutes < 120 ? 'minute' : maxMinutes < 48 * 60 ? 'hour' : 'day';

/** Default number of colour steps: five classes read reliably; more blur together (Brewer). */
export const DEFAULT_STEPS = 5;
export const MIN_STEPS = 2;
export const MAX_STEPS = 9;

/**
 * The smallest "nice" width (1, 2, 5 × 10^k) that is at least `raw`; at least 1 for counts,
 * since a bin narrower than one ticket is empty.
 */
export function niceStep(raw: number, kind: BinKind): number {
  if (!(raw > 0)) return 1;
  let step = 10 ** Math.floor(Math.log10(raw));
  // The tolerance keeps float noise (0.1 × 3) from pushing an exact fit to the next width.
  while (step < raw * (1 - 1e-9)) step = nextNiceStep(step);
  return kind === 'count' ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * Sequential colour bins over 0…`max` with at most `steps` classes of equal, nice width, so
 * the legend reads in round numbers and a colour always means the same range. Bins are
 * equal-width rather than quantiles: a quantile legend shows where tickets are frequent, but
 * it makes "twice as dark" mean nothing, and staffing reads absolute volumes.
 *
 * The lookup is a threshold scale (the count of upper bounds at or below the value), written out:
 * d3's scaleThreshold cost 0.4 kB min+gzip for a one-line search over at most 8 bounds, and d3's
 * quantize or linear scales would bring d3-format and d3-interpolate along (3.4 kB).
 */
export function heatmapBins(
  max: number,
  kind: BinKind,
  steps: number = DEFAULT_STEPS,
): HeatmapBins {
  const target = Math.min(MAX_STEPS, Math.max(MIN_STEPS, Math.round(steps)));
  const top = Number.isFinite(max) && max > 0 ? max : 0;
  // Durations are binned in round hours or days, not round minutes (1000 min = 16,7 h).
  const unit = kind === 'duration' ? durationUnit(top) : null;
  const per = unit ? DURATION_UNITS[unit] : 1;
  let step = niceStep(top / per / target, kind);
  // Durations take [k·step, (k+1)·step), so a max on a boundary needs one bin more: widen the
  // step instead when that would pass the target.
  while (binCount(top / per, step, kind) > target) step = nextNiceStep(step);
  step *= per;
  const count = Math.max(1, binCount(top, step, kind));
  const bins = Array.from({ length: count }, (_, i) => ({
    from: kind === 'count' ? i * step + 1 : i * step,
    to: (i + 1) * step,
    t: rampPosition(i, count),
  }));
  // Upper bounds are exclusive in a threshold scale: counts are integers, so `k·step + 1`
  // puts `k·step` itself in the lower bin (`1–10`, then `11–20`).
  const thresholds = bins.slice(0, -1).map((b) => (kind === 'count' ? b.to + 1 : b.to));
  return {
    kind,
    step,
    unit,
    bins,
    binOf(value) {
      if (!Number.isFinite(value)) return null; // null too
      if (kind === 'count' && value! <= 0) return -1;
      // d3's scaleThreshold (bisectRight) without its 0.4 kB: at most 8 sorted thresholds.
      return thresholds.filter((t) => t <= value!).length;
    },
  };
}

/** Where bin `index` of `count` sits on the colour ramp: evenly spaced, the top bin at 1. */
export const rampPosition = (index: number, count: number) => (index + 1) / count;

/** The nice width after `step`: 1 → 2 → 5 → 10 → 20 (× a power of ten). */
function nextNiceStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step));
  const multiplier = Math.round(step / power);
  return (multiplier === 1 ? 2 : multiplier === 2 ? 5 : 10) * power;
}

function binCount(max: number, step: number, kind: BinKind): number {
  return kind === 'count' ? Math.ceil(max / step) : Math.floor(max / step) + 1;
}
