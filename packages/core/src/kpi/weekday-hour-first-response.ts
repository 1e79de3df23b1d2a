import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import {
  addToDigest,
  createDigest,
  digestQuantiles,
  mergeDigests,
  type QuantileDigest,
} from '../stats/quantile-digest.js';
import {
  compileSchedule,
  type BusinessSchedule,
  type CompiledSchedule,
} from '../time/business-time.js';
import { inPeriod, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { zoneClock, type ZoneClock } from '../time/zone.js';
import type { KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';
import { checkWeekStart, gridCell, rowOrder, toRows } from './weekday-hour-grid.js';

const MINUTE_MS = 60_000;

export interface WeekdayHourFirstResponseOptions extends BatchOptions {
  /** The zone the grid is drawn in; default `UTC`. */
  timeZone?: string;
  /** ISO weekday of the first row: 1 = Monday (default) … 7 = Sunday. */
  weekStart?: number;
  /** Tickets created in the period. */
  period?: PeriodInput;
  /** Count only business minutes (KPI-SPEC §FRT). */
  schedule?: BusinessSchedule;
  /** Per-cell threshold between exact quantiles and the ±0.5% sketch. */
  exactLimit?: number;
}

export interface WeekdayHourFirstResponseResult extends KpiResult<'weekdayHourFirstResponse'> {
  /** Median first response, in minutes, per cell (rows in `weekdays` order); null where no ticket was answered. */
  medians: (number | null)[][];
  /** Answered tickets per cell: the sample each median rests on. */
  counts: number[][];
  weekdays: number[];
  /** The slowest cell by median (first in row order on ties); null when empty. */
  peak: { weekday: number; hour: number; median: number; count: number } | null;
  /** Tickets created in the period with no first response yet. */
  pending: number;
  unit: 'minutes';
  timeZone: string;
  weekStart: number;
}

interface CellsState {
  digests: QuantileDigest[];
  pending: number;
}

interface CellsContext {
  clock: ZoneClock;
  weekStart: number;
  period: Period | null;
  schedule: CompiledSchedule | null;
  exactLimit: number | undefined;
}

/**
 * Median first response time per weekday × local hour of creation (KPI-SPEC §What the four
 * named components show: `ticket-heatmap`, "volume (or FRT)"): when customers who write at
 * that hour wait longest. `value` is the median over all answered tickets.
 */
const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  WeekdayHourFirstResponseResult,
  CellsState,
  WeekdayHourFirstResponseOptions,
  CellsContext
>({
  kpi: 'weekdayHourFirstResponse',
  prepare: (options) => ({
    clock: zoneClock(options.timeZone ?? 'UTC'),
    weekStart: checkWeekStart(options.weekStart ?? 1, 'weekdayHourFirstResponse'),
    period: options.period ? toPeriod(options.period) : null,
    schedule: options.schedule ? compileSchedule(options.schedule) : null,
    exactLimit: options.exactLimit,
  }),
  init: (c) => ({
    digests: Array.from({ length: 168 }, () => createDigest(c.exactLimit)),
    pending: 0,
  }),
  add(c, state, ticket) {
    assertTicket(ticket);
    const created = ticketInstant(ticket, 'createdAt')!;
    const responded = ticketInstant(ticket, 'firstResponseAt');
    if (!inPeriod(created, c.period)) return;
    if (responded === undefined) {
      state.pending++;
      return;
    }
    if (responded < created)
      throw new InvalidFieldError(['firstResponseAt'], 'firstResponseAt is before createdAt');
    const ms = c.schedule ? c.schedule.businessMs(created, responded) : responded - created;
    addToDigest(state.digests[gridCell(c.clock, created)]!, ms);
  },
  merge(into, from) {
    into.pending += from.pending;
    from.digests.forEach((digest, i) => mergeDigests(into.digests[i]!, digest));
  },
  result(state, c) {
    const weekdays = rowOrder(c.weekStart);
    const cellMedians = state.digests.map((d) => {
      const [median] = digestQuantiles(d, [0.5]);
      return median === null || median === undefined ? null : median / MINUTE_MS;
    });
    const medians = toRows(cellMedians, weekdays);
    const counts = toRows(
      state.digests.map((d) => d.count),
      weekdays,
    );
    let peak: WeekdayHourFirstResponseResult['peak'] = null;
    medians.forEach((row, r) =>
      row.forEach((median, hour) => {
        if (median !== null && (peak === null || median > peak.median)) {
          peak = { weekday: weekdays[r]!, hour, median, count: counts[r]![hour]! };
        }
      }),
    );
    const all = createDigest(c.exactLimit);
    for (const d of state.digests) mergeDigests(all, d);
    const [overall] = digestQuantiles(all, [0.5]);
    return {
      kpi: 'weekdayHourFirstResponse',
      value: overall === null || overall === undefined ? null : overall / MINUTE_MS,
      n: all.count,
      period: c.period,
      interval: null,
      medians,
      counts,
      weekdays,
      peak,
      pending: state.pending,
      unit: 'minutes',
      timeZone: c.clock.timeZone,
      weekStart: c.weekStart,
    };
  },
});

export const createWeekdayHourFirstResponseAccumulator = (
  options: WeekdayHourFirstResponseOptions = {},
  state?: CellsState,
) => factory(options, state);

export function weekdayHourFirstResponse(
  tickets: readonly TicketInput[],
  options: WeekdayHourFirstResponseOptions = {},
) {
  return runBatch(createWeekdayHourFirstResponseAccumulator(options), tickets, options.mode);
}
