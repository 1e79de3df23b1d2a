import { accumulatorFactory, runBatch } from '../accumulator/accumulator.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, toPeriod, type Period } from '../time/instant.js';
import { wilsonInterval } from '../stats/wilson.js';
import { percent, type KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';
import type { TicketRateOptions } from './ticket-rate.js';

export interface ResolutionRateState {
  created: number;
  resolved: number;
}

export interface ResolutionRateResult extends KpiResult<'resolutionRate'>, ResolutionRateState {}

/**
 * Resolution rate (001 §4): tickets resolved in the period ÷ tickets created in it. Over a
 * period the two sets differ (a ticket from last month solved today counts), so the rate can
 * pass 100% and no binomial interval applies; without a period it is the share of all tickets
 * resolved, a proportion, and gets its Wilson interval.
 */
const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  ResolutionRateResult,
  ResolutionRateState,
  TicketRateOptions,
  Period | null
>({
  kpi: 'resolutionRate',
  prepare: (options) => (options.period ? toPeriod(options.period) : null),
  init: () => ({ created: 0, resolved: 0 }),
  add(period, state, ticket) {
    assertTicket(ticket);
    const created = ticketInstant(ticket, 'createdAt')!;
    const resolved = ticketInstant(ticket, 'resolvedAt');
    if (inPeriod(created, period)) state.created++;
    if (resolved !== undefined && inPeriod(resolved, period)) state.resolved++;
  },
  merge(into, from) {
    into.created += from.created;
    into.resolved += from.resolved;
  },
  result: (state, period) => ({
    kpi: 'resolutionRate',
    value: percent(state.resolved, state.created),
    n: state.created,
    period,
    interval: period === null ? wilsonInterval(state.resolved, state.created) : null,
    ...state,
  }),
});

export const createResolutionRateAccumulator = (
  options: TicketRateOptions = {},
  state?: ResolutionRateState,
) => factory(options, state);

export function resolutionRate(tickets: readonly TicketInput[], options: TicketRateOptions = {}) {
  return runBatch(createResolutionRateAccumulator(options), tickets, options.mode);
}
