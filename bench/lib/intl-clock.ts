/**
 * Weekday and hour of an instant in an IANA zone the way one does it without a time-zone
 * library: ask `Intl.DateTimeFormat`. Two forms:
 *
 * - `intlCell` calls `formatToParts` every time (the per-ticket baseline);
 * - `HourMemo` calls it once per distinct UTC hour and remembers the answer. That is exact for
 *   zones whose UTC offset is a whole number of hours over the data's range (Europe/Madrid has
 *   been on +1/+2 since 1901), because then every instant of one UTC hour shares its local
 *   weekday and hour. It is what the hand-written loop and the Arquero query use.
 *
 * A cell is `(isoWeekday − 1) × 24 + hour`.
 */
import { HOUR_MS } from './types.js';

const ISO_WEEKDAY: Readonly<Record<string, number>> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

export function weekdayHourFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  });
}

/** The cell of `ms`, straight from `Intl` (exact, slow). */
export function intlCell(format: Intl.DateTimeFormat, ms: number): number {
  let weekday = 0;
  let hour = -1;
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'weekday') weekday = ISO_WEEKDAY[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value);
  }
  if (weekday === 0 || !(hour >= 0 && hour < 24)) {
    throw new Error(`unexpected Intl parts for ${new Date(ms).toISOString()}`);
  }
  return (weekday - 1) * 24 + hour;
}

/** Memoised `intlCell`, keyed by UTC hour. */
export class HourMemo {
  readonly #format: Intl.DateTimeFormat;
  readonly #cells = new Map<number, number>();

  constructor(timeZone: string) {
    this.#format = weekdayHourFormat(timeZone);
  }

  cell(ms: number): number {
    const key = Math.floor(ms / HOUR_MS);
    let cell = this.#cells.get(key);
    if (cell === undefined) {
      cell = intlCell(this.#format, key * HOUR_MS);
      this.#cells.set(key, cell);
    }
    return cell;
  }

  get size(): number {
    return this.#cells.size;
  }
}
