import { labelIndices } from './label-stride.js';
import { trendPaths, type TrendPaths } from './trend-paths.js';
import { xScale, yDomain, yScale, type TrendFrame, type TrendSeries } from './trend-scales.js';

export interface TrendLayoutInput {
  /** The rate per period in the shown series; `null` where the period has no rate (S = 0). */
  values: readonly (number | null)[];
  complete: readonly boolean[];
  /** Already in the shown series (a churn target of 3 is a retention target of 97). */
  target: number | null;
  series: TrendSeries;
  frame: TrendFrame;
}

export interface TrendLayout {
  frame: TrendFrame;
  xs: number[];
  ys: (number | null)[];
  /** Horizontal gridlines with their value. */
  ticks: { value: number; y: number }[];
  targetY: number | null;
  paths: TrendPaths;
  /** Periods whose x label fits. */
  labelled: number[];
  /** Width of one period's band: the hit area of a point. */
  band: number;
}

/** Every coordinate the chart draws, computed without the DOM so it can be tested as maths. */
export function trendLayout({
  values,
  complete,
  target,
  series,
  frame,
}: TrendLayoutInput): TrendLayout {
  const x = xScale(values.length, frame);
  const y = yScale(yDomain(values, series, target), frame);
  const xs = values.map((_, i) => x(i));
  const ys = values.map((v) => (v === null ? null : y(v)));
  const validTarget = target !== null && Number.isFinite(target);
  return {
    frame,
    xs,
    ys,
    ticks: y.ticks.map((value) => ({ value, y: y(value) })),
    targetY: validTarget ? y(target) : null,
    paths: trendPaths(xs, ys, complete),
    labelled: labelIndices(values.length, frame.width - frame.left - frame.right),
    band: x.step,
  };
}
