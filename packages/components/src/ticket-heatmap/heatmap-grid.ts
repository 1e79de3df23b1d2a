import { ISO_WEEKDAYS, isIsoWeekday, weekdayOrder, type IsoWeekday } from './week-start.js';

/** What the cells show: ticket volume, or median first response time (core's FRT grid). */
export const HEATMAP_MODES = ['volume', 'frt'] as const;
export type HeatmapMode = (typeof HEATMAP_MODES)[number];

export const HOURS = 24;

/**
 * A grid as some input gave it, in the shape of core's results (so a result is its own source):
 * rows tagged with their ISO weekday, in any order. `medians` makes it an FRT grid.
 */
export interface HeatmapSource {
  weekdays: readonly number[];
  /** Tickets per cell (FRT mode: answered tickets, the sample each median rests on). */
  counts: readonly (readonly number[])[];
  /** FRT mode only: median minutes per cell, `null` where no ticket was answered. */
  medians?: readonly (readonly (number | null)[])[];
  timeZone: string;
  /** FRT mode only: the median over every answered ticket. */
  value?: number | null;
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
export const sourceFromCounts = (
  counts: readonly (readonly number[])[],
  timeZone: string,
): HeatmapSource => ({ weekdays: ISO_WEEKDAYS, counts, timeZone });

/**
 * The grid to draw: rows re-ordered to start at `weekStart` (so a result computed with
 * Monday first can be shown Sunday first without recomputing), the peak, total and scale top.
 * The peak rule is core's (largest, first in row order), so with the same week start it is
 * the cell core reports.
 */
export function heatmapGrid(source: HeatmapSource, weekStart: IsoWeekday): HeatmapGrid {
  const mode: HeatmapMode = source.medians ? 'frt' : 'volume';
  const weekdays = weekdayOrder(weekStart);
  let total = 0;
  let max = 0;
  let peak: HeatmapCell | null = null;
  const rows = weekdays.map((weekday, row) => {
    const from = source.weekdays.indexOf(weekday);
    return Array.from({ length: HOURS }, (_, hour): HeatmapCell => {
      const count = source.counts[from]?.[hour] ?? 0;
      const value = source.medians ? (source.medians[from]?.[hour] ?? null) : count;
      const cell = { weekday, hour, row, col: hour, count, value };
      total += count;
      if (value !== null && value > max) max = value;
      const beats = source.medians ? value !== null : count > 0;
      if (beats && (peak === null || value! > peak.value!)) peak = cell;
      return cell;
    });
  });
  return {
    mode,
    weekdays,
    rows,
    peak,
    total,
    max,
    overall: source.medians ? (source.value ?? null) : null,
    timeZone: source.timeZone,
  };
}

/** Whether a result's rows name each ISO weekday once, so re-ordering them loses nothing. */
export const hasEveryWeekday = (weekdays: readonly number[]) =>
  weekdays.length === 7 && weekdays.every(isIsoWeekday) && new Set(weekdays).size === 7;
