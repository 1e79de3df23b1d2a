import type { ZoneClock } from '../time/zone.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Cell of an instant in a 7 × 24 grid: (ISO weekday − 1) × 24 + local hour. */
export function gridCell(clock: ZoneClock, ms: number): number {
  // Inlined weekday/hour: this is the hot loop of a heatmap over a million tickets.
  const local = ms + clock.offsetAt(ms);
  const day = Math.floor(local / DAY_MS);
  return ((((day + 3) % 7) + 7) % 7) * 24 + Math.floor((local - day * DAY_MS) / HOUR_MS);
}

export function checkWeekStart(weekStart: number, source: string): number {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) {
    throw new RangeError(`${source}: weekStart must be an ISO weekday 1–7, got ${weekStart}`);
  }
  return weekStart;
}

/** ISO weekdays in row order, starting at `weekStart`. */
export const rowOrder = (weekStart: number): number[] =>
  Array.from({ length: 7 }, (_, i) => ((weekStart - 1 + i) % 7) + 1);

/** Cells by ISO weekday regrouped as rows in `weekdays` order. */
export function toRows<T>(cells: readonly T[], weekdays: readonly number[]): T[][] {
  return weekdays.map((weekday) => cells.slice((weekday - 1) * 24, weekday * 24));
}
