import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { CesScale, SurveyKind } from '../schema/enums.js';
import { toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import {
  addMoment,
  emptyMoments,
  meanInterval,
  meanOf,
  mergeMoments,
  sampleSd,
  type Moments,
} from '../stats/moments.js';
import { percent, zeros, type KpiResult } from './result.js';
import { readAnswerScore, scorePath, type SurveyAnswer } from './survey-answer.js';

export interface CesOptions extends BatchOptions {
  /** Default `1-7`. */
  scale?: CesScale;
  /**
   * Required, because both codings are in use (KPI-SPEC §CES): `true` for the statement form
   * ("… made it easy", agree = high); `false` when 1 means "very easy".
   */
  higherIsEasier: boolean;
  period?: PeriodInput;
  kinds?: readonly SurveyKind[];
}

export interface CesState {
  moments: Moments;
  easy: number;
  /** Answers per point of the easier-is-higher scale. */
  counts: number[];
}

export interface CesResult extends KpiResult<'ces'> {
  /** Share of "easy" answers, %: top 3 on 1–7, top 2 on 1–5. */
  easyShare: number | null;
  easy: number;
  sd: number | null;
  scale: CesScale;
  higherIsEasier: boolean;
  /** Counts per point on the easier-is-higher orientation. */
  distribution: { score: number; count: number }[];
}

const SCALE_MAX: Record<CesScale, number> = { '1-5': 5, '1-7': 7 };
const EASY_FROM: Record<CesScale, number> = { '1-5': 4, '1-7': 5 };

interface CesContext {
  scale: CesScale;
  max: number;
  higherIsEasier: boolean;
  period: Period | null;
  kinds: readonly SurveyKind[];
}

const cesFactory = /* @__PURE__ */ accumulatorFactory<
  SurveyAnswer,
  CesResult,
  CesState,
  CesOptions,
  CesContext
>({
  kpi: 'ces',
  prepare(options) {
    if (typeof options?.higherIsEasier !== 'boolean') {
      throw new TypeError('ces: say which way the scale runs with higherIsEasier: true | false');
    }
    const scale = options.scale ?? '1-7';
    const max = SCALE_MAX[scale];
    if (!max) throw new RangeError(`ces: unknown scale "${String(scale)}" (use 1-5 or 1-7)`);
    return {
      scale,
      max,
      higherIsEasier: options.higherIsEasier,
      period: options.period ? toPeriod(options.period) : null,
      kinds: options.kinds ?? ['ces'],
    };
  },
  init: (c) => ({ moments: emptyMoments(), easy: 0, counts: zeros(c.max + 1) }),
  add(c, state, answer) {
    const raw = readAnswerScore(answer, c.kinds, c.period);
    if (raw === undefined) return;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > c.max) {
      throw new InvalidFieldError(
        scorePath(answer),
        `CES answers on the ${c.scale} scale are integers 1–${c.max}, got ${JSON.stringify(raw)}`,
      );
    }
    const score = c.higherIsEasier ? raw : c.max + 1 - raw;
    addMoment(state.moments, score);
    state.counts[score]!++;
    if (score >= EASY_FROM[c.scale]) state.easy++;
  },
  merge(into, from) {
    mergeMoments(into.moments, from.moments);
    into.easy += from.easy;
    from.counts.forEach((count, score) => {
      into.counts[score] = (into.counts[score] ?? 0) + count;
    });
  },
  result: (state, c) => ({
    kpi: 'ces',
    value: meanOf(state.moments),
    n: state.moments.n,
    period: c.period,
    interval: meanInterval(state.moments, 1, c.max),
    easyShare: percent(state.easy, state.moments.n),
    easy: state.easy,
    sd: sampleSd(state.moments),
    scale: c.scale,
    higherIsEasier: c.higherIsEasier,
    distribution: state.counts.slice(1).map((count, i) => ({ score: i + 1, count })),
  }),
});

export const createCesAccumulator = (options: CesOptions, state?: CesState) =>
  cesFactory(options, state);

/** CES (KPI-SPEC §CES): the mean on the easier-is-higher orientation, with a 95% t-interval. */
export function ces(answers: readonly SurveyAnswer[], options: CesOptions) {
  return runBatch(createCesAccumulator(options), answers, options.mode);
}
