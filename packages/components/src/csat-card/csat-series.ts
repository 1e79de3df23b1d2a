import type { CsatResult, Period, PeriodPoint, PeriodSeries } from '@tablero/core';

/** What `series` accepts: core's `byPeriod` output, its `points`, or bare CSAT results. */
export type CsatSeriesInput =
  | Pick<PeriodSeries<CsatResult>, 'points'>
  | readonly PeriodPoint<CsatResult>[]
  | readonly CsatResult[];

export interface CsatSeriesEntry {
  /** `byPeriod`'s label (`2026-03`) or `null` for a bare result. */
  label: string | null;
  period: Period | null;
  result: CsatResult;
}

/**
 * Normalises the three shapes `series` takes into one list, oldest first as given. Throws a
 * `TypeError` naming the first bad entry, so the component can show its invalid state and say
 * which point was wrong instead of drawing a line with a silent hole.
 */
export function csatSeries(input: CsatSeriesInput): CsatSeriesEntry[] {
  const list: readonly unknown[] | undefined = Array.isArray(input)
    ? input
    : isObject(input) && Array.isArray(input.points)
      ? input.points
      : undefined;
  if (!list) {
    throw new TypeError(
      'series: expected byPeriod output, its points, or an array of CSAT results',
    );
  }
  return list.map((item, index) => {
    const point = isObject(item) && isObject(item.result) ? item : undefined;
    const result = point ? point.result : item;
    if (!isCsatLike(result)) {
      throw new TypeError(
        `series[${index}]: expected a CSAT result ({ value: number | null, n: number ≥ 0 })`,
      );
    }
    return {
      label: point && typeof point.label === 'string' ? point.label : null,
      period: (point?.period as Period | undefined) ?? result.period ?? null,
      result,
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCsatLike(value: unknown): value is CsatResult {
  if (!isObject(value)) return false;
  const { value: v, n } = value;
  const valueOk = v === null || (typeof v === 'number' && Number.isFinite(v));
  return valueOk && typeof n === 'number' && Number.isInteger(n) && n >= 0;
}
