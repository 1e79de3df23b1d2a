/**
 * DST-correct calendar arithmetic in an IANA time zone without calling `Intl` per instant.
 *
 * `Intl.DateTimeFormat` is exact but costs microseconds a call, which is seconds for a million
 * tickets. A zone's UTC offset only changes at a few transitions a year, so we ask `Intl` for
 * the offset once a day across a year, bisect to the second wherever it changed, and then
 * answer every instant of that year from a short sorted list of offset segments. Exactness
 * rests on one assumption that holds for every zone in tzdb since 1970: no two transitions
 * fall within the same UTC day.
 */

import {
  civilFromDays,
  fieldsOfLocalMs,
  isoWeekdayOfDay,
  type LocalFields,
} from './local-fields.js';
import { LightZoneClock } from './light-zone-clock.js';

export { isValidTimeZone } from './light-zone-clock.js';
export {
  civilFromDays,
  fieldsOfLocalMs,
  isoWeekdayOfDay,
  type LocalFields,
} from './local-fields.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Segment {
  /** The segment covers `[start, nextSegment.start)`. */
  start: number;
  offset: number;
}

const clocks = new Map<string, ZoneClock>();

/** Years covered by the per-day table; instants outside it (rare) use the segment search. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_LAST_YEAR = 2200;

/** The shared clock for a zone; throws a RangeError naming the zone when it is not IANA-valid. */
export function zoneClock(timeZone = 'UTC'): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

/**
 * A `LightZoneClock` that answers offsets from a table: same answers, a division and a read per
 * instant once the year is built.
 */
export class ZoneClock extends LightZoneClock {
  /** Per UTC year: offset segments, sorted by start. */
  readonly #years = new Map<number, Segment[]>();
  /**
   * Offset at the start of each UTC day from `#dayBase`, NaN where a transition falls inside the
   * day or the year is not built yet: instants in any order cost one division and one read.
   */
  #dayBase = 0;
  #dayOffsets = new Float64Array(0);
  /** Last segment used, for the common case of instants that arrive close together. */
  #hintStart = Infinity;
  #hintEnd = -Infinity;
  #hintOffset = 0;

  /** Offset of local time from UTC at `ms`, in milliseconds (Madrid in summer: +7,200,000). */
  override offsetAt(ms: number): number {
    if (ms >= this.#hintStart && ms < this.#hintEnd) return this.#hintOffset;
    const offset = this.#dayOffsets[Math.floor(ms / DAY_MS) - this.#dayBase];
    // `offset === offset` is false for NaN (a transition day) and undefined is out of the table.
    if (offset !== undefined && offset === offset) return offset;
    return this.#segmentOffsetAt(ms);
  }

  // The bucketing paths: integer maths on the local ms, no Date object per instant.
  override fields(ms: number): LocalFields {
    return fieldsOfLocalMs(ms + this.offsetAt(ms));
  }

  /** ISO weekday (1 = Monday) and hour of day (0–23) of `ms` in this zone. */
  weekdayHour(ms: number): { weekday: number; hour: number } {
    const local = ms + this.offsetAt(ms);
    const day = Math.floor(local / DAY_MS);
    return { weekday: isoWeekdayOfDay(day), hour: Math.floor((local - day * DAY_MS) / HOUR_MS) };
  }

  /** Days since 1970-01-01 of the local calendar date that `ms` falls on. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY_MS);
  }

  #segmentOffsetAt(ms: number): number {
    const year = utcYear(ms);
    let segments = this.#years.get(year);
    if (!segments) {
      segments = this.#buildYear(year);
      this.#years.set(year, segments);
      if (year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR) this.#tabulateYear(year, segments);
    }
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= ms) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo]!;
    this.#hintStart = segment.start;
    this.#hintEnd = lo + 1 < segments.length ? segments[lo + 1]!.start : Date.UTC(year + 1, 0, 1);
    this.#hintOffset = segment.offset;
    return segment.offset;
  }

  #tabulateYear(year: number, segments: Segment[]): void {
    const first = Date.UTC(year, 0, 1) / DAY_MS;
    const last = Date.UTC(year + 1, 0, 1) / DAY_MS;
    this.#coverDays(first, last);
    let s = 0;
    for (let day = first; day < last; day++) {
      const start = day * DAY_MS;
      while (s + 1 < segments.length && segments[s + 1]!.start <= start) s++;
      const next = segments[s + 1];
      this.#dayOffsets[day - this.#dayBase] =
        next && next.start < start + DAY_MS ? NaN : segments[s]!.offset;
    }
  }

  /** Grows the day table to cover days `[first, last)`, keeping what it holds. */
  #coverDays(first: number, last: number): void {
    const length = this.#dayOffsets.length;
    const base = length === 0 ? first : Math.min(this.#dayBase, first);
    const end = length === 0 ? last : Math.max(this.#dayBase + length, last);
    if (length !== 0 && base === this.#dayBase && end === this.#dayBase + length) return;
    const grown = new Float64Array(end - base).fill(NaN);
    if (length !== 0) grown.set(this.#dayOffsets, this.#dayBase - base);
    this.#dayBase = base;
    this.#dayOffsets = grown;
  }

  #buildYear(year: number): Segment[] {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    const segments: Segment[] = [{ start, offset: this.intlOffsetAt(start) }];
    let previousAt = start;
    let previousOffset = segments[0]!.offset;
    for (let at = start + DAY_MS; at <= end; at += DAY_MS) {
      const probe = Math.min(at, end - 1000);
      const offset = this.intlOffsetAt(probe);
      if (offset !== previousOffset) {
        segments.push({ start: this.#bisect(previousAt, probe, previousOffset), offset });
        previousOffset = offset;
      }
      previousAt = probe;
    }
    return segments;
  }

  /** First whole second in `(lo, hi]` whose offset differs from `offsetLo`. */
  #bisect(lo: number, hi: number, offsetLo: number): number {
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.intlOffsetAt(mid) === offsetLo) lo = mid;
      else hi = mid;
    }
    return hi;
  }
}

function utcYear(ms: number): number {
  return civilFromDays(Math.floor(ms / DAY_MS)).year;
}
