import { createCsatAccumulator, wilsonInterval, type CsatScale } from '@tablero/core';
import { checkNumber, COUNT, type AttributeIssue } from '../internal/attribute-check.js';
import { checkPair } from '../internal/check-pair.js';
import { cardDataOf, type CsatCardData, type CsatKpi } from './csat-card-data.js';
import { SCALE_RULES } from './csat-scale-rules.js';

/** The scale in force, already checked. */
export interface CsatScaleOptions {
  scale: CsatScale;
  positiveThreshold: number;
}

/**
 * The attribute way in, as the element holds it after Lit's converters. Often the element
 * itself: read field by field, never spread (its properties are prototype accessors).
 */
export interface CsatAttributes {
  kpi: CsatKpi;
  value?: number | undefined;
  positive?: number | undefined;
  n?: number | undefined;
  /** JSON text from the attribute, or an array set as a property. */
  distribution?: string | readonly number[] | null | undefined;
  intervalLow?: number | undefined;
  intervalHigh?: number | undefined;
}

const PERCENT = { min: 0, max: 100 };
/** A stated percentage may be rounded; within half a point it agrees with the counts. */
const VALUE_TOLERANCE = 0.5;

/**
 * Reads the plain-HTML attributes. Counts go through `@tablero/core` (the distribution through
 * a CSAT accumulator, positive / n through its Wilson interval), so the card shows the same
 * figures as `csat()` would; a bare `value` is shown as given. Problems are pushed to `issues`,
 * each naming its attribute; the return is then `null`.
 */
export function csatFromAttributes(
  host: Element,
  input: CsatAttributes,
  { scale, positiveThreshold }: CsatScaleOptions,
  issues: AttributeIssue[],
): CsatCardData | null {
  const before = issues.length;
  const { value, positive, n } = input;
  const { intervalLow: low, intervalHigh: high } = input;
  const nIssue = checkNumber(host, 'n', n, COUNT);
  for (const issue of [
    checkNumber(host, 'value', value, PERCENT),
    nIssue,
    // Against n only when n itself is valid, so one mistake gives one warning.
    checkNumber(host, 'positive', positive, { ...COUNT, max: nIssue ? undefined : n }),
    checkNumber(host, 'interval-high', high, PERCENT),
    checkNumber(host, 'interval-low', low, { ...PERCENT, max: high }),
    checkPair('interval-low', low, 'interval-high', high),
  ]) {
    if (issue) issues.push(issue);
  }
  const perPoint = readDistribution(input.distribution, scale, issues);
  if (issues.length > before) return null;
  const interval: [number, number] | null = low === undefined ? null : [low, high!];
  const base = { kpi: input.kpi, scale, positiveThreshold, distribution: null, interval };

  let data: CsatCardData;
  if (perPoint) {
    const state = { counts: [...Array<number>(SCALE_RULES[scale].low).fill(0), ...perPoint] };
    data = cardDataOf(
      createCsatAccumulator({ scale, positiveThreshold }, state).result(),
      input.kpi,
    );
    for (const [attribute, given, counted] of [
      ['n', n, data.n],
      ['positive', positive, data.positive],
    ] as const) {
      if (given !== undefined && given !== counted) {
        issues.push({
          attribute,
          message: `${attribute}="${given}" disagrees with distribution, which gives ${counted}`,
        });
      }
    }
  } else if (positive !== undefined) {
    if (n === undefined) {
      issues.push({ attribute: 'n', message: 'positive needs n: give both or neither' });
      return null;
    }
    data = { ...base, value: n > 0 ? (100 * positive) / n : null, n, positive };
    data.interval = wilsonInterval(positive, n);
  } else {
    // No counts: a bare percentage (or nothing yet, which is the empty state, not an error).
    return { ...base, value: n === 0 ? null : (value ?? null), n: n ?? null, positive: null };
  }
  if (
    value !== undefined &&
    data.value !== null &&
    Math.abs(value - data.value) > VALUE_TOLERANCE
  ) {
    issues.push({
      attribute: 'value',
      message: `value="${value}" disagrees with the counts, which give ${data.value.toFixed(1)}`,
    });
  }
  return issues.length > before ? null : { ...data, interval: interval ?? data.interval };
}

/** `distribution`: counts per scale point, lowest first (binary: bad, good). */
function readDistribution(
  raw: CsatAttributes['distribution'],
  scale: CsatScale,
  issues: AttributeIssue[],
): number[] | null {
  if (raw === undefined || raw === null) return null;
  const fail = (message: string) => {
    issues.push({ attribute: 'distribution', message: `distribution ${message}` });
    return null;
  };
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return fail(`is not JSON: expected an array of counts such as [2, 5, 20, 60, 90]`);
    }
  }
  const { points } = SCALE_RULES[scale];
  if (!Array.isArray(data) || data.length !== points.length) {
    const got = Array.isArray(data) ? `${data.length} counts` : JSON.stringify(data);
    return fail(
      `must have one count per point of the ${scale} scale (${points.join(', ')}), got ${got}`,
    );
  }
  for (const [i, count] of data.entries()) {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      return fail(
        `[${i}] (score ${points[i]}) must be a whole number ≥ 0, got ${JSON.stringify(count)}`,
      );
    }
  }
  return data as number[];
}
