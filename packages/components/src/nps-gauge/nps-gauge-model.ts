import {
  compare,
  enps,
  nps,
  npsFromCounts,
  TableroValidationError,
  type ComparisonResult,
  type NpsResult,
  type RejectedRecord,
  type SurveyAnswer,
} from '@tablero/core';
import { checkNumber, COUNT, type AttributeIssue } from '../internal/attribute-check.js';
import { NPS_MAX, NPS_MIN } from './nps-gauge-geometry.js';

export const NPS_KPIS = ['nps', 'enps'] as const;
export type NpsKpi = (typeof NPS_KPIS)[number];

/** What the gauge draws, whichever way the data came in. */
export interface GaugeData {
  kpi: NpsKpi;
  value: number | null;
  /** `null` when only a score was given (no sample size known). */
  n: number | null;
  counts: { promoters: number; passives: number; detractors: number } | null;
  interval: [number, number] | null;
  standardError: number | null;
}

/** The previous period as `compare()` reads it. */
export interface PreviousData {
  kpi?: string;
  value: number | null;
  standardError?: number | null;
}

/** Every input of the gauge, as the element holds it (properties and parsed attributes). */
export interface NpsGaugeInput {
  kpi: NpsKpi;
  score?: number | undefined;
  promoters?: number | undefined;
  passives?: number | undefined;
  detractors?: number | undefined;
  n?: number | undefined;
  intervalLow?: number | undefined;
  intervalHigh?: number | undefined;
  previousScore?: number | undefined;
  target?: number | undefined;
  fractionDigits?: number | undefined;
  result?: NpsResult | null | undefined;
  responses?: readonly SurveyAnswer[] | null | undefined;
  previous?: PreviousData | null | undefined;
  previousResponses?: readonly SurveyAnswer[] | null | undefined;
}

export type NpsGaugeModel =
  | { state: 'invalid'; issues: AttributeIssue[] }
  | { state: 'error'; message: string }
  | { state: 'empty'; data: GaugeData; rejected: RejectedRecord[] }
  | {
      state: 'ready';
      data: GaugeData;
      previous: PreviousData | null;
      comparison: ComparisonResult | null;
      target: number | null;
      rejected: RejectedRecord[];
    };

const SCORE = { min: NPS_MIN, max: NPS_MAX };
const DIGITS = { min: 0, max: 20, integer: true };
/** A stated score may be rounded; within half a point it agrees with the counts. */
const SCORE_TOLERANCE = 0.5;

const fromResult = (r: NpsResult, kpi: NpsKpi): GaugeData => ({
  kpi: r.kpi ?? kpi,
  value: r.value,
  n: r.n,
  counts: { promoters: r.promoters, passives: r.passives, detractors: r.detractors },
  interval: r.interval,
  standardError: r.standardError,
});

function isNpsResult(value: unknown): value is NpsResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return (
    (r.value === null || (typeof r.value === 'number' && Number.isFinite(r.value))) &&
    count(r.n) &&
    count(r.promoters) &&
    count(r.passives) &&
    count(r.detractors)
  );
}

/** Raw answers through the core, keeping valid answers and listing the rejected ones. */
function fromResponses(responses: readonly SurveyAnswer[], kpi: NpsKpi) {
  const compute = kpi === 'enps' ? enps : nps;
  return compute(responses, { mode: 'lenient' });
}

/** The attribute way in: counts (computed by the core), or a bare score with optional n/interval. */
function fromAttributes(
  host: Element,
  input: NpsGaugeInput,
  issues: AttributeIssue[],
): GaugeData | null {
  const check = (attribute: string, value: unknown, rule = {}) => {
    const issue = checkNumber(host, attribute, value, rule);
    if (issue) issues.push(issue);
    return issue === null;
  };
  check('score', input.score, SCORE);
  check('promoters', input.promoters, COUNT);
  check('passives', input.passives, COUNT);
  check('detractors', input.detractors, COUNT);
  check('n', input.n, COUNT);
  check('interval-low', input.intervalLow, SCORE);
  check('interval-high', input.intervalHigh, SCORE);
  if (issues.length) return null;

  const given = [input.promoters, input.passives, input.detractors].filter((c) => c !== undefined);
  if (given.length > 0 && given.length < 3) {
    issues.push({
      attribute: 'promoters',
      message: 'promoters, passives and detractors go together: give all three or none',
    });
    return null;
  }
  const low = input.intervalLow;
  const high = input.intervalHigh;
  if ((low === undefined) !== (high === undefined)) {
    issues.push({
      attribute: low === undefined ? 'interval-low' : 'interval-high',
      message: 'interval-low and interval-high go together: give both or neither',
    });
    return null;
  }
  if (low !== undefined && high !== undefined && low > high) {
    issues.push({
      attribute: 'interval-low',
      message: `interval-low="${low}" is above interval-high="${high}"`,
    });
    return null;
  }
  const interval: [number, number] | null =
    low !== undefined && high !== undefined ? [low, high] : null;

  if (given.length === 3) {
    const r = npsFromCounts({
      promoters: input.promoters!,
      passives: input.passives!,
      detractors: input.detractors!,
    });
    if (input.n !== undefined && input.n !== r.n) {
      issues.push({
        attribute: 'n',
        message: `n="${input.n}" is not promoters + passives + detractors (${r.n})`,
      });
    }
    if (input.score !== undefined && r.value !== null) {
      if (Math.abs(input.score - r.value) > SCORE_TOLERANCE) {
        issues.push({
          attribute: 'score',
          message: `score="${input.score}" disagrees with the counts, which give ${r.value.toFixed(1)}`,
        });
      }
    }
    if (issues.length) return null;
    const data = fromResult(r, input.kpi);
    return { ...data, kpi: input.kpi, interval: interval ?? data.interval };
  }
  if (input.score === undefined) {
    // No score and no counts: the page has not given data yet (empty, not invalid).
    return {
      kpi: input.kpi,
      value: null,
      n: input.n ?? 0,
      counts: null,
      interval: null,
      standardError: null,
    };
  }
  return {
    kpi: input.kpi,
    value: input.n === 0 ? null : input.score,
    n: input.n ?? null,
    counts: null,
    interval,
    standardError: null,
  };
}

/**
 * Turns the gauge's inputs into what it shows. The three ways in, by precedence:
 * raw `responses` (computed by `@tablero/core`), a `result` object, then attributes.
 * Never throws: bad input becomes an `invalid` model that names the attribute or property.
 */
export function npsGaugeModel(
  host: Element,
  given: Omit<NpsGaugeInput, 'kpi'> & { kpi: string },
): NpsGaugeModel {
  if (!(NPS_KPIS as readonly string[]).includes(given.kpi)) {
    return invalid('kpi', `kpi="${given.kpi}" is not one of ${NPS_KPIS.join(', ')}`);
  }
  const input = given as NpsGaugeInput;
  const issues: AttributeIssue[] = [];
  let data: GaugeData | null;
  let rejected: RejectedRecord[] = [];
  try {
    if (input.responses != null) {
      if (!Array.isArray(input.responses)) {
        return invalid('responses', 'responses must be an array of answers');
      }
      const r = fromResponses(input.responses, input.kpi);
      rejected = r.rejected;
      data = fromResult(r, input.kpi);
    } else if (input.result != null) {
      if (!isNpsResult(input.result)) {
        return invalid(
          'result',
          'result must be an NPS result from @tablero/core (value, n, promoters, passives, detractors)',
        );
      }
      data = fromResult(input.result, input.kpi);
    } else {
      data = fromAttributes(host, input, issues);
    }
    const targetIssue = checkNumber(host, 'target', input.target, SCORE);
    if (targetIssue) issues.push(targetIssue);
    const previousIssue = checkNumber(host, 'previous-score', input.previousScore, SCORE);
    if (previousIssue) issues.push(previousIssue);
    // Intl throws a RangeError for other digit counts.
    const digitsIssue = checkNumber(host, 'fraction-digits', input.fractionDigits, DIGITS);
    if (digitsIssue) issues.push(digitsIssue);
    if (issues.length || !data) return { state: 'invalid', issues };

    if (data.value === null) return { state: 'empty', data, rejected };

    const previous = previousOf(input);
    const current = { kpi: data.kpi, value: data.value, standardError: data.standardError };
    const before = previous ? { kpi: data.kpi, standardError: null, ...previous } : null;
    const comparison = before && before.value !== null ? compare(current, before, data.kpi) : null;
    return {
      state: 'ready',
      data,
      previous,
      comparison,
      target: input.target ?? null,
      rejected,
    };
  } catch (error) {
    // The core's own errors already name the record and field; anything else is reported as is.
    const message =
      error instanceof TableroValidationError || error instanceof Error
        ? error.message
        : String(error);
    return { state: 'error', message };
  }
}

function previousOf(input: NpsGaugeInput): PreviousData | null {
  if (input.previous != null) return input.previous;
  if (input.previousResponses != null) {
    const r = fromResponses(input.previousResponses, input.kpi);
    return { kpi: r.kpi, value: r.value, standardError: r.standardError };
  }
  if (input.previousScore !== undefined) return { value: input.previousScore };
  return null;
}

const invalid = (attribute: string, message: string): NpsGaugeModel => ({
  state: 'invalid',
  issues: [{ attribute, message }],
});
