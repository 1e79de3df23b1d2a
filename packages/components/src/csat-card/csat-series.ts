import type { CsatResult, Period, PeriodPoint, PeriodSeries } from '@tablero/core';

/**
 * What `series` accepts: core's `byPeriod` output, its `points`, bare CSAT results, or bare
 * CSAT percentages (`null` for a period without answers).
 */
export type CsatSeriesInput =
  | Pick<PeriodSeries<CsatResult>, 'points'>
  | readonly PeriodPoint<CsatResult>[]
  | readonly CsatResult[]
  | readonly (number | null)[];

/** One period of the trend, whichever shape it came in. */
export interface CsatSeriesEntry {
  /** `byPeriod`'s label (`2026-03`), or `null` when none was given. */
  label: string | null;
  period: Period | null;
  /** CSAT %, `null` for a period without answers. */
  value: number | null;
  /** Answers in the period; `null` when only a percentage was given. */
  n: number | null;
}

export type ParsedSeries = { ok: true; entries: CsatSeriesEntry[] } | { ok: false; reason: string };

/**
 * Normalises every shape `series` takes into one list, oldest first as given; a string is the
 * `series` attribute, JSON of percentages (`[81.9, 80.2, null, 82]`) or of
 * `{ "label": "2025-01", "value": 81.9, "n": 282 }` objects. Never throws: the first bad entry
 * is named, so the element can show its invalid state instead of drawing a line with a silent
 * hole.
 */
export function csatSeries(input: unknown): ParsedSeries {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'is not JSON: expected an array such as [81.9, 80.2, 82]' };
    }
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.points : undefined;
  if (!Array.isArray(list)) {
    return { ok: false, reason: 'must be an array of CSAT % or results, or byPeriod output' };
  }
  const entries: CsatSeriesEntry[] = [];
  for (const [index, item] of list.entries()) {
    const entry = readEntry(item);
    if (!entry) {
      const got = JSON.stringify(item)?.slice(0, 60);
      return {
        ok: false,
        reason: `entry ${index} is not a CSAT % (0–100 or null) or result: ${got}`,
      };
    }
    entries.push(entry);
  }
  return { ok: true, entries };
}

/** One period, or `null` when it is none of the accepted shapes. */
function readEntry(item: unknown): CsatSeriesEntry | null {
  const entry = item === null || typeof item === 'number' ? { value: item } : item;
  if (!isObject(entry)) return null;
  const point = isObject(entry.result) ? entry : undefined;
  const result = (point?.result ?? entry) as Record<string, unknown>;
  const { value, n = null } = result;
  const label = point?.label ?? entry.label ?? null;
  const valid =
    (value === null || (typeof value === 'number' && isPercent(value))) &&
    (n === null || isCount(n)) &&
    (label === null || typeof label === 'string');
  if (!valid) return null;
  const period = (point?.period ?? result.period ?? null) as Period | null;
  return {
    label: label as string | null,
    period,
    value: value as number | null,
    n: n as number | null,
  };
}

const isPercent = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
