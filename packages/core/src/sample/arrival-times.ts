import { civilFromDays, type ZoneClock } from '../time/zone.js';
import type { Prng } from './prng.js';
import {
  DAILY_NOISE_SIGMA,
  HOLIDAY_FACTOR,
  MONTH_FACTORS,
  RESTDAY_HOURS,
  WEEKDAY_FACTORS,
  WORKDAY_HOURS,
} from './seasonality.js';
import type { SpanishHolidays } from './spanish-holidays.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface ArrivalCalendar {
  clock: ZoneClock;
  holidays: SpanishHolidays;
  from: number;
  to: number;
}

/**
 * Expected arrivals in `[from, to)` when an ordinary weekday of an average month gets
 * `perWorkday`. The generator turns this into an exact count, then `arrivalTimes` places them.
 */
export function expectedArrivals(calendar: ArrivalCalendar, perWorkday: number): number {
  let total = 0;
  forEachHourSlot(calendar, (_start, _end, weight) => {
    total += weight;
  });
  return total * perWorkday;
}

/**
 * Exactly `count` instants in `[from, to)`, sorted, with the weekly, hourly and monthly shape
 * of `seasonality.ts` plus day-to-day noise. Each local hour is a slot weighted by its share
 * of the day's volume and by its real length, so the 23- and 25-hour days of a DST change come
 * out right without special cases.
 */
export function arrivalTimes(calendar: ArrivalCalendar, count: number, prng: Prng): Float64Array {
  const starts: number[] = [];
  const lengths: number[] = [];
  const weights: number[] = [];
  const dayFirstSlot: number[] = [];
  let currentDay = Number.NaN;
  forEachHourSlot(calendar, (start, end, weight, day) => {
    if (day !== currentDay) {
      dayFirstSlot.push(starts.length);
      currentDay = day;
    }
    starts.push(start);
    lengths.push(end - start);
    weights.push(weight);
  });
  dayFirstSlot.push(starts.length);

  const dayCount = dayFirstSlot.length - 1;
  const dayWeights = new Float64Array(dayCount);
  let total = 0;
  for (let d = 0; d < dayCount; d++) {
    let w = 0;
    for (let s = dayFirstSlot[d]!; s < dayFirstSlot[d + 1]!; s++) w += weights[s]!;
    w *= prng.lognormal(1, DAILY_NOISE_SIGMA);
    dayWeights[d] = w;
    total += w;
  }

  const times = new Float64Array(count);
  if (count === 0 || total === 0) return times;
  // Systematic rounding: one random offset, then each day gets the integers its share of the
  // cumulative weight crosses. The counts add up to exactly `count`.
  const offset = prng.float();
  let cumulative = 0;
  let placed = 0;
  for (let d = 0; d < dayCount; d++) {
    cumulative += dayWeights[d]!;
    const upTo =
      d === dayCount - 1
        ? count
        : Math.min(count, Math.floor((count * cumulative) / total + offset));
    const first = placed;
    const firstSlot = dayFirstSlot[d]!;
    const lastSlot = dayFirstSlot[d + 1]!;
    let daySlotWeight = 0;
    for (let s = firstSlot; s < lastSlot; s++) daySlotWeight += weights[s]!;
    for (; placed < upTo; placed++) {
      let target = prng.float() * daySlotWeight;
      let s = firstSlot;
      while (s < lastSlot - 1 && (target -= weights[s]!) >= 0) s++;
      // Whole seconds, as help desks report them.
      times[placed] = starts[s]! + Math.floor((prng.float() * lengths[s]!) / 1000) * 1000;
    }
    times.subarray(first, placed).sort();
  }
  return times;
}

/**
 * Calls `visit` for every local hour that overlaps `[from, to)`, in order, with the part of it
 * inside the range and its weight: weekday × month × hour-of-day × fraction of an hour.
 */
function forEachHourSlot(
  { clock, holidays, from, to }: ArrivalCalendar,
  visit: (start: number, end: number, weight: number, day: number) => void,
): void {
  const firstDay = clock.localDay(from);
  const lastDay = clock.localDay(to - 1);
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = (((day + 3) % 7) + 7) % 7;
    const holiday = holidays.has(day);
    const restDay = holiday || weekday >= 5;
    const dayFactor =
      (holiday ? HOLIDAY_FACTOR : WEEKDAY_FACTORS[weekday]!) *
      MONTH_FACTORS[civilFromDays(day).month - 1]!;
    const hours = restDay ? RESTDAY_HOURS : WORKDAY_HOURS;
    const hourTotal = sum(hours);
    let start = clock.instantOfLocalMs(day * DAY_MS);
    for (let hour = 0; hour < 24; hour++) {
      const end = clock.instantOfLocalMs(day * DAY_MS + (hour + 1) * HOUR_MS);
      const clippedStart = Math.max(start, from);
      const clippedEnd = Math.min(end, to);
      if (clippedEnd > clippedStart) {
        const weight =
          (dayFactor * hours[hour]! * (clippedEnd - clippedStart)) / HOUR_MS / hourTotal;
        visit(clippedStart, clippedEnd, weight, day);
      }
      start = end;
    }
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
