import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import type { CustomerInput } from '../schema/customer.js';
import { toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { wilsonInterval } from '../stats/wilson.js';
import { activeAt, readActiveSpan, type ActiveSpan } from './customer-interval.js';
import { percent, type KpiResult } from './result.js';

export interface ChurnCounts {
  /** S: customers active at the period start. */
  start: number;
  /** L: customers of S no longer active at the period end. */
  lost: number;
  /** Acquired inside the period (not in S). */
  acquired: number;
  /** Acquired and lost inside the same period: reported, not mixed into the rate. */
  newLost: number;
  /** E: customers active at the period end. */
  end: number;
}

export interface ChurnResult extends KpiResult<'churn'>, ChurnCounts {
  period: Period;
  /** `100 × (S − L) / S`; churn + retention = 100. */
  retention: number | null;
}

export interface RetentionResult extends KpiResult<'retention'>, ChurnCounts {
  period: Period;
  churn: number | null;
}

export const emptyChurnCounts = (): ChurnCounts => ({
  start: 0,
  lost: 0,
  acquired: 0,
  newLost: 0,
  end: 0,
});

/**
 * Counts one customer span against `[from, to)` (KPI-SPEC §Churn). Active at an instant means
 * `activeFrom ≤ t < activeTo`, so a customer whose `activeTo` equals the period end was lost in
 * this period and is not in the next period's S.
 */
export function countSpan(counts: ChurnCounts, span: ActiveSpan, period: Period): void {
  const activeAtEnd = activeAt(span, period.to);
  if (activeAt(span, period.from)) {
    counts.start++;
    if (!activeAtEnd) counts.lost++;
  } else if (span.from > period.from && span.from < period.to) {
    counts.acquired++;
    if (!activeAtEnd) counts.newLost++;
  }
  if (activeAtEnd) counts.end++;
}

export function addChurnCounts(into: ChurnCounts, from: ChurnCounts): void {
  into.start += from.start;
  into.lost += from.lost;
  into.acquired += from.acquired;
  into.newLost += from.newLost;
  into.end += from.end;
}

export function churnFromCounts(counts: ChurnCounts, period: Period): ChurnResult {
  return {
    kpi: 'churn',
    value: percent(counts.lost, counts.start),
    n: counts.start,
    period,
    interval: wilsonInterval(counts.lost, counts.start),
    ...counts,
    retention: percent(counts.start - counts.lost, counts.start),
  };
}

export interface ChurnOptions extends BatchOptions {
  period: PeriodInput;
}

const churnFactory = /* @__PURE__ */ accumulatorFactory<
  CustomerInput,
  ChurnResult,
  ChurnCounts,
  ChurnOptions,
  Period
>({
  kpi: 'churn',
  prepare: (options) => toPeriod(options.period),
  init: emptyChurnCounts,
  add: (period, state, customer) => countSpan(state, readActiveSpan(customer), period),
  merge: addChurnCounts,
  result: churnFromCounts,
});

export const createChurnAccumulator = (options: ChurnOptions, state?: ChurnCounts) =>
  churnFactory(options, state);

/** Churn rate of the customers active at `period.from` (KPI-SPEC §Churn rate). */
export function churn(
  customers: readonly CustomerInput[],
  period: PeriodInput,
  options: BatchOptions = {},
) {
  return runBatch(createChurnAccumulator({ period }), customers, options.mode);
}

const retentionFactory = /* @__PURE__ */ accumulatorFactory<
  CustomerInput,
  RetentionResult,
  ChurnCounts,
  ChurnOptions,
  Period
>({
  kpi: 'retention',
  prepare: (options) => toPeriod(options.period),
  init: emptyChurnCounts,
  add: (period, state, customer) => countSpan(state, readActiveSpan(customer), period),
  merge: addChurnCounts,
  result(counts, period) {
    const { value, retention, ...rest } = churnFromCounts(counts, period);
    const interval =
      rest.interval && ([100 - rest.interval[1], 100 - rest.interval[0]] as [number, number]);
    return { ...rest, kpi: 'retention', value: retention, churn: value, interval };
  },
});

export const createRetentionAccumulator = (options: ChurnOptions, state?: ChurnCounts) =>
  retentionFactory(options, state);

/**
 * Retention rate (KPI-SPEC §Retention): `100 × (S − L) / S`. The classic `(E − N) / S` agrees
 * only when nobody acquired in the period was also lost in it; `end`, `acquired` and `newLost`
 * are in the result so both can be shown.
 */
export function retention(
  customers: readonly CustomerInput[],
  period: PeriodInput,
  options: BatchOptions = {},
) {
  return runBatch(createRetentionAccumulator({ period }), customers, options.mode);
}
