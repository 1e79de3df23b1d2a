import { createCsatAccumulator, wilsonInterval, type CsatScale } from '@tablero/core';
import { checkNumber, COUNT, type AttributeIssue } from '../internal/attribute-check.js';
import { cardDataOf, type CsatCardData, type CsatKpi } from './csat-card-data.js';
import { SCALE_RULES } from './csat-scale-rules.js';

/** The attribute way in, as the element holds it after Lit's converters. */
export interface CsatAttributes {
  kpi: CsatKpi;
  scale: CsatScale;
  positiveThreshold: number;
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
  issues: AttributeIssue[],
): CsatCardData | null {
  const before = issues.length;
  const check = (attribute: string, value: unknown, rule = {}) => {
    const issue = checkNumber(host, attribute, value, rule);
    if (issue) issues.push(issue);
  };
  check('value', input.value, PERCENT);
  check('positive', input.positive, COUNT);
  check('n', input.n, COUNT);
  check('interval-low', input.intervalLow, PERCENT);
  check('interval-high', input.intervalHigh, PERCENT);
  const interval = readInterval(input, issues);
  const counts = readDistribution(input, issues);
  if (issues.length > before) return null;

  const base = {
    kpi: input.kpi,
    scale: input.scale,
    positiveThreshold: input.positiveThreshold,
  };
  let data: CsatCardData;
  if (counts) {
    const state = { counts: [...Array<number>(SCALE_RULES[input.scale].low).fill(0), ...counts] };
    const options = { scale: input.scale, positiveThreshold: input.positiveThreshold };
    data = cardDataOf(createCsatAccumulator(options, state).result(), input.kpi);
    if (input.n !== undefined && input.n !== data.n) {
      issues.push({
        attribute: 'n',
        message: `n="${input.n}" is not the sum of distribution (${data.n})`,
      });
    }
    if (input.positive !== undefined && input.positive !== data.positive) {
      issues.push({
        attribute: 'positive',
        message: `positive="${input.positive}" disagrees with distribution, which gives ${data.positive} at threshold ${input.positiveThreshold}`,
      });
    }
  } else if (input.positive !== undefined) {
    if (input.n === undefined) {
      issues.push({ attribute: 'n', message: 'positive needs n: give both or neither' });
      return null;
    }
    if (input.positive > input.n) {
      issues.push({
        attribute: 'positive',
        message: `positive="${input.positive}" is more than n="${input.n}"`,
      });
      return null;
    }
    const { positive, n } = input;
    const value = n > 0 ? (100 * positive) / n : null;
    data = {
      ...base,
      value,
      n,
      positive,
      distribution: null,
      interval: wilsonInterval(positive, n),
    };
  } else {
    // No counts: a bare percentage (or nothing yet, which is the empty state, not an error).
    const value = input.value === undefined || input.n === 0 ? null : input.value;
    data = { ...base, value, n: input.n ?? null, positive: null, distribution: null, interval };
    return data;
  }
  if (input.value !== undefined && data.value !== null) {
    if (Math.abs(input.value - data.value) > VALUE_TOLERANCE) {
      issues.push({
        attribute: 'value',
        message: `value="${input.value}" disagrees with the counts, which give ${data.value.toFixed(1)}`,
      });
    }
  }
  if (issues.length > before) return null;
  return { ...data, interval: interval ?? data.interval };
}

function readInterval(input: CsatAttributes, issues: AttributeIssue[]): [number, number] | null {
  const low = input.intervalLow;
  const high = input.intervalHigh;
  if (low === undefined && high === undefined) return null;
  if (low === undefined || high === undefined) {
    issues.push({
      attribute: low === undefined ? 'interval-low' : 'interval-high',
      message: 'interval-low and interval-high go together: give both or neither',
    });
    return null;
  }
  if (low > high) {
    issues.push({
      attribute: 'interval-low',
      message: `interval-low="${low}" is above interval-high="${high}"`,
    });
    return null;
  }
  return [low, high];
}

/** `distribution`: counts per scale point, lowest first (binary: bad, good). */
function readDistribution(input: CsatAttributes, issues: AttributeIssue[]): number[] | null {
  const raw = input.distribution;
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
  const { points } = SCALE_RULES[input.scale];
  if (!Array.isArray(data) || data.length !== points.length) {
    const got = Array.isArray(data) ? `${data.length} counts` : JSON.stringify(data);
    return fail(
      `must have one count per point of the ${input.scale} scale (${points.join(', ')}), got ${got}`,
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
