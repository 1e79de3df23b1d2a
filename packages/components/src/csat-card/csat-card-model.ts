import {
  compare,
  csat,
  type Comparable,
  esat,
  KPI_POLARITY,
  type ComparisonResult,
  type CsatResult,
  type CsatScale,
  type RejectedRecord,
  type SurveyAnswer,
} from '@tablero/core';
import { checkNumber, COUNT, type AttributeIssue } from '../internal/attribute-check.js';
import { checkPair } from '../internal/check-pair.js';
import { CSAT_KPIS, cardDataOf, type CsatCardData, type CsatKpi } from './csat-card-data.js';
import { csatFromAttributes, type CsatAttributes } from './csat-from-attributes.js';
import { distributionBars, type DistributionBar } from './distribution-bars.js';
import { SCALE_RULES, isCsatScale } from './csat-scale-rules.js';
import { csatSeries, type CsatSeriesEntry, type CsatSeriesInput } from './csat-series.js';

/** A raw CSAT answer: a score, `good`/`bad`, a mapped label, or a `SurveyResponse`. */
export type CsatAnswer = SurveyAnswer | string | boolean;

/** The previous period as `compare()` reads it; with `positive` and `n` the change is tested. */
export interface CsatPreviousData {
  kpi?: string;
  value: number | null;
  positive?: number;
  n?: number;
}

/** Every input of the card, as the element holds it (properties and parsed attributes). */
export interface CsatCardInput extends CsatAttributes {
  /** Unchecked here: a bad scale attribute is reported, not assumed. */
  scale?: string | undefined;
  positiveThreshold?: number | undefined;
  previousValue?: number | undefined;
  previousPositive?: number | undefined;
  previousN?: number | undefined;
  result?: CsatResult | null | undefined;
  responses?: readonly CsatAnswer[] | null | undefined;
  previous?: CsatPreviousData | null | undefined;
  previousResponses?: readonly CsatAnswer[] | null | undefined;
  /** JSON text from the attribute, or any `CsatSeriesInput` set as a property. */
  series?: string | CsatSeriesInput | null | undefined;
}

export type CsatCardModel =
  | { state: 'invalid'; issues: AttributeIssue[] }
  | { state: 'error'; message: string }
  | { state: 'empty'; data: CsatCardData; rejected: RejectedRecord[] }
  | {
      state: 'ready';
      data: CsatCardData;
      previous: CsatPreviousData | null;
      comparison: ComparisonResult | null;
      /** Bars per scale point; `null` when only totals were given. */
      bars: DistributionBar[] | null;
      /** The trend, `null` when none (or an empty one) was given. */
      series: CsatSeriesEntry[] | null;
      rejected: RejectedRecord[];
    };

const PERCENT = { min: 0, max: 100 };

/**
 * Turns the card's inputs into what it shows. The three ways in, by precedence: raw `responses`
 * (computed by `@tablero/core`'s `csat`), a `result` object, then attributes. Never throws:
 * bad input becomes an `invalid` model that names the attribute or property.
 */
export function csatCardModel(host: Element, input: CsatCardInput): CsatCardModel {
  const issues: AttributeIssue[] = [];
  if (!CSAT_KPIS.includes(input.kpi)) {
    return invalid('kpi', `kpi="${String(input.kpi)}" is not csat or esat`);
  }
  const scale = input.scale ?? '1-5';
  if (!isCsatScale(scale)) {
    return invalid('scale', `scale="${scale}" is not a CSAT scale (1-5, 1-7, 1-10 or binary)`);
  }
  const rules = SCALE_RULES[scale];
  const thresholdIssue = checkNumber(host, 'positive-threshold', input.positiveThreshold, {
    integer: true,
    min: rules.low,
    max: rules.high,
  });
  if (thresholdIssue) return { state: 'invalid', issues: [thresholdIssue] };
  // Binary has one satisfied answer, `good`; core reports its threshold as 1 whatever is asked.
  const positiveThreshold =
    scale === 'binary' ? 1 : (input.positiveThreshold ?? rules.defaultThreshold);
  const options = { scale, positiveThreshold };

  let data: CsatCardData | null;
  let rejected: RejectedRecord[] = [];
  try {
    if (input.responses != null) {
      if (!Array.isArray(input.responses)) {
        return invalid('responses', 'responses must be an array of answers');
      }
      const r = fromResponses(input.responses, input.kpi, options);
      rejected = r.rejected;
      data = cardDataOf(r, input.kpi);
    } else if (input.result != null) {
      if (!isCsatResult(input.result)) {
        return invalid(
          'result',
          'result must be a CSAT result from @tablero/core (value, n, positive, scale, distribution)',
        );
      }
      data = cardDataOf(input.result, input.kpi);
    } else {
      data = csatFromAttributes(host, input, options, issues);
    }
    const previous = previousOf(host, input, options, issues);
    const series = seriesOf(input.series, issues);
    if (issues.length || !data) return { state: 'invalid', issues };
    if (data.value === null) return { state: 'empty', data, rejected };
    return {
      state: 'ready',
      data,
      previous,
      comparison: previous && previous.value !== null ? comparison(data, previous) : null,
      bars: data.distribution
        ? distributionBars({ ...data, distribution: data.distribution })
        : null,
      series: series?.length ? series : null,
      rejected,
    };
  } catch (error) {
    // Core's own errors already name the record and field; anything else is reported as is.
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function fromResponses(
  responses: readonly CsatAnswer[],
  kpi: CsatKpi,
  options: { scale: CsatScale; positiveThreshold: number },
) {
  // Lenient: one bad answer must not blank the card; the rejected ones are listed and counted.
  return (kpi === 'esat' ? esat : csat)(responses, { ...options, mode: 'lenient' });
}

function previousOf(
  host: Element,
  input: CsatCardInput,
  options: { scale: CsatScale; positiveThreshold: number },
  issues: AttributeIssue[],
): CsatPreviousData | null {
  if (input.previous != null) {
    const p = input.previous as unknown as Record<string, unknown>;
    const ok = p.value === null || (typeof p.value === 'number' && Number.isFinite(p.value));
    if (!ok) {
      issues.push({ attribute: 'previous', message: 'previous must have a numeric value or null' });
      return null;
    }
    return input.previous;
  }
  if (input.previousResponses != null) {
    if (!Array.isArray(input.previousResponses)) {
      issues.push({
        attribute: 'previousResponses',
        message: 'previousResponses must be an array',
      });
      return null;
    }
    const r = fromResponses(input.previousResponses, input.kpi, options);
    return { kpi: r.kpi, value: r.value, positive: r.positive, n: r.n };
  }
  const { previousValue: value, previousPositive: positive, previousN: n } = input;
  const before = issues.length;
  const nIssue = checkNumber(host, 'previous-n', n, COUNT);
  for (const issue of [
    checkNumber(host, 'previous-value', value, PERCENT),
    nIssue,
    // Against n only when n itself is valid, so one mistake gives one warning.
    checkNumber(host, 'previous-positive', positive, { ...COUNT, max: nIssue ? undefined : n }),
    checkPair('previous-positive', positive, 'previous-n', n),
  ]) {
    if (issue) issues.push(issue);
  }
  if (issues.length > before) return null;
  if (positive !== undefined) {
    return { kpi: input.kpi, value: n! > 0 ? (100 * positive) / n! : null, positive, n: n! };
  }
  return value === undefined ? null : { value };
}

/**
 * `compare()` tests significance from `positive` and `n` on both sides (a pooled two-proportion
 * z-test). With a bare percentage on either side there is nothing to test, so the values go in
 * without the KPI name and `significant` comes back `null` ("not tested", never "not significant").
 */
function comparison(data: CsatCardData, previous: CsatPreviousData): ComparisonResult {
  const counts = (p: { positive?: number | null; n?: number | null }) => ({
    positive: p.positive,
    n: p.n,
  });
  const counted = (p: { positive?: number | null; n?: number | null }) =>
    typeof p.positive === 'number' && typeof p.n === 'number';
  if (counted(data) && counted(previous)) {
    const now: Comparable = { kpi: data.kpi, value: data.value, ...counts(data) };
    const before: Comparable = {
      kpi: previous.kpi ?? data.kpi,
      value: previous.value,
      ...counts(previous),
    };
    return compare(now, before, data.kpi);
  }
  const before: Comparable = { value: previous.value };
  if (previous.kpi) before.kpi = previous.kpi;
  const c = compare({ kpi: data.kpi, value: data.value }, before, 'values', {
    polarity: KPI_POLARITY[data.kpi],
  });
  return { ...c, kpi: data.kpi };
}

function seriesOf(
  series: CsatCardInput['series'],
  issues: AttributeIssue[],
): CsatSeriesEntry[] | null {
  if (series === undefined || series === null) return null;
  const parsed = csatSeries(series);
  if (parsed.ok) return parsed.entries;
  issues.push({ attribute: 'series', message: `series ${parsed.reason}` });
  return null;
}

function isCsatResult(value: unknown): value is CsatResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return (
    (r.value === null || (typeof r.value === 'number' && Number.isFinite(r.value))) &&
    count(r.n) &&
    count(r.positive) &&
    isCsatScale(r.scale) &&
    Array.isArray(r.distribution)
  );
}

const invalid = (attribute: string, message: string): CsatCardModel => ({
  state: 'invalid',
  issues: [{ attribute, message }],
});
