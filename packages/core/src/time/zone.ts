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

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface LocalFields {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

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

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export class ZoneClock {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
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

  constructor(timeZone: string) {
    try {
      this.#format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`"${timeZone}" is not a valid IANA time zone (e.g. Europe/Madrid)`);
    }
    this.timeZone = this.#format.resolvedOptions().timeZone;
  }

  /** Offset of local time from UTC at `ms`, in milliseconds (Madrid in summer: +7,200,000). */
  offsetAt(ms: number): number {
    if (ms >= this.#hintStart && ms < this.#hintEnd) return this.#hintOffset;
    const offset = this.#dayOffsets[Math.floor(ms / DAY_MS) - this.#dayBase];
    // `offset === offset` is false for NaN (a transition day) and undefined is out of the table.
    if (offset !== undefined && offset === offset) return offset;
    return this.#segmentOffsetAt(ms);
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

  /** Wall-clock fields of `ms` in this zone. */
  fields(ms: number): LocalFields {
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

  /**
   * The instant at which the wall clock shows these fields. Resolves DST like Temporal's
   * `compatible` disambiguation: in a fall-back overlap the earlier instant, in a spring-forward
   * gap the instant after the gap (02:30 on a day that skips 02:00–03:00 becomes 03:30).
   */
  instantOf(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    ms = 0,
  ): number {
    const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    return this.instantOfLocalMs(local);
  }

  /** As `instantOf`, from local time expressed as ms since the local epoch. */
  instantOfLocalMs(local: number): number {
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    const earlier = local - before;
    const later = local - after;
    const earlierValid = this.offsetAt(earlier) === before;
    const laterValid = this.offsetAt(later) === after;
    if (earlierValid && laterValid) return Math.min(earlier, later);
    if (earlierValid) return earlier;
    if (laterValid) return later;
    return earlier; // in the gap: the offset from before it carries the wall time forward
  }

  /** Exact offset from `Intl`; the slow path used only while building segments. */
  intlOffsetAt(ms: number): number {
    const whole = Math.floor(ms / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.#format.formatToParts(whole)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
      }
    }
    return Date.UTC(year, month - 1, day, hour, minute, second) - whole;
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

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Calendar date of a day number since 1970-01-01 (proleptic Gregorian; H. Hinnant's method). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function fieldsOfLocalMs(local: number): LocalFields {
  const day = Math.floor(local / DAY_MS);
  let rest = local - day * DAY_MS;
  const hour = Math.floor(rest / HOUR_MS);
  rest -= hour * HOUR_MS;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  return {
    ...civilFromDays(day),
    hour,
    minute,
    second,
    millisecond: rest - second * 1000,
    weekday: isoWeekdayOfDay(day),
  };
}
