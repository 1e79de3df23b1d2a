import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { CsatScale, SurveyKind } from '../schema/enums.js';
import { toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { wilsonInterval } from '../stats/wilson.js';
import { percent, zeros, type KpiResult } from './result.js';
import { readAnswerScore, scorePath, type SurveyAnswer } from './survey-answer.js';

export interface CsatOptions extends BatchOptions {
  /** Default `1-5`. `binary` takes `good`/`bad` (Zendesk), `true`/`false` or `1`/`0`. */
  scale?: CsatScale;
  /** Lowest score that counts as satisfied; default top-2 box (4 on 1–5, 6 on 1–7, 9 on 1–10). */
  positiveThreshold?: number;
  /** Descriptive answers mapped onto the scale, e.g. `{ 'Muy satisfecho': 5, 'Satisfecho': 4 }`. */
  labels?: Readonly<Record<string, number | 'good' | 'bad'>>;
  period?: PeriodInput;
  /** Survey kinds accepted; default `['csat']` (`['esat']` for `esat`). */
  kinds?: readonly SurveyKind[];
}

export interface CsatState {
  /** Answers per scale point: index = score (binary: 0 = bad, 1 = good). */
  counts: number[];
}

export interface CsatDistributionEntry {
  score: number | 'good' | 'bad';
  count: number;
}

export interface CsatResult extends KpiResult<'csat' | 'esat'> {
  positive: number;
  scale: CsatScale;
  /** The threshold used (binary: 1, meaning `good`). */
  positiveThreshold: number;
  /** Every point of the scale in order, zero counts included, so a chart has all its bars. */
  distribution: CsatDistributionEntry[];
}

const SCALE_RANGE: Record<CsatScale, [number, number]> = {
  '1-5': [1, 5],
  '1-7': [1, 7],
  '1-10': [1, 10],
  binary: [0, 1],
};
const DEFAULT_THRESHOLD: Record<CsatScale, number> = { '1-5': 4, '1-7': 6, '1-10': 9, binary: 1 };

interface CsatContext {
  scale: CsatScale;
  low: number;
  high: number;
  threshold: number;
  labels: Readonly<Record<string, number | 'good' | 'bad'>>;
  period: Period | null;
  kinds: readonly SurveyKind[];
}

function prepare(
  options: CsatOptions | undefined,
  defaultKinds: readonly SurveyKind[],
): CsatContext {
  const scale = options?.scale ?? '1-5';
  const range = SCALE_RANGE[scale];
  if (!range)
    throw new RangeError(`csat: unknown scale "${String(scale)}" (use 1-5, 1-7, 1-10 or binary)`);
  const [low, high] = range;
  const threshold =
    scale === 'binary' ? 1 : (options?.positiveThreshold ?? DEFAULT_THRESHOLD[scale]);
  if (!Number.isInteger(threshold) || threshold < low || threshold > high) {
    throw new RangeError(
      `csat: positiveThreshold must be an integer on the ${scale} scale, got ${threshold}`,
    );
  }
  return {
    scale,
    low,
    high,
    threshold,
    labels: options?.labels ?? {},
    period: options?.period ? toPeriod(options.period) : null,
    kinds: options?.kinds ?? defaultKinds,
  };
}

function scoreOnScale(raw: unknown, answer: unknown, c: CsatContext): number {
  let score = raw;
  if (typeof score === 'string' && score in c.labels) score = c.labels[score];
  if (c.scale === 'binary') {
    if (score === 'good' || score === true || score === 1) return 1;
    if (score === 'bad' || score === false || score === 0) return 0;
    throw new InvalidFieldError(
      scorePath(answer),
      `binary CSAT answers are good/bad, got ${JSON.stringify(raw)}`,
    );
  }
  if (typeof score !== 'number' || !Number.isInteger(score) || score < c.low || score > c.high) {
    throw new InvalidFieldError(
      scorePath(answer),
      `CSAT answers on the ${c.scale} scale are integers ${c.low}–${c.high}, got ${JSON.stringify(raw)}`,
    );
  }
  return score;
}

function csatSpec(kpi: 'csat' | 'esat', defaultKinds: readonly SurveyKind[]) {
  return accumulatorFactory<
    SurveyAnswer | string | boolean,
    CsatResult,
    CsatState,
    CsatOptions | undefined,
    CsatContext
  >({
    kpi,
    prepare: (options) => prepare(options, defaultKinds),
    init: (c) => ({ counts: zeros(c.high + 1) }),
    add(c, state, answer) {
      const raw = typeof answer === 'boolean' ? answer : readAnswerScore(answer, c.kinds, c.period);
      if (raw === undefined) return;
      state.counts[scoreOnScale(raw, answer, c)]!++;
    },
    merge(into, from) {
      from.counts.forEach((count, score) => {
        into.counts[score] = (into.counts[score] ?? 0) + count;
      });
    },
    result: (state, c) => csatFromCounts(state.counts, c, kpi),
  });
}

function csatFromCounts(counts: number[], c: CsatContext, kpi: 'csat' | 'esat'): CsatResult {
  let n = 0;
  let positive = 0;
  const distribution: CsatDistributionEntry[] = [];
  for (let score = c.low; score <= c.high; score++) {
    const count = counts[score] ?? 0;
    n += count;
    if (score >= c.threshold) positive += count;
    distribution.push({
      score: c.scale === 'binary' ? (score === 1 ? 'good' : 'bad') : score,
      count,
    });
  }
  return {
    kpi,
    value: percent(positive, n),
    n,
    period: c.period,
    interval: wilsonInterval(positive, n),
    positive,
    scale: c.scale,
    positiveThreshold: c.threshold,
    distribution,
  };
}

const csatFactory = /* @__PURE__ */ csatSpec('csat', ['csat']);
const esatFactory = /* @__PURE__ */ csatSpec('esat', ['esat']);

export const createCsatAccumulator = (options?: CsatOptions, state?: CsatState) =>
  csatFactory(options, state);
export const createEsatAccumulator = (options?: CsatOptions, state?: CsatState) =>
  esatFactory(options, state);

/** CSAT % (KPI-SPEC §CSAT): `100 × positive / n` with a Wilson 95% interval. */
export function csat(
  answers: readonly (SurveyAnswer | string | boolean)[],
  options: CsatOptions = {},
) {
  return runBatch(createCsatAccumulator(options), answers, options.mode);
}

/** ESAT (KPI-SPEC §Employee KPIs): CSAT on employee answers of kind `esat`. */
export function esat(
  answers: readonly (SurveyAnswer | string | boolean)[],
  options: CsatOptions = {},
) {
  return runBatch(createEsatAccumulator(options), answers, options.mode);
}
