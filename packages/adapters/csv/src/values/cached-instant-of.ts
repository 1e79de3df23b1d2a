import type { ZoneClock } from '@tablero/core';

const HOUR_MS = 3_600_000;
/** Distinct local days kept; an export spanning more starts the cache again rather than grow. */
const MAX_DAYS = 4096;

interface CachedDay {
  /** `Date.UTC` of the local midnight, as `ZoneClock.instantOf` computes it. */
  start: number;
  /** Per local hour: the zone's offset through the whole hour, NaN before the first look, Infinity when it changes inside. */
  offsets: Float64Array;
}

/** `ZoneClock.instantOf` for real (already validated) wall-clock fields. */
export type InstantOf = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
) => number;

/**
 * `clock.instantOf` with the offset remembered per local day and hour, for a date column read
 * a million times. An hour is cached only when its start, middle and last millisecond resolve
 * with the same offset; an hour holding a DST change (a gap, an overlap, a shift at :30) keeps
 * going through `clock.instantOfLocalMs` for every cell, so DST answers are the clock's own.
 * Fields must be real (month 1–12, day in the month, hour 0–23, minute and second 0–59).
 */
export function cachedInstantOf(clock: ZoneClock): InstantOf {
  let days = new Map<number, CachedDay>();
  // A column is usually sorted or nearly: most cells fall on the day of the cell before.
  let lastKey = -1;
  let last: CachedDay | undefined;
  return (year, month, day, hour, minute, second, ms) => {
    const key = (year * 100 + month) * 100 + day;
    let cached = key === lastKey ? last : days.get(key);
    if (cached === undefined) {
      if (days.size >= MAX_DAYS) days = new Map();
      cached = { start: Date.UTC(year, month - 1, day), offsets: new Float64Array(24).fill(NaN) };
      days.set(key, cached);
    }
    lastKey = key;
    last = cached;
    const from = cached.start + hour * HOUR_MS;
    const local = from + minute * 60_000 + second * 1000 + ms;
    let offset = cached.offsets[hour]!;
    if (offset !== offset) {
      offset = steadyOffset(clock, from);
      cached.offsets[hour] = offset;
    }
    return offset === Infinity ? clock.instantOfLocalMs(local) : local - offset;
  };
}

function steadyOffset(clock: ZoneClock, from: number): number {
  const at = (local: number) => local - clock.instantOfLocalMs(local);
  const offset = at(from);
  return at(from + HOUR_MS / 2) === offset && at(from + HOUR_MS - 1) === offset ? offset : Infinity;
}
