import { accumulatorFactory, runBatch } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import {
  addMoment,
  emptyMoments,
  meanInterval,
  meanOf,
  mergeMoments,
  sampleSd,
  type Moments,
} from '../stats/moments.js';
import { inPeriod, toPeriod, type Period } from '../time/instant.js';
import type { KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';
import type { TicketRateOptions } from './ticket-rate.js';

export interface MeanHoldTimeResult extends KpiResult<'meanHoldTime'> {
  unit: 'seconds';
  sd: number | null;
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  MeanHoldTimeResult,
  Moments,
  TicketRateOptions,
  Period | null
>({
  kpi: 'meanHoldTime',
  prepare: (options) => (options.period ? toPeriod(options.period) : null),
  init: emptyMoments,
  add(period, state, ticket) {
    assertTicket(ticket);
    const hold = ticket.holdSeconds;
    // Only tickets with a call carry hold time; the others are not in the base.
    if (hold === undefined || hold === null) return;
    if (!inPeriod(ticketInstant(ticket, 'createdAt')!, period)) return;
    if (typeof hold !== 'number' || !Number.isFinite(hold) || hold < 0) {
      throw new InvalidFieldError(
        ['holdSeconds'],
        `expected seconds ≥ 0, got ${JSON.stringify(hold)}`,
      );
    }
    addMoment(state, hold);
  },
  merge: mergeMoments,
  result: (state, period) => ({
    kpi: 'meanHoldTime',
    value: meanOf(state),
    n: state.n,
    period,
    interval: meanInterval(state, 0),
    unit: 'seconds',
    sd: sampleSd(state),
  }),
});

export const createMeanHoldTimeAccumulator = (options: TicketRateOptions = {}, state?: Moments) =>
  factory(options, state);

/** Mean hold time (001 §10): mean `holdSeconds` over tickets with a call created in the period. */
export function meanHoldTime(tickets: readonly TicketInput[], options: TicketRateOptions = {}) {
  return runBatch(createMeanHoldTimeAccumulator(options), tickets, options.mode);
}
