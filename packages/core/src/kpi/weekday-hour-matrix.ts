import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, readInstant, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { zoneClock, type ZoneClock } from '../time/zone.js';
import { zeros, type KpiResult } from './result.js';
import { assertTicket } from './ticket-fields.js';
import { checkWeekStart, gridCell, rowOrder, toRows } from './weekday-hour-grid.js';

export interface WeekdayHourOptions extends BatchOptions {
  /** The zone the grid is drawn in; required in spirit, default `UTC`. */
  timeZone?: string;
  /** ISO weekday of the first row: 1 = Monday (default) … 7 = Sunday (e.g. from `Intl.Locale#getWeekInfo().firstDay`). */
  weekStart?: number;
  /** Tickets created in the period. */
  period?: PeriodInput;
}

export interface WeekdayHourResult extends KpiResult<'weekdayHour'> {
  /** 7 rows (in `weekdays` order) × 24 hours of counts. */
  counts: number[][];
  /** ISO weekday of each row, starting at `weekStart`. */
  weekdays: number[];
  /** The busiest cell (the first in row order on ties); null when empty. */
  peak: { weekday: number; hour: number; count: number } | null;
  timeZone: string;
  weekStart: number;
}

interface MatrixState {
  /** Counts by (ISO weekday − 1) × 24 + hour. */
  cells: number[];
}

interface MatrixContext {
  clock: ZoneClock;
  weekStart: number;
  period: Period | null;
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  WeekdayHourResult,
  MatrixState,
  WeekdayHourOptions,
  MatrixContext
>({
  kpi: 'weekdayHour',
  prepare(options) {
    const weekStart = checkWeekStart(options.weekStart ?? 1, 'weekdayHourMatrix');
    return {
      clock: zoneClock(options.timeZone ?? 'UTC'),
      weekStart,
      period: options.period ? toPeriod(options.period) : null,
    };
  },
  init: () => ({ cells: zeros(168) }),
  add(c, state, ticket) {
    assertTicket(ticket);
    const at = readInstant(ticket.createdAt, ['createdAt']);
    if (c.period !== null && !inPeriod(at, c.period)) return;
    state.cells[gridCell(c.clock, at)]!++;
  },
  merge(into, from) {
    for (let i = 0; i < 168; i++) into.cells[i]! += from.cells[i]!;
  },
  result(state, c) {
    const weekdays = rowOrder(c.weekStart);
    const counts = toRows(state.cells, weekdays);
    let n = 0;
    let peak: WeekdayHourResult['peak'] = null;
    counts.forEach((row, r) =>
      row.forEach((count, hour) => {
        n += count;
        if (count > 0 && (peak === null || count > peak.count))
          peak = { weekday: weekdays[r]!, hour, count };
      }),
    );
    return {
      kpi: 'weekdayHour',
      value: n === 0 ? null : n,
      n,
      period: c.period,
      interval: null,
      counts,
      weekdays,
      peak,
      timeZone: c.clock.timeZone,
      weekStart: c.weekStart,
    };
  },
});

export const createWeekdayHourAccumulator = (
  options: WeekdayHourOptions = {},
  state?: MatrixState,
) => factory(options, state);

/** Tickets per weekday × local hour in a zone (KPI-SPEC §Ticket volume, `ticket-heatmap`). */
export function weekdayHourMatrix(
  tickets: readonly TicketInput[],
  options: WeekdayHourOptions = {},
) {
  return runBatch(createWeekdayHourAccumulator(options), tickets, options.mode);
}
