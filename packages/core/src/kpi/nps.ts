import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { SurveyKind } from '../schema/enums.js';
import { toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import type { KpiResult } from './result.js';
import { readAnswerScore, scorePath, type SurveyAnswer } from './survey-answer.js';
import { Z95 } from '../stats/wilson.js';

export interface NpsOptions extends BatchOptions {
  /** Count only answers whose `answeredAt` falls in `[from, to)`. */
  period?: PeriodInput;
  /** Survey kinds accepted; default `['nps']` (`['enps']` for `enps`). */
  kinds?: readonly SurveyKind[];
}

export interface NpsState {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsResult extends KpiResult<'nps' | 'enps'> {
  promoters: number;
  passives: number;
  detractors: number;
  /** Standard error of the score in NPS points (×100), used for significance. */
  standardError: number | null;
}

/**
 * NPS (KPI-SPEC §NPS): promoters 9–10, passives 7–8, detractors 0–6;
 * `100 × (promoters − detractors) / n`; 95% interval from the trinomial standard error.
 */
export function npsFromCounts(
  counts: NpsState,
  period: Period | null = null,
  kpi: 'nps' | 'enps' = 'nps',
): NpsResult {
  const { promoters, passives, detractors } = counts;
  const n = promoters + passives + detractors;
  if (n === 0) {
    return {
      kpi,
      value: null,
      n,
      period,
      interval: null,
      promoters,
      passives,
      detractors,
      standardError: null,
    };
  }
  const p = promoters / n;
  const d = detractors / n;
  const value = 100 * (p - d);
  const variance = p + d - (p - d) ** 2;
  const se = 100 * Math.sqrt(Math.max(0, variance) / n);
  const interval: [number, number] = [
    Math.max(-100, value - Z95 * se),
    Math.min(100, value + Z95 * se),
  ];
  return { kpi, value, n, period, interval, promoters, passives, detractors, standardError: se };
}

function npsSpec(kpi: 'nps' | 'enps', defaultKinds: readonly SurveyKind[]) {
  return accumulatorFactory<
    SurveyAnswer,
    NpsResult,
    NpsState,
    NpsOptions | undefined,
    { period: Period | null; kinds: readonly SurveyKind[] }
  >({
    kpi,
    prepare: (options) => ({
      period: options?.period ? toPeriod(options.period) : null,
      kinds: options?.kinds ?? defaultKinds,
    }),
    init: () => ({ promoters: 0, passives: 0, detractors: 0 }),
    add({ period, kinds }, state, answer) {
      const score = readAnswerScore(answer, kinds, period);
      if (score === undefined) return;
      if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 10) {
        throw new InvalidFieldError(
          scorePath(answer),
          `NPS answers are integers 0–10, got ${JSON.stringify(score)}`,
        );
      }
      if (score >= 9) state.promoters++;
      else if (score >= 7) state.passives++;
      else state.detractors++;
    },
    merge(into, from) {
      into.promoters += from.promoters;
      into.passives += from.passives;
      into.detractors += from.detractors;
    },
    result: (state, { period }) => npsFromCounts(state, period, kpi),
  });
}

const npsFactory = /* @__PURE__ */ npsSpec('nps', ['nps']);
const enpsFactory = /* @__PURE__ */ npsSpec('enps', ['enps']);

export const createNpsAccumulator = (options?: NpsOptions, state?: NpsState) =>
  npsFactory(options, state);
export const createEnpsAccumulator = (options?: NpsOptions, state?: NpsState) =>
  enpsFactory(options, state);

/** NPS of answers 0–10 (numbers or `SurveyResponse` records of kind `nps`). */
export function nps(answers: readonly SurveyAnswer[], options: NpsOptions = {}) {
  return runBatch(createNpsAccumulator(options), answers, options.mode);
}

/** eNPS (KPI-SPEC §Employee KPIs): the NPS computation on employee answers of kind `enps`. */
export function enps(answers: readonly SurveyAnswer[], options: NpsOptions = {}) {
  return runBatch(createEnpsAccumulator(options), answers, options.mode);
}
