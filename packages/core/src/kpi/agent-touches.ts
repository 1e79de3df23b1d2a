import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
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
import { inPeriod, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import type { KpiResult } from './result.js';
import { assertTicket, readCount, ticketInstant } from './ticket-fields.js';

export const TOUCH_BUCKETS = ['0', '1', '2', '3', '4+'] as const;

export interface AgentTouchesOptions extends BatchOptions {
  /** Tickets resolved (`resolvedAt`) in the period. */
  period?: PeriodInput;
}

export interface AgentTouchesState {
  moments: Moments;
  buckets: number[];
  unknown: number;
}

export interface AgentTouchesResult extends KpiResult<'agentTouches'> {
  sd: number | null;
  /** Resolved tickets per number of touches: 0, 1, 2, 3, 4+. */
  distribution: { touches: (typeof TOUCH_BUCKETS)[number]; count: number }[];
  /** Resolved tickets whose source did not record touches: not in `n`. */
  unknown: number;
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  AgentTouchesResult,
  AgentTouchesState,
  AgentTouchesOptions,
  Period | null
>({
  kpi: 'agentTouches',
  prepare: (options) => (options.period ? toPeriod(options.period) : null),
  init: () => ({ moments: emptyMoments(), buckets: [0, 0, 0, 0, 0], unknown: 0 }),
  add(period, state, ticket) {
    assertTicket(ticket);
    const resolved = ticketInstant(ticket, 'resolvedAt');
    if (resolved === undefined || !inPeriod(resolved, period)) return;
    const touches = readCount(ticket, 'agentTouches');
    if (touches === undefined) {
      state.unknown++;
      return;
    }
    addMoment(state.moments, touches);
    state.buckets[Math.min(touches, 4)]!++;
  },
  merge(into, from) {
    mergeMoments(into.moments, from.moments);
    from.buckets.forEach((c, i) => (into.buckets[i]! += c));
    into.unknown += from.unknown;
  },
  result: (state, period) => ({
    kpi: 'agentTouches',
    value: meanOf(state.moments),
    n: state.moments.n,
    period,
    interval: meanInterval(state.moments, 0),
    sd: sampleSd(state.moments),
    distribution: TOUCH_BUCKETS.map((touches, i) => ({ touches, count: state.buckets[i]! })),
    unknown: state.unknown,
  }),
});

export const createAgentTouchesAccumulator = (
  options: AgentTouchesOptions = {},
  state?: AgentTouchesState,
) => factory(options, state);

/** Agent touches until resolution (KPI-SPEC §Agent touches): mean over tickets resolved in the period. */
export function agentTouches(tickets: readonly TicketInput[], options: AgentTouchesOptions = {}) {
  return runBatch(createAgentTouchesAccumulator(options), tickets, options.mode);
}
