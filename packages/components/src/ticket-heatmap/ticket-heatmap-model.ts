import {
  isValidTimeZone,
  weekdayHourFirstResponse,
  weekdayHourMatrix,
  type BusinessSchedule,
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
  HOURS,
  sourceFromCounts,
  sourceFromResult,
  type HeatmapGrid,
  type HeatmapMode,
  type HeatmapSource,
} from './heatmap-grid.js';
import { parseCounts } from './parse-counts.js';
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
  schedule?: BusinessSchedule | null | undefined;
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
 * attribute. Never throws: bad input becomes an `invalid` model naming the attribute or
 * property; a failure inside the computation becomes `error`.
 */
export function ticketHeatmapModel(input: TicketHeatmapInput): TicketHeatmapModel {
  const issues: AttributeIssue[] = [];
  const mode = readMode(input.mode, issues);
  const zoneAttribute = readTimeZone(input.timeZone, issues);
  const weekStart = readWeekStart(input, issues);
  if (issues.length) return { state: 'invalid', issues };
  const timeZone = zoneAttribute ?? browserTimeZone();
  try {
    let source: HeatmapSource;
    let rejected: RejectedRecord[] = [];
    if (input.tickets != null) {
      if (!Array.isArray(input.tickets)) return invalid('tickets', 'tickets must be an array');
      const options = { timeZone, weekStart, mode: 'lenient' as const };
      const period = input.period ?? undefined;
      const result =
        mode === 'frt'
          ? weekdayHourFirstResponse(input.tickets, {
              ...options,
              period,
              schedule: input.schedule ?? undefined,
            })
          : weekdayHourMatrix(input.tickets, { ...options, period });
      rejected = result.rejected;
      source = sourceFromResult(result);
    } else if (input.result != null) {
      const problem = checkResult(input.result);
      if (problem) return invalid('result', problem);
      // A result is already bucketed: a different zone on the element would caption it wrongly.
      if (zoneAttribute !== undefined && zoneAttribute !== input.result.timeZone) {
        return invalid(
          'time-zone',
          `time-zone="${zoneAttribute}" differs from the result's zone "${input.result.timeZone}"; ` +
            'compute the result in that zone, or remove the attribute',
        );
      }
      source = sourceFromResult(input.result);
    } else if (input.counts != null) {
      if (mode === 'frt') {
        return invalid(
          'mode',
          'mode="frt" needs tickets or a weekdayHourFirstResponse result; counts holds volumes',
        );
      }
      const parsed = parseCounts(input.counts);
      if (!parsed.ok) return invalid('counts', `counts ${parsed.message}`);
      source = sourceFromCounts(parsed.rows, timeZone);
    } else {
      source = sourceFromCounts(emptyRows(), timeZone);
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

function readMode(mode: string, issues: AttributeIssue[]): HeatmapMode {
  if ((HEATMAP_MODES as readonly string[]).includes(mode)) return mode as HeatmapMode;
  issues.push({
    attribute: 'mode',
    message: `mode="${mode}" is not one of ${HEATMAP_MODES.join(', ')}`,
  });
  return 'volume';
}

function readTimeZone(value: string | null | undefined, issues: AttributeIssue[]) {
  if (value == null) return undefined;
  if (value.trim() !== '' && isValidTimeZone(value)) return value;
  issues.push({
    attribute: 'time-zone',
    message: `time-zone="${value}" is not an IANA time zone (e.g. Europe/Madrid)`,
  });
  return undefined;
}

function readWeekStart(input: TicketHeatmapInput, issues: AttributeIssue[]): IsoWeekday {
  if (input.weekStart == null) return localeWeekStart(input.locale);
  const parsed = parseWeekStart(input.weekStart);
  if (parsed !== null) return parsed;
  issues.push({
    attribute: 'week-start',
    message: `week-start="${input.weekStart}" is not 1–7 (ISO, 7 = Sunday) or a weekday name`,
  });
  return 1;
}

/** A problem with a `result` object, or null when it is a core weekday × hour result. */
function checkResult(result: unknown): string | null {
  const r = result as Omit<Partial<WeekdayHourFirstResponseResult>, 'kpi'> & { kpi?: unknown };
  const expected =
    'result must be a weekdayHourMatrix or weekdayHourFirstResponse result from @tablero/core';
  if (typeof r !== 'object' || r === null) return expected;
  if (r.kpi !== 'weekdayHour' && r.kpi !== 'weekdayHourFirstResponse') return expected;
  if (!Array.isArray(r.weekdays) || !hasEveryWeekday(r.weekdays)) {
    return `${expected}: weekdays must name each ISO weekday 1–7 once`;
  }
  if (typeof r.timeZone !== 'string') return `${expected}: timeZone is missing`;
  const isGrid = (rows: unknown, cell: (v: unknown) => boolean) =>
    Array.isArray(rows) &&
    rows.length === 7 &&
    rows.every((row) => Array.isArray(row) && row.length === HOURS && row.every(cell));
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!isGrid(r.counts, count)) return `${expected}: counts must be 7 rows of 24 whole numbers`;
  if (r.kpi === 'weekdayHourFirstResponse') {
    const median = (v: unknown) => v === null || (typeof v === 'number' && v >= 0);
    if (!isGrid(r.medians, median))
      return `${expected}: medians must be 7 rows of 24 minutes or null`;
  }
  return null;
}

const emptyRows = () => Array.from({ length: 7 }, () => Array<number>(HOURS).fill(0));

const invalid = (attribute: string, message: string): TicketHeatmapModel => ({
  state: 'invalid',
  issues: [{ attribute, message }],
});
