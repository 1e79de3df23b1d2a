/**
 * A linear scale with round ticks: the one piece of d3-scale this chart needs. d3-scale's
 * `scaleLinear` brings d3-interpolate, d3-color and d3-format along (about 22 kB minified,
 * 9 kB gzipped, measured with the package's size script), nearly half the budget of a whole
 * element, to map numbers to pixels.
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Round values inside the domain, about `count` of them: steps of 1, 2 or 5 × 10ⁿ. */
  ticks(count: number): number[];
}

/**
 * The round step for about `count` intervals over `[start, stop]`, as a pair so that values can
 * be computed as `i × unit` or `i / per` without the float error of `i × 0.1`: for a step of
 * 0.2, `{ step: 0.2, per: 5 }` and a value is `i / 5`.
 */
export function tickStep(
  start: number,
  stop: number,
  count: number,
): { step: number; unit: number; per: number } {
  const raw = Math.abs(stop - start) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return { step: 0, unit: 0, per: 0 };
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  // Rounded geometrically: a raw step of 3.2 is nearer 5 than 2 on a log scale.
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power >= 0
    ? { step: factor * 10 ** power, unit: factor * 10 ** power, per: 0 }
    : { step: factor / 10 ** -power, unit: 0, per: 10 ** -power / factor };
}

const at = (i: number, s: { unit: number; per: number }) => (s.per ? i / s.per : i * s.unit);
const index = (v: number, s: { unit: number; per: number }) => (s.per ? v * s.per : v / s.unit);

/** Round ticks inside `[start, stop]` (ascending). */
export function ticks(start: number, stop: number, count: number): number[] {
  const s = tickStep(start, stop, count);
  if (!s.step) return Number.isFinite(start) ? [start] : [];
  const out: number[] = [];
  for (let i = Math.ceil(index(start, s)); i <= Math.floor(index(stop, s)); i++) out.push(at(i, s));
  return out;
}

/** Widens `[start, stop]` to the round ticks around it, so the first and last gridline are the ends. */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  let previous = 0;
  for (let round = 0; round < 10; round++) {
    const s = tickStep(start, stop, count);
    if (!s.step || s.step === previous) break;
    start = at(Math.floor(index(start, s)), s);
    stop = at(Math.ceil(index(stop, s)), s);
    previous = s.step;
  }
  return [start, stop];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) =>
    k === 0 ? (r0 + r1) / 2 : r0 + (value - d0) * k) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count: number) => ticks(d0, d1, count),
  });
}
