import type { ChurnSeriesPoint, ChurnSeriesResult } from '@tablero/core';
import type { TrendSeries } from './trend-scales.js';

/**
 * One period as `<churn-trend>` draws it, whichever way the data came in (attribute, core
 * result, raw customers). Counts are `null` when the page gave only a rate.
 */
export interface TrendPoint {
  /** Core's stable period label (`2025-03`, `2025-Q1`, `2025-W13`) or the page's own text. */
  label: string;
  /** Churn % (`100 × L / S`); `null` when S = 0. */
  rate: number | null;
  /** S: customers active at the period start. */
  start: number | null;
  /** L: customers of S lost by the period end. */
  lost: number | null;
  /** Acquired and lost inside the period: shown beside the rate, never mixed into it. */
  newLost: number;
  /** False while the period is running: its rate will still move. */
  complete: boolean;
  /** Core's own point, when the data came through core: what `kpi-select` hands out. */
  result: ChurnSeriesPoint | null;
}

/** Retention is the complement of churn on the same cohort (KPI-SPEC §Retention). */
export const retentionOf = (point: TrendPoint): number | null =>
  point.rate === null ? null : 100 - point.rate;

/** The rate of `point` in the series on show. */
export const valueOf = (point: TrendPoint, metric: TrendSeries): number | null =>
  metric === 'churn' ? point.rate : retentionOf(point);

export function pointFromCore(point: ChurnSeriesPoint): TrendPoint {
  return {
    label: point.label,
    rate: point.value,
    start: point.start,
    lost: point.lost,
    newLost: point.newLost,
    complete: point.complete,
    result: point,
  };
}

export const pointsFromSeries = (series: Pick<ChurnSeriesResult, 'points'>): TrendPoint[] =>
  series.points.map(pointFromCore);
