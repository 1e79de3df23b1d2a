import type { LocalFields } from './local-fields.js';

/**
 * A zone clock that asks `Intl` for every offset: exact and small, a few microseconds a call.
 * It is what period boundaries need (a handful of instants per period) and what a browser bundle
 * can afford (issue 3's 20 kB per element). Bucketing many instants wants `zoneClock`, which
 * extends this class with a per-day offset table (same answers) and the bucketing helpers
 * `weekdayHour` and `localDay`.
 */

const DAY_MS = 86_400_000;

const clocks = new Map<string, LightZoneClock>();

/** The shared light clock for a zone; throws a RangeError naming the zone when it is not IANA-valid. */
export function lightZoneClock(timeZone = 'UTC'): LightZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = new LightZoneClock(timeZone)));
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

export class LightZoneClock {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;

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
    return this.intlOffsetAt(ms);
  }

  /** Wall-clock fields of `ms` in this zone. */
  fields(ms: number): LocalFields {
    // The Date's UTC fields are the wall clock's: it holds local time written as if it were UTC.
    const d = new Date(ms + this.offsetAt(ms));
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      weekday: d.getUTCDay() || 7,
    };
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
    return this.instantOfLocalMs(Date.UTC(year, month - 1, day, hour, minute, second, ms));
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

  /** Exact offset from `Intl`, to the whole second (what `Intl` shows). */
  intlOffsetAt(ms: number): number {
    const whole = Math.floor(ms / 1000) * 1000;
    // Literal parts (`/`, `, `, `:`) land under their own type and are never read.
    const f: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of this.#format.formatToParts(whole)) f[part.type] = Number(part.value);
    return Date.UTC(f.year!, f.month! - 1, f.day, f.hour, f.minute, f.second) - whole;
  }
}
