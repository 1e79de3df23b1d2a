import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { EmployeeInput } from '../schema/employee.js';
import {
  readInstant,
  readOptionalInstant,
  toPeriod,
  type Period,
  type PeriodInput,
} from '../time/instant.js';
import { percent, type KpiResult } from './result.js';

export interface TurnoverOptions extends BatchOptions {
  period: PeriodInput;
  /** Headcount per day of the period; when given, its mean replaces (start + end) / 2. */
  dailyHeadcount?: readonly number[];
}

export interface TurnoverState {
  departures: number;
  headcountStart: number;
  headcountEnd: number;
}

export interface TurnoverResult extends KpiResult<'turnover'>, TurnoverState {
  period: Period;
  averageHeadcount: number;
}

const turnoverFactory = /* @__PURE__ */ accumulatorFactory<
  EmployeeInput,
  TurnoverResult,
  TurnoverState,
  TurnoverOptions,
  { period: Period; daily: readonly number[] | null }
>({
  kpi: 'turnover',
  prepare(options) {
    const daily = options.dailyHeadcount ?? null;
    if (daily && (daily.length === 0 || daily.some((h) => !(h >= 0)))) {
      throw new RangeError('turnover: dailyHeadcount must be a non-empty list of counts ≥ 0');
    }
    return { period: toPeriod(options.period), daily };
  },
  init: () => ({ departures: 0, headcountStart: 0, headcountEnd: 0 }),
  add({ period }, state, employee) {
    const hired = readInstant(employee.hiredAt, ['hiredAt']);
    const left = readOptionalInstant(employee.leftAt, ['leftAt']) ?? Infinity;
    if (left < hired) throw new InvalidFieldError(['leftAt'], 'leftAt is before hiredAt');
    if (hired <= period.from && period.from < left) state.headcountStart++;
    if (hired <= period.to && period.to < left) state.headcountEnd++;
    if (left >= period.from && left < period.to) state.departures++;
  },
  merge(into, from) {
    into.departures += from.departures;
    into.headcountStart += from.headcountStart;
    into.headcountEnd += from.headcountEnd;
  },
  result(state, { period, daily }) {
    const averageHeadcount = daily
      ? daily.reduce((a, b) => a + b, 0) / daily.length
      : (state.headcountStart + state.headcountEnd) / 2;
    return {
      kpi: 'turnover',
      value: percent(state.departures, averageHeadcount),
      n: state.headcountStart,
      period,
      interval: null,
      ...state,
      averageHeadcount,
    };
  },
});

export const createTurnoverAccumulator = (options: TurnoverOptions, state?: TurnoverState) =>
  turnoverFactory(options, state);

/** Turnover (KPI-SPEC §Employee KPIs): `100 × departures ÷ average headcount` in the period. */
export function turnover(
  employees: readonly EmployeeInput[],
  period: PeriodInput,
  options: Omit<TurnoverOptions, 'period'> = {},
) {
  return runBatch(createTurnoverAccumulator({ ...options, period }), employees, options.mode);
}
