import { tryEpochMs, type InstantInput } from './instant.js';
import { zoneClock, type ZoneClock } from './zone.js';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/**
 * Working hours: per weekday, local `['HH:MM', 'HH:MM']` intervals (end may be `24:00`) in an
 * IANA zone, and holiday dates (`YYYY-MM-DD`, local) on which nothing counts.
 *
 * @example { timeZone: 'Europe/Madrid', week: { mon: [['09:00', '14:00'], ['15:00', '18:00']] },
 *            holidays: ['2026-01-06'] }
 */
export interface BusinessSchedule {
  timeZone: string;
  week: Partial<Record<WeekdayKey, readonly (readonly [string, string])[]>>;
  holidays?: readonly string[];
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A schedule checked once and ready to measure; reuse it across tickets. */
export interface CompiledSchedule {
  readonly timeZone: string;
  /** Business milliseconds in `[start, end)`. */
  businessMs(start: number, end: number): number;
}

// Keyed by content, not identity: a schedule object edited after first use must not be stale.
const compiled = new Map<string, CompiledSchedule>();

export function compileSchedule(schedule: BusinessSchedule): CompiledSchedule {
  const key = JSON.stringify(schedule);
  let result = compiled.get(key);
  if (!result) {
    if (compiled.size > 64) compiled.clear();
    result = new ScheduleMeter(schedule);
    compiled.set(key, result);
  }
  return result;
}

/** Business minutes between two instants under a schedule (KPI-SPEC §FRT, business time). */
export function businessMinutesBetween(
  start: InstantInput,
  end: InstantInput,
  schedule: BusinessSchedule,
): number {
  const from = tryEpochMs(start);
  const to = tryEpochMs(end);
  if (from === undefined)
    throw new RangeError(`businessMinutesBetween: start is not an instant: ${String(start)}`);
  if (to === undefined)
    throw new RangeError(`businessMinutesBetween: end is not an instant: ${String(end)}`);
  if (to < from) throw new RangeError('businessMinutesBetween: end is before start');
  return compileSchedule(schedule).businessMs(from, to) / MINUTE_MS;
}

class ScheduleMeter implements CompiledSchedule {
  readonly timeZone: string;
  readonly #clock: ZoneClock;
  /** Minutes-from-midnight intervals per ISO weekday − 1. */
  readonly #week: [number, number][][];
  readonly #holidays: Set<number>;
  /** Local day number → business intervals of that day as instants. */
  readonly #days = new Map<number, number[]>();

  constructor(schedule: BusinessSchedule) {
    if (!schedule || typeof schedule !== 'object')
      throw new TypeError('schedule: expected an object');
    this.#clock = zoneClock(schedule.timeZone);
    this.timeZone = this.#clock.timeZone;
    const week = schedule.week ?? {};
    for (const key of Object.keys(week)) {
      if (!(WEEKDAY_KEYS as readonly string[]).includes(key)) {
        throw new RangeError(`schedule.week.${key}: weekdays are ${WEEKDAY_KEYS.join(', ')}`);
      }
    }
    this.#week = WEEKDAY_KEYS.map((key) => parseDay(week[key] ?? [], key));
    this.#holidays = new Set(
      (schedule.holidays ?? []).map((date, i) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
        const ms = match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) : NaN;
        if (!match || new Date(ms).toISOString().slice(0, 10) !== date) {
          throw new RangeError(`schedule.holidays[${i}]: "${date}" is not a YYYY-MM-DD date`);
        }
        return ms / DAY_MS;
      }),
    );
  }

  businessMs(start: number, end: number): number {
    if (end <= start) return 0;
    const firstDay = this.#clock.localDay(start);
    const lastDay = this.#clock.localDay(end);
    let total = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      const spans = this.#spansOf(day);
      for (let i = 0; i < spans.length; i += 2) {
        const from = Math.max(start, spans[i]!);
        const to = Math.min(end, spans[i + 1]!);
        if (to > from) total += to - from;
      }
    }
    return total;
  }

  #spansOf(day: number): number[] {
    let spans = this.#days.get(day);
    if (spans) return spans;
    spans = [];
    if (!this.#holidays.has(day)) {
      const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
      for (const [from, to] of this.#week[weekday]!) {
        // Via local wall time, so a 09:00–18:00 day is still 09:00–18:00 across a DST change.
        spans.push(
          this.#clock.instantOfLocalMs(day * DAY_MS + from * MINUTE_MS),
          this.#clock.instantOfLocalMs(day * DAY_MS + to * MINUTE_MS),
        );
      }
    }
    this.#days.set(day, spans);
    return spans;
  }
}

function parseDay(
  intervals: readonly (readonly [string, string])[],
  key: WeekdayKey,
): [number, number][] {
  const parsed = intervals.map(([from, to], i) => {
    const a = parseClock(from, `schedule.week.${key}[${i}][0]`);
    const b = parseClock(to, `schedule.week.${key}[${i}][1]`);
    if (b <= a) throw new RangeError(`schedule.week.${key}[${i}]: ${to} is not after ${from}`);
    return [a, b] as [number, number];
  });
  parsed.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]![0] < parsed[i - 1]![1])
      throw new RangeError(`schedule.week.${key}: intervals overlap`);
  }
  return parsed;
}

function parseClock(text: string, path: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    throw new RangeError(`${path}: "${text}" is not a time HH:MM between 00:00 and 24:00`);
  }
  return minutes;
}
