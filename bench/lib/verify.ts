/**
 * Agreement checks. The hand loop is the reference: its NPS/CSAT are plain counts and its FRT
 * quantiles are exact R-7 on the sorted durations; its matrix comes from `Intl` itself.
 */
import { differingCells } from './tz.js';
import type { CsatFigures, FrtFigures, MatrixFigures, NpsFigures } from './types.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Our sketch's documented bound; float noise on top of it is allowed for, nothing more. */
export const SKETCH_BOUND = 0.005;
const FLOAT_NOISE = 1e-9;

const relativeError = (value: number | null, exact: number | null): number =>
  value === null || exact === null
    ? value === exact
      ? 0
      : Infinity
    : exact === 0
      ? Math.abs(value)
      : Math.abs(value - exact) / Math.abs(exact);

const sameValue = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= FLOAT_NOISE;

export function checkNps(who: string, got: NpsFigures, ref: NpsFigures): Check {
  const counts = (['n', 'promoters', 'passives', 'detractors'] as const).filter(
    (k) => got[k] !== ref[k],
  );
  const ok = counts.length === 0 && sameValue(got.value, ref.value);
  return {
    name: `NPS ${who} = hand loop`,
    ok,
    detail: ok
      ? `n ${got.n}, ${got.promoters}/${got.passives}/${got.detractors}, NPS ${got.value}`
      : `got ${JSON.stringify(got)}, hand loop ${JSON.stringify(ref)}`,
  };
}

export function checkCsat(who: string, got: CsatFigures, ref: CsatFigures): Check {
  const distributionOk =
    got.distribution === null ||
    ref.distribution === null ||
    got.distribution.every((c, i) => c === ref.distribution![i]);
  const ok =
    got.n === ref.n &&
    got.positive === ref.positive &&
    sameValue(got.value, ref.value) &&
    distributionOk;
  return {
    name: `CSAT ${who} = hand loop`,
    ok,
    detail: ok
      ? `n ${got.n}, positive ${got.positive}, CSAT ${got.value}%${got.distribution ? ', distribution equal' : ''}`
      : `got ${JSON.stringify(got)}, hand loop ${JSON.stringify(ref)}`,
  };
}

export function frtErrors(got: FrtFigures, ref: FrtFigures) {
  return {
    median: relativeError(got.median, ref.median),
    p90: relativeError(got.p90, ref.p90),
    mean: relativeError(got.mean, ref.mean),
  };
}

export function checkFrt(who: string, got: FrtFigures, ref: FrtFigures): Check {
  const err = frtErrors(got, ref);
  const bound = (got.quantileMethod === 'sketch' ? SKETCH_BOUND : 0) + FLOAT_NOISE;
  const ok = got.n === ref.n && err.median <= bound && err.p90 <= bound && err.mean <= FLOAT_NOISE;
  const pct = (x: number) => `${(x * 100).toFixed(4)}%`;
  return {
    name: `FRT ${who} ≈ exact (${got.quantileMethod}, bound ${pct(bound - FLOAT_NOISE)})`,
    ok,
    detail:
      `n ${got.n}/${ref.n}, median ${got.median} vs ${ref.median} (${pct(err.median)}), ` +
      `p90 ${got.p90} vs ${ref.p90} (${pct(err.p90)}), mean error ${err.mean.toExponential(1)}`,
  };
}

export function checkMatrix(
  who: string,
  got: MatrixFigures,
  ref: MatrixFigures,
  expectedTotal: number,
): Check {
  const differing = differingCells(got, ref);
  const total = got.reduce((a, b) => a + b, 0);
  const ok = differing === 0 && total === expectedTotal;
  return {
    name: `matrix ${who} = hand loop (Intl-exact)`,
    ok,
    detail: `${differing} of 168 cells differ, total ${total} of ${expectedTotal}`,
  };
}
