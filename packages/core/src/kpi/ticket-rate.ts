import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { wilsonInterval } from '../stats/wilson.js';
import { percent, type KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';

export interface TicketRateOptions extends BatchOptions {
  /** Tickets created in the period, or resolved in it for rates over resolved tickets. */
  period?: PeriodInput;
}

export interface RateState {
  hits: number;
  n: number;
  unknown: number;
}

export interface RateResult<K extends string> extends KpiResult<K> {
  /** Tickets that meet the definition (numerator). */
  hits: number;
  /** Tickets in the base whose source did not record the deciding field: not in `n`. */
  unknown: number;
  /** Which tickets form the denominator. */
  base: 'created' | 'resolved';
}

export interface RateSpec<K extends string> {
  kpi: K;
  base: 'created' | 'resolved';
  /** true/false for a ticket of the base; `undefined` when the fields that decide are missing. */
  hit: (ticket: TicketInput) => boolean | undefined;
}

/**
 * One shape for the rates of KPI-SPEC §Rates on tickets: `hits ÷ n` over the tickets created
 * (or resolved) in the period, with a Wilson interval. A missing flag is unknown, never false:
 * a helpdesk that does not track complaints must show "no data", not "0% complaints".
 */
export function ticketRate<K extends string>(spec: RateSpec<K>) {
  const factory = accumulatorFactory<
    TicketInput,
    RateResult<K>,
    RateState,
    TicketRateOptions,
    Period | null
  >({
    kpi: spec.kpi,
    prepare: (options) => (options.period ? toPeriod(options.period) : null),
    init: () => ({ hits: 0, n: 0, unknown: 0 }),
    add(period, state, ticket) {
      assertTicket(ticket);
      const anchor = ticketInstant(ticket, spec.base === 'created' ? 'createdAt' : 'resolvedAt');
      if (anchor === undefined || !inPeriod(anchor, period)) return;
      const hit = spec.hit(ticket);
      if (hit === undefined) {
        state.unknown++;
        return;
      }
      state.n++;
      if (hit) state.hits++;
    },
    merge(into, from) {
      into.hits += from.hits;
      into.n += from.n;
      into.unknown += from.unknown;
    },
    result: (state, period) => ({
      kpi: spec.kpi,
      value: percent(state.hits, state.n),
      n: state.n,
      period,
      interval: wilsonInterval(state.hits, state.n),
      hits: state.hits,
      unknown: state.unknown,
      base: spec.base,
    }),
  });
  const create = (options: TicketRateOptions = {}, state?: RateState) => factory(options, state);
  const batch = (tickets: readonly TicketInput[], options: TicketRateOptions = {}) =>
    runBatch(create(options), tickets, options.mode);
  return { create, batch };
}
