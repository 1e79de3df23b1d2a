// Round ticks, the one piece of d3-scale this chart needs: d3-scale's `scaleLinear` brings
// d3-interpolate, d3-color and d3-format along (about 9 kB min+gzip, measured with the package's
// size script), nearly half the budget of a whole element, to map numbers to pixels.

/** The round step (1, 2 or 5 × 10ⁿ) for about `count` intervals over `[start, stop]`; 0 for none. */
export function tickStep(start: number, stop: number, count: number): number {
  const raw = Math.abs(stop - start) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 0;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  // Rounded geometrically: a raw step of 3.2 is nearer 5 than 2 on a log scale.
  return (
    power *
    (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1)
  );
}

/**
 * Tick `i` of `step`, and back. A step below 1 is `1 / k` for a whole k, so dividing by k (0.2 →
 * `i / 5`) avoids the float error of `i × 0.2`.
 */
const at = (i: number, step: number) => (step < 1 ? i / Math.round(1 / step) : i * step);
const index = (v: number, step: number) => (step < 1 ? v * Math.round(1 / step) : v / step);

/** Round ticks inside `[start, stop]` (ascending). */
export function ticks(start: number, stop: number, count: number): number[] {
  const step = tickStep(start, stop, count);
  if (!step) return Number.isFinite(start) ? [start] : [];
  const out: number[] = [];
  for (let i = Math.ceil(index(start, step)); i <= Math.floor(index(stop, step)); i++)
    out.push(at(i, step));
  return out;
}

/** Widens `[start, stop]` to the round ticks around it, so the first and last gridline are the ends. */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  let previous = 0;
  for (let round = 0; round < 10; round++) {
    const step = tickStep(start, stop, count);
    if (!step || step === previous) break;
    start = at(Math.floor(index(start, step)), step);
    stop = at(Math.ceil(index(stop, step)), step);
    previous = step;
  }
  return [start, stop];
}
