import {
  createChurnSeriesAccumulator,
  lightZoneClock,
  periodIn,
  runLenientBatch,
  tryEpochMs,
  type ChurnSeriesResult,
  type CustomerInput,
  type LightZoneClock,
  type RejectedRecord,
} from '@tablero/core';
import { checkNumber, type AttributeIssue } from '../internal/attribute-check.js';
import { parsePoints } from './parse-points.js';
import { pointsFromSeries, type TrendPoint } from './trend-point.js';
import { TREND_SERIES, type TrendSeries } from './trend-scales.js';

/** The period lengths `churnSeries` supports. */
export const CHURN_EVERY = ['week', 'month', 'quarter'] as const;
export type ChurnEvery = (typeof CHURN_EVERY)[number];

/** How many periods the chart shows when `from` is not given. */
export const DEFAULT_PERIODS = 12;

/** Every input of the chart, as the element holds it (properties and parsed attributes). */
export interface ChurnTrendInput {
  metric: string;
  target?: number | undefined;
  points?: string | readonly unknown[] | null | undefined;
  result?: unknown;
  customers?: readonly CustomerInput[] | null | undefined;
  from?: string | number | Date | null | undefined;
  to?: string | number | Date | null | undefined;
  every?: string | undefined;
  timeZone?: string | null | undefined;
  weekStart?: number | undefined;
  asOf?: string | number | Date | null | undefined;
}

interface Shown {
  metric: TrendSeries;
  target: number | null;
  /** The zone periods were cut in, when the element computed them (named in the table caption). */
  timeZone: string | null;
  rejected: RejectedRecord[];
}

export type ChurnTrendModel =
  | { state: 'invalid'; issues: AttributeIssue[] }
  | { state: 'error'; message: string }
  | ({ state: 'empty'; points: TrendPoint[] } & Shown)
  | ({ state: 'ready'; points: TrendPoint[] } & Shown);

const PERCENT = { min: 0, max: 100 };
const WEEKDAY = { min: 1, max: 7, integer: true };

/**
 * Turns the chart's inputs into what it shows. The three ways in, by precedence: raw
 * `customers` (through `churnSeries` of `@tablero/core`), a `result` from `churnSeries`, then the
 * `points` attribute. Never throws: bad input becomes an `invalid` model naming the attribute or
 * property, and a failure inside the computation becomes an `error` model.
 */
export function churnTrendModel(host: Element, input: ChurnTrendInput): ChurnTrendModel {
  const issues: AttributeIssue[] = [];
  const metric = oneOf('metric', input.metric, TREND_SERIES, issues);
  push(issues, checkNumber(host, 'target', input.target, PERCENT));
  try {
    let points: TrendPoint[] | null = null;
    let rejected: RejectedRecord[] = [];
    let timeZone: string | null = null;
    if (input.customers != null) {
      const computed = fromCustomers(host, input, input.customers, issues);
      if (computed) ({ points, rejected, timeZone } = computed);
    } else if (input.result != null) {
      if (isChurnSeries(input.result)) points = pointsFromSeries(input.result);
      else
        fail(
          issues,
          'result',
          'result must be a churnSeries result from @tablero/core ({ points: [{ label, value, start, lost, complete }] })',
        );
    } else if (input.points != null) {
      const given = input.points;
      const parsed = parsePoints(typeof given === 'string' ? given : JSON.stringify(given));
      if (parsed.ok) points = parsed.points;
      else fail(issues, 'points', `points ${parsed.reason}`);
    } else {
      points = [];
    }
    if (issues.length || !points) return { state: 'invalid', issues };
    const state = points.some((p) => p.rate !== null) ? 'ready' : 'empty';
    return { state, points, metric: metric!, target: input.target ?? null, timeZone, rejected };
  } catch (error) {
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function fromCustomers(
  host: Element,
  input: ChurnTrendInput,
  customers: readonly CustomerInput[],
  issues: AttributeIssue[],
) {
  const before = issues.length;
  if (!Array.isArray(customers))
    return fail(issues, 'customers', 'customers must be an array of Customer records');
  const every = oneOf('every', input.every ?? 'month', CHURN_EVERY, issues);
  const timeZone = input.timeZone || browserTimeZone();
  // Only boundaries are cut here: the light clock keeps core's offset table out of the bundle.
  let clock: LightZoneClock | undefined;
  try {
    clock = lightZoneClock(timeZone);
  } catch {
    fail(issues, 'time-zone', `time-zone="${timeZone}" is not an IANA time zone`);
  }
  push(issues, checkNumber(host, 'week-start', input.weekStart, WEEKDAY));
  const asOf = input.asOf == null ? Date.now() : tryEpochMs(input.asOf);
  if (asOf === undefined) badInstant(issues, 'as-of', input.asOf);
  if (issues.length > before) return null;

  const unit = every!;
  const calendar = { timeZone, weekStart: input.weekStart };
  const from = input.from == null ? undefined : readBoundary(input.from, timeZone);
  const to = input.to == null ? undefined : readBoundary(input.to, timeZone);
  if (from === null) badInstant(issues, 'from', input.from);
  if (to === null) badInstant(issues, 'to', input.to);
  if (from != null && to != null && to <= from)
    fail(issues, 'to', `to="${String(input.to)}" is not after from="${String(input.from)}"`);
  if (issues.length > before || from === null || to === null) return null;

  // Without a range: the last DEFAULT_PERIODS periods, ending with the one running at `asOf`.
  const last = periodIn(clock!, to === undefined ? asOf! : to - 1, unit, calendar);
  let first = last;
  if (from === undefined) {
    for (let i = 1; i < DEFAULT_PERIODS; i++)
      first = periodIn(clock!, first.from - 1, unit, calendar);
  }
  // `churnSeries` in lenient mode, without the strict-mode error machinery in the bundle.
  const series = runLenientBatch(
    createChurnSeriesAccumulator({
      ...calendar,
      from: from ?? first.from,
      to: to ?? last.to,
      every: unit,
      asOf: asOf!,
    }),
    customers,
  );
  // A period that has not begun has no cohort yet; core would report it as 0% churn.
  const begun = series.points.filter((p) => p.period.from <= asOf!);
  return { points: pointsFromSeries({ points: begun }), rejected: series.rejected, timeZone };
}

const DATE_ONLY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * A range boundary: an instant (epoch ms, ISO-8601 with offset, Date) or, for plain HTML, a
 * calendar date `2025-01-01` or month `2025-01` read as local midnight in the chart's zone,
 * which is unambiguous once the zone is known. `null` when it is neither.
 */
export function readBoundary(value: string | number | Date, timeZone: string): number | null {
  const ms = tryEpochMs(value);
  if (ms !== undefined) return ms;
  const [, year, month, day = '01'] =
    (typeof value === 'string' && DATE_ONLY.exec(value.trim())) || [];
  // Core's instant reader refuses a date that does not exist (2025-02-30, month 13).
  if (!year || tryEpochMs(`${year}-${month}-${day}T00:00Z`) === undefined) return null;
  return lightZoneClock(timeZone).instantOf(+year, +month!, +day);
}

const badInstant = (issues: AttributeIssue[], attribute: string, value: unknown) =>
  fail(
    issues,
    attribute,
    `${attribute}="${String(value)}" is not a date (2025-01-31), a month (2025-01) or an ISO-8601 instant with offset`,
  );

/** Records an issue naming `attribute`; `null`, for a caller that gives up there. */
function fail(issues: AttributeIssue[], attribute: string, message: string): null {
  issues.push({ attribute, message });
  return null;
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function isChurnSeries(value: unknown): value is Pick<ChurnSeriesResult, 'points'> {
  const points = (value as { points?: unknown }).points;
  // `Number.isInteger` and `Number.isFinite` are false for anything but a number.
  const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  return (
    Array.isArray(points) &&
    points.every(
      (p?: Record<string, unknown>) =>
        typeof p?.label === 'string' &&
        (p.value === null || Number.isFinite(p.value)) &&
        count(p.start) &&
        count(p.lost) &&
        typeof p.complete === 'boolean',
    )
  );
}

/** `value` when it is one of `allowed`, else `null` and an issue naming the attribute. */
function oneOf<T extends string>(
  attribute: string,
  value: string,
  allowed: readonly T[],
  issues: AttributeIssue[],
): T | null {
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(issues, attribute, `${attribute}="${value}" is not one of ${allowed.join(', ')}`);
}

const push = (issues: AttributeIssue[], issue: AttributeIssue | null) =>
  issue && issues.push(issue);
