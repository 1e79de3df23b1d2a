import type { PeriodUnit } from '../schema/enums.js';
import type { LightZoneClock } from './light-zone-clock.js';
import { zoneClock } from './zone.js';
import {
  toPeriod,
  tryEpochMs,
  type InstantInput,
  type Period,
  type PeriodInput,
} from './instant.js';

const DAY_MS = 86_400_000;

export interface CalendarPeriod extends Period {
  unit: PeriodUnit;
  timeZone: string;
  /** ISO weekday weeks start on (1 = Monday), kept so the previous week starts the same way. */
  weekStart: number;
  /** Stable label in the zone: `2026-03`, `2026-Q1`, `2026-W13`, `2026-03-29`, `2026`. */
  label: string;
}

export interface CalendarOptions {
  timeZone?: string;
  /** ISO weekday a week starts on: 1 = Monday (default, ISO-8601) … 7 = Sunday. */
  weekStart?: number;
}

/** The calendar period of `unit` that contains `at`, in the zone (DST-correct boundaries). */
export function periodOf(
  at: InstantInput,
  unit: PeriodUnit,
  options: CalendarOptions = {},
): CalendarPeriod {
  const timeZone = options.timeZone ?? 'UTC';
  return cut(zoneClock(timeZone), timeZone, at, unit, options.weekStart);
}

/**
 * `periodOf` on a clock of the caller's choice (the period's `timeZone` is the clock's):
 * `lightZoneClock(tz)` where bundle size matters and only boundaries are cut (a chart),
 * `zoneClock(tz)` to place many instants. Both give the same periods.
 */
export function periodIn(
  clock: LightZoneClock,
  at: InstantInput,
  unit: PeriodUnit,
  options: Pick<CalendarOptions, 'weekStart'> = {},
): CalendarPeriod {
  return cut(clock, clock.timeZone, at, unit, options.weekStart);
}

function cut(
  clock: LightZoneClock,
  timeZone: string,
  at: InstantInput,
  unit: PeriodUnit,
  weekStartOption: number | undefined,
): CalendarPeriod {
  const ms = tryEpochMs(at);
  if (ms === undefined) throw new RangeError(`periodOf: not an instant: ${String(at)}`);
  const f = clock.fields(ms);
  const weekStart = checkWeekStart(weekStartOption ?? 1);
  let start: { year: number; month: number; day: number };
  let end: { year: number; month: number; day: number };
  switch (unit) {
    case 'day':
      start = f;
      end = shiftDays(f, 1);
      break;
    case 'week': {
      start = shiftDays(f, -((f.weekday - weekStart + 7) % 7));
      end = shiftDays(start, 7);
      break;
    }
    case 'month':
      start = { year: f.year, month: f.month, day: 1 };
      end = addMonths(start, 1);
      break;
    case 'quarter':
      start = { year: f.year, month: f.month - ((f.month - 1) % 3), day: 1 };
      end = addMonths(start, 3);
      break;
    case 'year':
      start = { year: f.year, month: 1, day: 1 };
      end = { year: f.year + 1, month: 1, day: 1 };
      break;
  }
  const from = clock.instantOf(start.year, start.month, start.day);
  const to = clock.instantOf(end.year, end.month, end.day);
  return { from, to, unit, timeZone, weekStart, label: labelOf(unit, start, weekStart) };
}

/** Consecutive calendar periods from the one containing `from` up to the one containing `to − 1ms`. */
export function periodsBetween(
  range: PeriodInput,
  unit: PeriodUnit,
  options: CalendarOptions = {},
): CalendarPeriod[] {
  const timeZone = options.timeZone ?? 'UTC';
  return cutAll(zoneClock(timeZone), timeZone, range, unit, options.weekStart);
}

/** `periodsBetween` on a clock of the caller's choice: see `periodIn`. */
export function periodsIn(
  clock: LightZoneClock,
  range: PeriodInput,
  unit: PeriodUnit,
  options: Pick<CalendarOptions, 'weekStart'> = {},
): CalendarPeriod[] {
  return cutAll(clock, clock.timeZone, range, unit, options.weekStart);
}

function cutAll(
  clock: LightZoneClock,
  timeZone: string,
  range: PeriodInput,
  unit: PeriodUnit,
  weekStart: number | undefined,
): CalendarPeriod[] {
  const { from, to } = toPeriod(range);
  const periods: CalendarPeriod[] = [];
  if (to <= from) return periods;
  let current = cut(clock, timeZone, from, unit, weekStart);
  while (current.from < to) {
    periods.push(current);
    current = cut(clock, timeZone, current.to, unit, weekStart);
  }
  return periods;
}

export type Comparison = 'previous' | 'year-ago' | { days: number };

/**
 * The period to compare with (KPI-SPEC §Periods and comparison): the previous one of the same
 * unit, the same one a year earlier, or the N days right before `period.from` (local days, so a
 * DST change inside them does not shift the boundary). A plain `{ from, to }` range without a
 * unit gets the span of equal length right before it, or the same dates a year earlier.
 */
export function previousPeriod(
  period: CalendarPeriod | (Period & { timeZone?: string }),
  comparison: Comparison = 'previous',
): Period & Partial<CalendarPeriod> {
  const timeZone = period.timeZone ?? 'UTC';
  const clock = zoneClock(timeZone);
  const yearEarlier = (ms: number) => {
    const f = clock.fields(ms);
    const day = Math.min(f.day, daysInMonth(f.year - 1, f.month));
    return clock.instantOf(f.year - 1, f.month, day, f.hour, f.minute, f.second, f.millisecond);
  };
  if (typeof comparison === 'object') {
    const start = clock.fields(period.from);
    const back = shiftDays(start, -comparison.days);
    const from = clock.instantOf(back.year, back.month, back.day, start.hour, start.minute);
    return { from, to: period.from, timeZone };
  }
  if ('unit' in period && period.unit) {
    const calendar = { timeZone, weekStart: period.weekStart ?? 1 };
    const inside = comparison === 'previous' ? period.from - 1 : yearEarlier(period.from);
    return periodOf(inside, period.unit, calendar);
  }
  if (comparison === 'year-ago') {
    return { from: yearEarlier(period.from), to: yearEarlier(period.to), timeZone };
  }
  return { from: period.from - (period.to - period.from), to: period.from, timeZone };
}

function checkWeekStart(weekStart: number): number {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) {
    throw new RangeError(
      `weekStart must be an ISO weekday 1 (Monday) … 7 (Sunday), got ${weekStart}`,
    );
  }
  return weekStart;
}

function daysFromCivil(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function shiftDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addMonths(date: { year: number; month: number; day: number }, months: number) {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: date.day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function labelOf(
  unit: PeriodUnit,
  start: { year: number; month: number; day: number },
  weekStart: number,
): string {
  switch (unit) {
    case 'day':
      return `${start.year}-${pad(start.month)}-${pad(start.day)}`;
    case 'week':
      return weekStart === 1
        ? isoWeekLabel(start)
        : `${start.year}-${pad(start.month)}-${pad(start.day)}/P1W`;
    case 'month':
      return `${start.year}-${pad(start.month)}`;
    case 'quarter':
      return `${start.year}-Q${(start.month + 2) / 3}`;
    case 'year':
      return String(start.year);
  }
}

/** ISO-8601 week label of the Monday `monday`: the week belongs to the year of its Thursday. */
function isoWeekLabel(monday: { year: number; month: number; day: number }): string {
  const thursday = shiftDays(monday, 3);
  const jan1 = daysFromCivil(thursday.year, 1, 1);
  const week =
    Math.floor((daysFromCivil(thursday.year, thursday.month, thursday.day) - jan1) / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}
