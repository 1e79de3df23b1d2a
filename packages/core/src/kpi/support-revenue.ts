import { accumulatorFactory, runBatch } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, toPeriod, type Period } from '../time/instant.js';
import type { KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';
import type { TicketRateOptions } from './ticket-rate.js';

export interface SupportRevenueState {
  byCurrency: Record<string, { amount: number; conversions: number }>;
  /** Converted tickets with no amount recorded. */
  withoutAmount: number;
}

export interface SupportRevenueResult extends KpiResult<'supportRevenue'> {
  /** The single currency of `value`; null when there are none or several (see `byCurrency`). */
  currency: string | null;
  byCurrency: { currency: string; amount: number; conversions: number }[];
  withoutAmount: number;
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  SupportRevenueResult,
  SupportRevenueState,
  TicketRateOptions,
  Period | null
>({
  kpi: 'supportRevenue',
  prepare: (options) => (options.period ? toPeriod(options.period) : null),
  init: () => ({ byCurrency: {}, withoutAmount: 0 }),
  add(period, state, ticket) {
    assertTicket(ticket);
    const conversion = ticket.conversion;
    if (conversion === undefined || conversion === null) return;
    if (typeof conversion.converted !== 'boolean') {
      throw new InvalidFieldError(
        ['conversion', 'converted'],
        `expected true or false, got ${JSON.stringify(conversion.converted)}`,
      );
    }
    if (!conversion.converted || !inPeriod(ticketInstant(ticket, 'createdAt')!, period)) return;
    if (conversion.amount === undefined || conversion.amount === null) {
      state.withoutAmount++;
      return;
    }
    if (
      typeof conversion.amount !== 'number' ||
      !Number.isFinite(conversion.amount) ||
      conversion.amount < 0
    ) {
      throw new InvalidFieldError(
        ['conversion', 'amount'],
        `expected an amount ≥ 0, got ${JSON.stringify(conversion.amount)}`,
      );
    }
    if (typeof conversion.currency !== 'string' || !/^[A-Z]{3}$/.test(conversion.currency)) {
      throw new InvalidFieldError(
        ['conversion', 'currency'],
        'an amount needs its ISO 4217 currency, e.g. EUR',
      );
    }
    const entry = (state.byCurrency[conversion.currency] ??= { amount: 0, conversions: 0 });
    entry.amount += conversion.amount;
    entry.conversions++;
  },
  merge(into, from) {
    into.withoutAmount += from.withoutAmount;
    for (const [currency, e] of Object.entries(from.byCurrency)) {
      const entry = (into.byCurrency[currency] ??= { amount: 0, conversions: 0 });
      entry.amount += e.amount;
      entry.conversions += e.conversions;
    }
  },
  result(state, period) {
    const byCurrency = Object.entries(state.byCurrency)
      .map(([currency, e]) => ({ currency, ...e }))
      .sort((a, b) => a.currency.localeCompare(b.currency));
    const single = byCurrency.length === 1 ? byCurrency[0]! : null;
    return {
      kpi: 'supportRevenue',
      // Amounts in different currencies do not add up: no single value then.
      value: single ? single.amount : null,
      n: byCurrency.reduce((sum, e) => sum + e.conversions, 0),
      period,
      interval: null,
      currency: single?.currency ?? null,
      byCurrency,
      withoutAmount: state.withoutAmount,
    };
  },
});

export const createSupportRevenueAccumulator = (
  options: TicketRateOptions = {},
  state?: SupportRevenueState,
) => factory(options, state);

/** Revenue through support (001 §13): sum of conversion amounts, per currency. */
export function supportRevenue(tickets: readonly TicketInput[], options: TicketRateOptions = {}) {
  return runBatch(createSupportRevenueAccumulator(options), tickets, options.mode);
}
