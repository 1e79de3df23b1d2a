import { dateFormat } from '../internal/format.js';
import type { IsoWeekday } from './week-start.js';

/**
 * Labels for weekdays and hours of the grid. The grid's hours are already local to its zone, so
 * they are formatted as wall times on a fixed UTC day (2024-01-01 was a Monday): formatting
 * them in a real zone would shift them again, or skip an hour on a DST day.
 */
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** `lunes`, `Monday`; `short`: `lun`, `Mon`. */
export const weekdayName = (
  locale: string,
  weekday: IsoWeekday,
  width: 'long' | 'short' = 'long',
) =>
  dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    MONDAY_UTC + (weekday - 1) * DAY_MS,
  );

/** An axis label: `0`, `13` in Spanish; `12 AM`, `1 PM` in US English. */
export const hourLabel = (locale: string, hour: number) =>
  dateFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(MONDAY_UTC + hour * HOUR_MS);

/**
 * The hour a cell covers: `10:00–11:00`, `10:00 – 11:00 AM`. `formatRange` drops the repeated
 * day period, but across midnight (23:00–00:00) it would print both dates, so that one hour is
 * joined by hand.
 */
export function hourRange(locale: string, hour: number): string {
  const format = dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const start = MONDAY_UTC + hour * HOUR_MS;
  if (hour < 23) return format.formatRange(start, start + HOUR_MS);
  return `${format.format(start)} – ${format.format(start + HOUR_MS)}`;
}
