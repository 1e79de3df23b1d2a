import {
  isValidTimeZone,
  weekdayHourMatrix,
  type PeriodInput,
  type RejectedRecord,
  type TicketInput,
  type WeekdayHourFirstResponseResult,
  type WeekdayHourResult,
} from '@tablero/core';
import type { AttributeIssue } from '../internal/attribute-check.js';
import { heatmapBins, type HeatmapBins } from './heatmap-bins.js';
import {
  hasEveryWeekday,
  heatmapGrid,
  HEATMAP_MODES,
  sourceFromCounts,
  type HeatmapGrid,
  type HeatmapSource,
} from './heatmap-grid.js';
import { gridProblem, parseCounts } from './parse-counts.js';
import { localeWeekStart, parseWeekStart, type IsoWeekday } from './week-start.js';

export type HeatmapResult = WeekdayHourResult | WeekdayHourFirstResponseResult;

/** Every input of the heatmap, as the element holds it (properties and raw attributes). */
export interface TicketHeatmapInput {
  /** `mode` attribute: `volume` (default) or `frt`. */
  mode: string;
  /** Raw `counts` attribute (JSON). */
  counts?: string | null | undefined;
  /** Raw `time-zone` attribute; absent → the browser's zone. */
  timeZone?: string | null | undefined;
  /** Raw `week-start` attribute; absent → the locale's. */
  weekStart?: string | null | undefined;
  /** Colour classes wanted (`steps` attribute). */
  steps?: number | undefined;
  /** The locale in force, for the week start. */
  locale: string;
  result?: HeatmapResult | null | undefined;
  tickets?: readonly TicketInput[] | null | undefined;
  period?: PeriodInput | null | undefined;
}

interface Shown {
  grid: HeatmapGrid;
  bins: HeatmapBins;
  weekStart: IsoWeekday;
  rejected: RejectedRecord[];
}

export type TicketHeatmapModel =
  | { state: 'invalid'; issues: AttributeIssue[] }
  | { state: 'error'; message: string }
  | ({ state: 'empty' } & Shown)
  | ({ state: 'ready' } & Shown);

/** The zone the viewer's browser is in: the default, shown in the caption so it is never implicit. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Turns the heatmap's inputs into what it shows. The three ways in, by precedence: raw
 * `tickets` (bucketed by `@tablero/core` in `time-zone`), a `result` object, then the `counts`
 * attribute. FRT mode draws a `weekdayHourFirstResponse` result only: computing it here from
 * tickets would bundle core's business-time and quantile code (1.7 kB min+gzip) into every
 * page, over the element's 20 kB budget, so a page that wants FRT calls core itself. Never
 * throws: bad input becomes an `invalid` model naming the attribute or property; a failure
 * inside the computation becomes `error`.
 */
export function ticketHeatmapModel(input: TicketHeatmapInput): TicketHeatmapModel {
  const issues: AttributeIssue[] = [];
  const bad = (attribute: string, value: string, why: string) =>
    issues.push({ attribute, message: `${attribute}="${value}" ${why}` });
  const { mode, timeZone: zoneAttribute } = input;
  if (!(HEATMAP_MODES as readonly string[]).includes(mode)) {
    bad('mode', mode, `is not one of ${HEATMAP_MODES.join(', ')}`);
  }
  if (zoneAttribute != null && !(zoneAttribute.trim() && isValidTimeZone(zoneAttribute))) {
    bad('time-zone', zoneAttribute, 'is not an IANA time zone (e.g. Europe/Madrid)');
  }
  const weekStart =
    input.weekStart == null ? localeWeekStart(input.locale) : parseWeekStart(input.weekStart);
  if (weekStart === null) {
    bad('week-start', input.weekStart!, 'is not 1–7 (ISO, 7 = Sunday) or a weekday name');
  }
  if (issues.length || weekStart === null) return { state: 'invalid', issues };
  const timeZone = zoneAttribute ?? browserTimeZone();
  try {
    let source: HeatmapSource;
    let rejected: RejectedRecord[] = [];
    if (mode === 'frt' && input.result == null && (input.tickets ?? input.counts) != null) {
      return invalid(
        'mode',
        'mode="frt" draws a weekdayHourFirstResponse result from @tablero/core (.result); ' +
          'tickets and counts give volumes',
      );
    }
    if (input.tickets != null) {
      if (!Array.isArray(input.tickets)) return invalid('tickets', 'tickets must be an array');
      const result = weekdayHourMatrix(input.tickets, {
        timeZone,
        weekStart,
        mode: 'lenient',
        period: input.period ?? undefined,
      });
      rejected = result.rejected;
      source = result;
    } else if (input.result != null) {
      const problem = checkResult(input.result);
      if (problem) return invalid('result', problem);
      // A result is already bucketed: a different zone on the element would caption it wrongly.
      if (zoneAttribute != null && zoneAttribute !== input.result.timeZone) {
        return invalid(
          'time-zone',
          `time-zone="${zoneAttribute}" differs from the result's zone "${input.result.timeZone}"`,
        );
      }
      source = input.result;
    } else if (input.counts != null) {
      const parsed = parseCounts(input.counts);
      if (!parsed.ok) return invalid('counts', parsed.message);
      source = sourceFromCounts(parsed.rows, timeZone);
    } else {
      // No data yet: missing rows read as zeros, an empty grid.
      source = sourceFromCounts([], timeZone);
    }
    const grid = heatmapGrid(source, weekStart);
    const bins = heatmapBins(grid.max, grid.mode === 'frt' ? 'duration' : 'count', input.steps);
    const empty = grid.mode === 'frt' ? grid.peak === null : grid.total === 0;
    return { state: empty ? 'empty' : 'ready', grid, bins, weekStart, rejected };
  } catch (error) {
    // Core's errors name the record and field; an unknown zone etc. is reported as is.
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A problem with a `result` object, or null when it is a core weekday × hour result. */
function checkResult(result: unknown): string | null {
  const r = result as Partial<
    Record<'kpi' | 'weekdays' | 'timeZone' | 'counts' | 'medians', unknown>
  >;
  const expected =
    'result must be a weekdayHourMatrix or weekdayHourFirstResponse result from @tablero/core';
  const frt = r?.kpi === 'weekdayHourFirstResponse';
  // A primitive has no such kpi either, so this also refuses strings and numbers.
  if (r?.kpi !== 'weekdayHour' && !frt) return expected;
  if (!Array.isArray(r.weekdays) || !hasEveryWeekday(r.weekdays)) {
    return `${expected}: weekdays must name each ISO weekday 1–7 once`;
  }
  if (typeof r.timeZone !== 'string') return `${expected}: timeZone is missing`;
  const problem =
    gridProblem(r.counts, 'result.counts') ??
    (frt
      ? gridProblem(
          r.medians,
          'result.medians',
          (v) => v === null || (typeof v === 'number' && v >= 0),
          'minutes ≥ 0 or null',
        )
      : null);
  return problem && `${expected}: ${problem}`;
}

const invalid = (attribute: string, message: string): TicketHeatmapModel => ({
  state: 'invalid',
  issues: [{ attribute, message }],
});
