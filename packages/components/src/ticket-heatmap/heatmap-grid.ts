import type { WeekdayHourFirstResponseResult, WeekdayHourResult } from '@tablero/core';
import { isIsoWeekday, weekdayOrder, type IsoWeekday } from './week-start.js';

/** What the cells show: ticket volume, or median first response time (core's FRT grid). */
export const HEATMAP_MODES = ['volume', 'frt'] as const;
export type HeatmapMode = (typeof HEATMAP_MODES)[number];

export const HOURS = 24;

/** A grid as some input gave it: rows tagged with their ISO weekday, in any order. */
export interface HeatmapSource {
  mode: HeatmapMode;
  weekdays: readonly number[];
  /** Tickets per cell (FRT mode: answered tickets, the sample each median rests on). */
  counts: readonly (readonly number[])[];
  /** FRT mode only: median minutes per cell, `null` where no ticket was answered. */
  medians?: readonly (readonly (number | null)[])[];
  timeZone: string;
  /** FRT mode only: the median over every answered ticket. */
  overall?: number | null;
}

export interface HeatmapCell {
  weekday: IsoWeekday;
  hour: number;
  /** Position in the drawn grid. */
  row: number;
  col: number;
  count: number;
  /** The coloured quantity: the count, or the median in minutes (`null`: no answered ticket). */
  value: number | null;
}

export interface HeatmapGrid {
  mode: HeatmapMode;
  /** Row order as drawn, starting at the week start. */
  weekdays: IsoWeekday[];
  rows: HeatmapCell[][];
  /** Busiest cell (volume) or slowest (FRT), the first in drawn order on ties; null when empty. */
  peak: HeatmapCell | null;
  /** Tickets in the grid (FRT: answered tickets). */
  total: number;
  /** Largest value, the top of the colour scale. */
  max: number;
  /** FRT: overall median; volume: `null`. */
  overall: number | null;
  timeZone: string;
}

/** A `counts` attribute: rows in ISO order, Monday first. */
export const sourceFromCounts = (rows: readonly (readonly number[])[], timeZone: string) => ({
  mode: 'volume' as const,
  weekdays: weekdayOrder(1),
  counts: rows,
  timeZone,
});

/** A core result, volume (`weekdayHourMatrix`) or FRT (`weekdayHourFirstResponse`). */
export function sourceFromResult(
  result: WeekdayHourResult | WeekdayHourFirstResponseResult,
): HeatmapSource {
  if (result.kpi === 'weekdayHourFirstResponse') {
    return {
      mode: 'frt',
      weekdays: result.weekdays,
      counts: result.counts,
      medians: result.medians,
      timeZone: result.timeZone,
      overall: result.value,
    };
  }
  return {
    mode: 'volume',
    weekdays: result.weekdays,
    counts: result.counts,
    timeZone: result.timeZone,
  };
}

/**
 * The grid to draw: rows re-ordered to start at `weekStart` (so a result computed with
 * Monday first can be shown Sunday first without recomputing), the peak, total and scale top.
 * The peak rule is core's (largest, first in row order), so with the same week start it is
 * the cell core reports.
 */
export function heatmapGrid(source: HeatmapSource, weekStart: IsoWeekday): HeatmapGrid {
  const rowOf = new Map<number, number>();
  source.weekdays.forEach((weekday, i) => rowOf.set(weekday, i));
  const weekdays = weekdayOrder(weekStart);
  let total = 0;
  let max = 0;
  let peak: HeatmapCell | null = null;
  const rows = weekdays.map((weekday, row) => {
    const from = rowOf.get(weekday);
    return Array.from({ length: HOURS }, (_, hour): HeatmapCell => {
      const count = from === undefined ? 0 : (source.counts[from]?.[hour] ?? 0);
      const value =
        source.mode === 'frt'
          ? from === undefined
            ? null
            : (source.medians?.[from]?.[hour] ?? null)
          : count;
      const cell = { weekday, hour, row, col: hour, count, value };
      total += count;
      if (value !== null && value > max) max = value;
      const beats = source.mode === 'frt' ? value !== null : count > 0;
      if (beats && (peak === null || value! > peak.value!)) peak = cell;
      return cell;
    });
  });
  return {
    mode: source.mode,
    weekdays,
    rows,
    peak,
    total,
    max,
    overall: source.mode === 'frt' ? (source.overall ?? null) : null,
    timeZone: source.timeZone,
  };
}

/** Whether a result's rows name each ISO weekday once, so re-ordering them loses nothing. */
export const hasEveryWeekday = (weekdays: readonly number[]) =>
  weekdays.length === 7 && weekdays.every(isIsoWeekday) && new Set(weekdays).size === 7;
