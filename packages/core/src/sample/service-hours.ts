import type { BusinessSchedule } from '../time/business-time.js';
import type { ZoneClock } from '../time/zone.js';
import type { SpanishHolidays } from './spanish-holidays.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * When the sample team works, in local time: weekdays 08–20, Saturday mornings, closed on
 * Sundays and national holidays. Phone and chat only exist while it is open, and agents only
 * reply inside it, so a message sent at 23:00 waits for the morning.
 */
export const SAMPLE_SERVICE_WEEK = {
  mon: [['08:00', '20:00']],
  tue: [['08:00', '20:00']],
  wed: [['08:00', '20:00']],
  thu: [['08:00', '20:00']],
  fri: [['08:00', '20:00']],
  sat: [['09:00', '14:00']],
} as const satisfies BusinessSchedule['week'];

type Week = BusinessSchedule['week'];
const WEEK_KEYS: readonly (keyof Week)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** ISO weekday − 1 → `[openMinute, closeMinute]` of local time, or null when closed. */
const OPENING = WEEK_KEYS.map((key) => {
  const interval = (SAMPLE_SERVICE_WEEK as Week)[key]?.[0];
  return interval ? ([minutesOf(interval[0]), minutesOf(interval[1])] as const) : null;
});

/** Open-hours arithmetic on instants, with each local day's opening computed once. */
export class ServiceHours {
  readonly #clock: ZoneClock;
  readonly #holidays: SpanishHolidays;
  /** Local day → `[open, close)` instants, or null when closed all day. */
  readonly #days = new Map<number, readonly [number, number] | null>();

  constructor(clock: ZoneClock, holidays: SpanishHolidays) {
    this.#clock = clock;
    this.#holidays = holidays;
  }

  /** The opening of local day `day` as instants, or null when closed. */
  openingOfDay(day: number): readonly [number, number] | null {
    let opening = this.#days.get(day);
    if (opening === undefined) {
      const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday; day 0 was a Thursday
      const minutes = this.#holidays.has(day) ? null : OPENING[weekday]!;
      opening = minutes
        ? [
            this.#clock.instantOfLocalMs(day * DAY_MS + minutes[0] * MINUTE_MS),
            this.#clock.instantOfLocalMs(day * DAY_MS + minutes[1] * MINUTE_MS),
          ]
        : null;
      this.#days.set(day, opening);
    }
    return opening;
  }

  isOpen(at: number): boolean {
    const opening = this.openingOfDay(this.#clock.localDay(at));
    return opening !== null && at >= opening[0] && at < opening[1];
  }

  /**
   * The instant reached after `workMs` of open time from `at`: work pauses at closing and
   * resumes at the next opening. With `workMs` 0 it is the next open instant (or `at` itself).
   */
  add(at: number, workMs: number): number {
    let day = this.#clock.localDay(at);
    let remaining = workMs;
    // A year of closures (holidays, weekends) is far below this bound; it only stops a typo'd
    // schedule from looping for ever.
    for (let guard = 0; guard < 4000; guard++, day++) {
      const opening = this.openingOfDay(day);
      if (opening === null || at >= opening[1]) continue;
      const start = at > opening[0] ? at : opening[0];
      if (start + remaining < opening[1]) return start + remaining;
      remaining -= opening[1] - start;
      at = opening[1];
    }
    throw new RangeError('ServiceHours.add: no opening found');
  }
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}
