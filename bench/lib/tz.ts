/**
 * Time-zone bucketing on its own: our weekday×hour accumulator and our zone engine beside
 * `Intl.DateTimeFormat#formatToParts` called for every ticket, plus the exactness checks.
 */
import { createWeekdayHourAccumulator, zoneClock } from '@tablero/core';
import { intlCell, weekdayHourFormat } from './intl-clock.js';
import { CELLS, type BenchTicket, type MatrixFigures } from './types.js';

/** The per-ticket `Intl` baseline: one formatter, `formatToParts` for every ticket. */
export function intlPerTicketMatrix(
  tickets: readonly BenchTicket[],
  timeZone: string,
): MatrixFigures {
  const format = weekdayHourFormat(timeZone);
  const counts = new Float64Array(CELLS);
  for (let i = 0; i < tickets.length; i++) counts[intlCell(format, tickets[i]!.createdAt)]!++;
  return counts;
}

/** Our accumulator (the bucketing as users call it). */
export function oursMatrix(tickets: readonly BenchTicket[], timeZone: string): MatrixFigures {
  const acc = createWeekdayHourAccumulator({ timeZone });
  for (let i = 0; i < tickets.length; i++) acc.add(tickets[i]!);
  const r = acc.result();
  const cells = new Float64Array(CELLS);
  r.weekdays.forEach((weekday: number, row: number) => {
    for (let hour = 0; hour < 24; hour++) cells[(weekday - 1) * 24 + hour] = r.counts[row]![hour]!;
  });
  return cells;
}

/** Our zone engine called directly (`zoneClock(tz).weekdayHour(ms)`), counting into cells. */
export function engineMatrix(tickets: readonly BenchTicket[], timeZone: string): MatrixFigures {
  const clock = zoneClock(timeZone);
  const cells = new Float64Array(CELLS);
  for (let i = 0; i < tickets.length; i++) {
    const { weekday, hour } = clock.weekdayHour(tickets[i]!.createdAt);
    cells[(weekday - 1) * 24 + hour]!++;
  }
  return cells;
}

export interface InstantCheck {
  checked: number;
  mismatches: number;
  firstMismatch: string | null;
  /** `Intl`'s own matrix of the instants checked. */
  intlMatrix: MatrixFigures;
}

/** Instants whose weekday/hour our engine and `Intl` disagree on (untimed check). */
export function perInstantMismatches(instants: Iterable<number>, timeZone: string): InstantCheck {
  const clock = zoneClock(timeZone);
  const format = weekdayHourFormat(timeZone);
  const intlMatrix = new Float64Array(CELLS);
  let checked = 0;
  let mismatches = 0;
  let firstMismatch: string | null = null;
  for (const ms of instants) {
    checked++;
    const { weekday, hour } = clock.weekdayHour(ms);
    const expected = intlCell(format, ms);
    intlMatrix[expected]!++;
    if ((weekday - 1) * 24 + hour !== expected) {
      mismatches++;
      firstMismatch ??=
        `${new Date(ms).toISOString()}: ours weekday ${weekday} hour ${hour}, ` +
        `Intl weekday ${Math.floor(expected / 24) + 1} hour ${expected % 24}`;
    }
  }
  return { checked, mismatches, firstMismatch, intlMatrix };
}

/**
 * Instants around every EU daylight-saving change from 1996 to 2037 (last Sundays of March
 * and October, 01:00 UTC): every 15 minutes over nine days around each, and 1 ms before each
 * of those.
 */
export function* dstEdgeInstants(fromYear = 1996, toYear = 2037): Generator<number> {
  const step = 15 * 60_000;
  for (let year = fromYear; year <= toYear; year++) {
    for (const month of [2, 9]) {
      const lastDay = new Date(Date.UTC(year, month + 1, 0));
      const lastSunday = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
      const from = lastSunday - 4 * 86_400_000;
      const to = lastSunday + 5 * 86_400_000;
      for (let ms = from; ms < to; ms += step) {
        yield ms - 1;
        yield ms;
      }
    }
  }
}

export function differingCells(a: MatrixFigures, b: MatrixFigures): number {
  let differing = 0;
  for (let i = 0; i < CELLS; i++) if (a[i] !== b[i]) differing++;
  return differing;
}
