import {
  TableroValidationError,
  recordRef,
  type RejectedRecord,
  type ValidationMode,
} from '../errors.js';
import type { PeriodUnit } from '../schema/enums.js';
import { tryEpochMs, type InstantInput } from '../time/instant.js';
import { periodOf, periodsBetween, type CalendarPeriod } from '../time/period.js';

export interface ByPeriodOptions {
  every: PeriodUnit;
  /** Default `UTC`. */
  timeZone?: string;
  weekStart?: number;
  /** The timestamp field that places a record; default the first of `answeredAt`, `createdAt`, `orderedAt`, `at` it has. */
  field?: string;
  /** Range of the series; default from the first to the last record. Empty periods inside are kept. */
  from?: InstantInput;
  to?: InstantInput;
  mode?: ValidationMode;
}

export interface PeriodPoint<R> {
  period: CalendarPeriod;
  label: string;
  result: R;
}

export interface PeriodSeries<R> {
  every: PeriodUnit;
  timeZone: string;
  points: PeriodPoint<R>[];
  rejected: RejectedRecord[];
}

const DEFAULT_FIELDS = ['answeredAt', 'createdAt', 'orderedAt', 'at'] as const;

/**
 * Splits records into consecutive calendar periods in a zone and applies a KPI function to each
 * (KPI-SPEC §Periods: the report must be *evolutivo*). Records outside `from`/`to` are left out
 * of the series, not rejected.
 *
 * @example byPeriod(answers, (a) => nps(a), { every: 'month', timeZone: 'Europe/Madrid' })
 */
export function byPeriod<T, R>(
  records: readonly T[],
  kpi: (records: T[]) => R,
  options: ByPeriodOptions,
): PeriodSeries<R> {
  const timeZone = options.timeZone ?? 'UTC';
  const calendar = {
    timeZone,
    ...(options.weekStart === undefined ? {} : { weekStart: options.weekStart }),
  };
  const rejected: RejectedRecord[] = [];
  const placed: { at: number; record: T }[] = [];
  records.forEach((record, index) => {
    const field =
      options.field ??
      DEFAULT_FIELDS.find((f) => record !== null && typeof record === 'object' && f in record);
    const at = field ? tryEpochMs((record as Record<string, unknown>)[field]) : undefined;
    if (at !== undefined) {
      placed.push({ at, record });
      return;
    }
    const ref = recordRef(index, record);
    const issue = {
      ...ref,
      path: field ? [field] : [],
      message: field
        ? 'not an instant, so the record cannot be placed in a period'
        : 'no timestamp field to place the record in a period (pass options.field)',
    };
    if ((options.mode ?? 'strict') === 'strict')
      throw new TableroValidationError('byPeriod', [issue]);
    rejected.push({ ...ref, record, issues: [issue] });
  });
  // A loop, not Math.min(...all): spreading a million arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const { at } of placed) {
    if (at < first) first = at;
    if (at > last) last = at;
  }
  const from = options.from !== undefined ? tryEpochMs(options.from) : first;
  const to = options.to !== undefined ? tryEpochMs(options.to) : last + 1;
  if (from === undefined || to === undefined)
    throw new RangeError('byPeriod: from/to must be instants');
  const periods =
    placed.length || options.from !== undefined
      ? periodsBetween({ from, to }, options.every, calendar)
      : [];
  const buckets = new Map<string, T[]>(periods.map((p) => [p.label, []]));
  for (const { at, record } of placed) {
    if (at < from || at >= to) continue;
    buckets.get(periodOf(at, options.every, calendar).label)?.push(record);
  }
  return {
    every: options.every,
    timeZone,
    points: periods.map((period) => ({
      period,
      label: period.label,
      result: kpi(buckets.get(period.label)!),
    })),
    rejected,
  };
}
