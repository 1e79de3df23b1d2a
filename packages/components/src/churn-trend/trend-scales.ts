import { niceDomain, ticks } from './linear-scale.js';

/** Which rate the line shows; retention is `100 − churn` (KPI-SPEC §Retention). */
export const TREND_SERIES = ['churn', 'retention'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

/** The drawing area inside the SVG, in CSS pixels. */
export interface TrendFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Roughly one y tick per this many pixels of plot height. */
const PIXELS_PER_Y_TICK = 40;

/**
 * The y domain before `nice()`. Churn starts at 0 so that the height of the line is the rate
 * itself; retention lives near 100, where a zero baseline would flatten every change into one
 * line, so it spans from the lowest value to 100. The target always fits in the domain, so the
 * target line is never clipped.
 */
export function yDomain(
  values: readonly (number | null)[],
  series: TrendSeries,
  target: number | null,
): [number, number] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null && Number.isFinite(target)) known.push(target);
  if (series === 'churn') {
    const max = known.length ? Math.max(...known) : 0;
    // An all-zero series still needs a scale with height.
    return [0, max > 0 ? max : 1];
  }
  const min = known.length ? Math.min(...known) : 100;
  return [Math.min(min, 99), 100];
}

export const yTickCount = (frame: TrendFrame): number =>
  Math.max(2, Math.floor((frame.height - frame.top - frame.bottom) / PIXELS_PER_Y_TICK));

/** A linear percentage scale, widened to round ticks and kept inside 0…100. */
export function yScale(domain: [number, number], frame: TrendFrame): YScale {
  const count = yTickCount(frame);
  const [low, high] = niceDomain(domain[0], domain[1], count);
  const d0 = Math.max(0, low);
  const d1 = Math.min(100, high);
  const bottom = frame.height - frame.bottom;
  // A domain without width (one value) maps to the middle of the plot rather than dividing by 0.
  const k = d1 === d0 ? 0 : (frame.top - bottom) / (d1 - d0);
  const y = (value: number) => (k ? bottom + (value - d0) * k : (bottom + frame.top) / 2);
  return Object.assign(y, { domain: [d0, d1] as const, ticks: ticks(d0, d1, count) });
}

/** Rates to pixels on the y axis, with the (rounded) domain and its round ticks. */
export interface YScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly ticks: number[];
}

/** Periods placed on the x axis: `x(i)` is the centre of period `i`'s band of width `step`. */
export interface PointScale {
  (index: number): number;
  readonly step: number;
}

/**
 * One band per period with the point in its middle: a single period sits in the centre, and the
 * first and last labels have half a band of room instead of overflowing the frame.
 */
export function xScale(count: number, frame: TrendFrame): PointScale {
  const step = (frame.width - frame.left - frame.right) / Math.max(1, count);
  const scale = ((index: number) => frame.left + step * (index + 0.5)) as PointScale;
  return Object.assign(scale, { step });
}
