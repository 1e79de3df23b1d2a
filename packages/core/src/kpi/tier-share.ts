import { accumulatorFactory, runBatch } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, toPeriod, type Period } from '../time/instant.js';
import { wilsonInterval } from '../stats/wilson.js';
import { percent, type KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';
import type { TicketRateOptions } from './ticket-rate.js';

export interface TierShareOptions extends TicketRateOptions {
  /** The tier whose share is `value`; default the first tier in sort order (e.g. `N1`). */
  tier?: string;
}

export interface TierShareState {
  byTier: Record<string, number>;
  n: number;
  unknown: number;
}

export interface TierShareResult extends KpiResult<'tierShare'> {
  tier: string | null;
  /** Every tier, sorted by name, with its share of resolved tickets. */
  shares: { tier: string; count: number; value: number; interval: [number, number] | null }[];
  unknown: number;
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  TierShareResult,
  TierShareState,
  TierShareOptions,
  { period: Period | null; tier: string | null }
>({
  kpi: 'tierShare',
  prepare: (options) => ({
    period: options.period ? toPeriod(options.period) : null,
    tier: options.tier ?? null,
  }),
  init: () => ({ byTier: {}, n: 0, unknown: 0 }),
  add({ period }, state, ticket) {
    assertTicket(ticket);
    const resolved = ticketInstant(ticket, 'resolvedAt');
    if (resolved === undefined || !inPeriod(resolved, period)) return;
    const tier = ticket.tier;
    if (tier === undefined || tier === null || tier === '') {
      state.unknown++;
      return;
    }
    if (typeof tier !== 'string')
      throw new InvalidFieldError(['tier'], `expected text, got ${typeof tier}`);
    state.n++;
    state.byTier[tier] = (state.byTier[tier] ?? 0) + 1;
  },
  merge(into, from) {
    into.n += from.n;
    into.unknown += from.unknown;
    for (const [tier, count] of Object.entries(from.byTier))
      into.byTier[tier] = (into.byTier[tier] ?? 0) + count;
  },
  result(state, c) {
    const shares = Object.entries(state.byTier)
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([tier, count]) => ({
        tier,
        count,
        value: percent(count, state.n)!,
        interval: wilsonInterval(count, state.n),
      }));
    const tier = c.tier ?? shares[0]?.tier ?? null;
    const chosen = shares.find((s) => s.tier === tier);
    return {
      kpi: 'tierShare',
      value: state.n === 0 ? null : (chosen?.value ?? 0),
      n: state.n,
      period: c.period,
      interval: wilsonInterval(chosen?.count ?? 0, state.n),
      tier,
      shares,
      unknown: state.unknown,
    };
  },
});

export const createTierShareAccumulator = (
  options: TierShareOptions = {},
  state?: TierShareState,
) => factory(options, state);

/** Share by level of attention (001 §3): resolved tickets per tier ÷ resolved tickets. */
export function tierShare(tickets: readonly TicketInput[], options: TierShareOptions = {}) {
  return runBatch(createTierShareAccumulator(options), tickets, options.mode);
}
