import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { OrderInput } from '../schema/order.js';
import { inPeriod, readInstant, toPeriod, type Period, type PeriodInput } from '../time/instant.js';

export const CLV_UNITS = ['day', 'week', 'month', 'year'] as const;
export type ClvUnit = (typeof CLV_UNITS)[number];

/** Average Gregorian lengths, so "per month" means a twelfth of a year everywhere. */
const UNIT_MS: Record<ClvUnit, number> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: (365.2425 / 12) * 86_400_000,
  year: 365.2425 * 86_400_000,
};

export interface ClvInputs {
  averageOrderValue: number;
  /** Orders per customer per unit of time. */
  purchaseFrequency: number;
  /** Average customer lifespan in the same unit as the frequency. */
  lifespan: number;
}

export interface ClvResult {
  kpi: 'clv';
  value: number | null;
  /** Orders the value rests on (0 when computed from given figures). */
  n: number;
  period: Period | null;
  interval: null;
  averageOrderValue: number | null;
  purchaseFrequency: number | null;
  lifespan: number | null;
}

/** CLV = AOV × purchase frequency × lifespan (KPI-SPEC §CLV); frequency and lifespan share a unit. */
export function clv(inputs: ClvInputs): ClvResult {
  for (const field of ['averageOrderValue', 'purchaseFrequency', 'lifespan'] as const) {
    const v = inputs[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`clv: ${field} must be a finite number ≥ 0, got ${String(v)}`);
    }
  }
  const { averageOrderValue, purchaseFrequency, lifespan } = inputs;
  return {
    kpi: 'clv',
    value: averageOrderValue * purchaseFrequency * lifespan,
    n: 0,
    period: null,
    interval: null,
    averageOrderValue,
    purchaseFrequency,
    lifespan,
  };
}

export interface ClvFromOrdersOptions extends BatchOptions {
  /** Unit of frequency and lifespan; default `year`. */
  unit?: ClvUnit;
  /** Lifespan in `unit`s; or give `churnRate`. */
  lifespan?: number;
  /** Churn in % per `unit` (as `churn()` returns for that period length); lifespan = 100 / churnRate. */
  churnRate?: number;
  /** Observation window; default from the first to the last order seen. */
  period?: PeriodInput;
  /** Orders in other currencies are refused; default the currency of the first order. */
  currency?: string;
}

export interface ClvFromOrdersResult extends ClvResult {
  unit: ClvUnit;
  currency: string | null;
  revenue: number;
  orders: number;
  customers: number;
  /** The window the frequency was measured over. */
  window: Period | null;
}

interface ClvState {
  orders: number;
  revenue: number;
  customers: Record<string, true>;
  first: number | null;
  last: number | null;
  currency: string | null;
}

interface ClvContext {
  unit: ClvUnit;
  lifespan: number | null;
  period: Period | null;
  currency: string | null;
}

const clvFactory = /* @__PURE__ */ accumulatorFactory<
  OrderInput,
  ClvFromOrdersResult,
  ClvState,
  ClvFromOrdersOptions,
  ClvContext
>({
  kpi: 'clv',
  prepare(options) {
    const unit = options.unit ?? 'year';
    if (!(unit in UNIT_MS))
      throw new RangeError(`clvFromOrders: unit must be one of ${CLV_UNITS.join(', ')}`);
    let lifespan: number | null = null;
    if (options.lifespan !== undefined) {
      if (!(options.lifespan >= 0)) throw new RangeError('clvFromOrders: lifespan must be ≥ 0');
      lifespan = options.lifespan;
    } else if (options.churnRate !== undefined) {
      if (!(options.churnRate > 0 && options.churnRate <= 100)) {
        throw new RangeError('clvFromOrders: churnRate is a percentage per unit, in (0, 100]');
      }
      lifespan = 100 / options.churnRate;
    }
    return {
      unit,
      lifespan,
      period: options.period ? toPeriod(options.period) : null,
      currency: options.currency ?? null,
    };
  },
  init: (c) => ({
    orders: 0,
    revenue: 0,
    customers: {},
    first: null,
    last: null,
    currency: c.currency,
  }),
  add(c, state, order) {
    const at = readInstant(order.orderedAt, ['orderedAt']);
    if (!inPeriod(at, c.period)) return;
    if (typeof order.amount !== 'number' || !Number.isFinite(order.amount) || order.amount < 0) {
      throw new InvalidFieldError(
        ['amount'],
        `expected an amount ≥ 0, got ${JSON.stringify(order.amount)}`,
      );
    }
    if (typeof order.customerId !== 'string' || order.customerId === '') {
      throw new InvalidFieldError(['customerId'], 'required to count customers');
    }
    state.currency ??= order.currency;
    if (order.currency !== state.currency) {
      throw new InvalidFieldError(
        ['currency'],
        `expected ${state.currency} like the other orders, got ${JSON.stringify(order.currency)}; pass options.currency to choose`,
      );
    }
    state.orders++;
    state.revenue += order.amount;
    state.customers[order.customerId] = true;
    state.first = state.first === null ? at : Math.min(state.first, at);
    state.last = state.last === null ? at : Math.max(state.last, at);
  },
  merge(into, from) {
    if (from.orders === 0) return;
    into.currency ??= from.currency;
    if (from.currency !== into.currency) {
      throw new TypeError(`clv: cannot merge ${from.currency} orders into ${into.currency} orders`);
    }
    into.orders += from.orders;
    into.revenue += from.revenue;
    Object.assign(into.customers, from.customers);
    into.first = into.first === null ? from.first : Math.min(into.first, from.first!);
    into.last = into.last === null ? from.last : Math.max(into.last, from.last!);
  },
  result(state, c) {
    const customers = Object.keys(state.customers).length;
    const window =
      c.period ?? (state.first === null ? null : { from: state.first, to: state.last! });
    const units = window ? (window.to - window.from) / UNIT_MS[c.unit] : 0;
    const averageOrderValue = state.orders > 0 ? state.revenue / state.orders : null;
    const purchaseFrequency = customers > 0 && units > 0 ? state.orders / customers / units : null;
    const value =
      averageOrderValue !== null && purchaseFrequency !== null && c.lifespan !== null
        ? averageOrderValue * purchaseFrequency * c.lifespan
        : null;
    return {
      kpi: 'clv',
      value,
      n: state.orders,
      period: c.period,
      interval: null,
      averageOrderValue,
      purchaseFrequency,
      lifespan: c.lifespan,
      unit: c.unit,
      currency: state.currency,
      revenue: state.revenue,
      orders: state.orders,
      customers,
      window,
    };
  },
});

export const createClvAccumulator = (options: ClvFromOrdersOptions = {}, state?: ClvState) =>
  clvFactory(options, state);

/**
 * CLV from raw orders (KPI-SPEC §CLV): AOV = revenue / orders; frequency = orders per customer
 * per unit over the window; lifespan given, or `100 / churnRate`. `value` stays null until a
 * lifespan is known, rather than inventing one.
 */
export function clvFromOrders(orders: readonly OrderInput[], options: ClvFromOrdersOptions = {}) {
  return runBatch(createClvAccumulator(options), orders, options.mode);
}
