import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import type { PeriodUnit } from '../schema/enums.js';
import type { CustomerInput } from '../schema/customer.js';
import { tryEpochMs, type InstantInput } from '../time/instant.js';
import { lightZoneClock } from '../time/light-zone-clock.js';
import { periodsIn, type CalendarPeriod } from '../time/period.js';
import {
  addChurnCounts,
  churnFromCounts,
  countSpan,
  emptyChurnCounts,
  type ChurnCounts,
  type ChurnResult,
} from './churn.js';
import { readActiveSpan } from './customer-interval.js';

export interface ChurnSeriesOptions extends BatchOptions {
  from: InstantInput;
  to: InstantInput;
  /** Default `month`. */
  every?: Extract<PeriodUnit, 'week' | 'month' | 'quarter'>;
  /** Default `UTC`. Period boundaries are local midnights in this zone. */
  timeZone?: string;
  /** ISO weekday weeks start on; default 1 (Monday). */
  weekStart?: number;
  /** "Now", for marking the last period incomplete; default the time of the call. */
  asOf?: InstantInput;
}

export interface ChurnSeriesPoint extends ChurnResult {
  label: string;
  /** False while the period has not ended: its rate will still move. */
  complete: boolean;
}

export interface ChurnSeriesResult {
  kpi: 'churnSeries';
  every: 'week' | 'month' | 'quarter';
  timeZone: string;
  points: ChurnSeriesPoint[];
  /** Customers read. */
  n: number;
}

interface SeriesState {
  customers: number;
  counts: ChurnCounts[];
}

interface SeriesContext {
  periods: CalendarPeriod[];
  every: 'week' | 'month' | 'quarter';
  timeZone: string;
  asOf: number;
}

const seriesFactory = /* @__PURE__ */ accumulatorFactory<
  CustomerInput,
  ChurnSeriesResult,
  SeriesState,
  ChurnSeriesOptions,
  SeriesContext
>({
  kpi: 'churnSeries',
  prepare(options) {
    const every = options.every ?? 'month';
    const timeZone = options.timeZone ?? 'UTC';
    const asOf = options.asOf === undefined ? Date.now() : tryEpochMs(options.asOf);
    if (asOf === undefined)
      throw new RangeError(`churnSeries: asOf is not an instant: ${String(options.asOf)}`);
    // A few instants per period: the light clock, so a chart's bundle carries no offset table.
    const periods = periodsIn(lightZoneClock(timeZone), options, every, options);
    return { periods, every, timeZone, asOf };
  },
  init: (c) => ({ customers: 0, counts: c.periods.map(emptyChurnCounts) }),
  add(c, state, customer) {
    const span = readActiveSpan(customer);
    state.customers++;
    c.periods.forEach((period, i) => {
      // Spans that end before or start after a period cannot touch its counts.
      if (span.to >= period.from && span.from < period.to)
        countSpan(state.counts[i]!, span, period);
    });
  },
  merge(into, from) {
    into.customers += from.customers;
    from.counts.forEach((counts, i) => addChurnCounts(into.counts[i]!, counts));
  },
  result: (state, c) => ({
    kpi: 'churnSeries',
    every: c.every,
    timeZone: c.timeZone,
    n: state.customers,
    points: c.periods.map((period, i) => ({
      ...churnFromCounts(state.counts[i]!, { from: period.from, to: period.to }),
      label: period.label,
      complete: period.to <= c.asOf,
    })),
  }),
});

export const createChurnSeriesAccumulator = (options: ChurnSeriesOptions, state?: SeriesState) =>
  seriesFactory(options, state);

/** Churn per consecutive calendar period, with S per point (KPI-SPEC §Churn, `churn-trend`). */
export function churnSeries(customers: readonly CustomerInput[], options: ChurnSeriesOptions) {
  return runBatch(createChurnSeriesAccumulator(options), customers, options.mode);
}
