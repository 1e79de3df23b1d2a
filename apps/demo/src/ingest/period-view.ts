import {
  compare,
  createCsatAccumulator,
  createFirstResponseTimeAccumulator,
  createNpsAccumulator,
  createResolutionTimeAccumulator,
  createTicketVolumeAccumulator,
  createWeekdayHourAccumulator,
  periodOf,
  periodsBetween,
  previousPeriod,
  type CalendarPeriod,
  type ComparisonResult,
  type DurationResult,
  type Period,
} from '@tablero/core';
import type { MonthState } from './month-buckets.js';
import { FRT_SLA_MINUTES, RT_SLA_MINUTES } from './sla-targets.js';

export type PeriodUnitChoice = 'month' | 'quarter' | 'year';
export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const satisfies PeriodUnitChoice[];

/** Every KPI of the dashboard for one period, computed by merging the months inside it. */
export function resultsFor(months: Record<string, MonthState>, period: Period, timeZone: string) {
  const inside = periodsBetween(period, 'month', { timeZone })
    .map((m) => months[m.label])
    .filter((m): m is MonthState => m !== undefined);
  const frt = createFirstResponseTimeAccumulator({ period, sla: FRT_SLA_MINUTES });
  const rt = createResolutionTimeAccumulator({ period, sla: RT_SLA_MINUTES });
  const volume = createTicketVolumeAccumulator({ period, by: 'channel', timeZone });
  const matrix = createWeekdayHourAccumulator({ period, timeZone });
  const nps = createNpsAccumulator({ period });
  const csat = createCsatAccumulator({ period });
  for (const m of inside) {
    frt.merge(m.frt);
    rt.merge(m.rt);
    volume.merge(m.volume);
    matrix.merge(m.matrix);
    nps.merge(m.nps);
    csat.merge(m.csat);
  }
  return {
    frt: frt.result(),
    rt: rt.result(),
    volume: volume.result(),
    matrix: matrix.result(),
    nps: nps.result(),
    csat: csat.result(),
  };
}
export type PeriodResults = ReturnType<typeof resultsFor>;

export interface DashboardView {
  period: CalendarPeriod;
  previous: Period & Partial<CalendarPeriod>;
  current: PeriodResults;
  before: PeriodResults;
  comparisons: {
    frt: ComparisonResult;
    rt: ComparisonResult;
    frtSla: ComparisonResult;
    rtSla: ComparisonResult;
    volume: ComparisonResult;
  };
  /** Monthly CSAT for the card's sparkline, in `byPeriod`'s shape. */
  csatSeries: {
    points: { label: string; period: CalendarPeriod; result: PeriodResults['csat'] }[];
  };
}

const slaOf = (r: DurationResult<string>) => ({ value: r.sla?.value ?? null });

/** The selected period, the one before it, and their comparison (core `previousPeriod`, `compare`). */
export function dashboardView(
  months: Record<string, MonthState>,
  anchor: number,
  unit: PeriodUnitChoice,
  timeZone: string,
): DashboardView {
  const period = periodOf(anchor, unit, { timeZone });
  const previous = previousPeriod(period);
  const current = resultsFor(months, period, timeZone);
  const before = resultsFor(months, previous, timeZone);
  const series = periodsBetween(
    { from: previousPeriod(periodOf(anchor, 'year', { timeZone })).to, to: period.to },
    'month',
    { timeZone },
  ).map((m) => {
    const acc = createCsatAccumulator({ period: m });
    const state = months[m.label];
    if (state) acc.merge(state.csat);
    return { label: m.label, period: m, result: acc.result() };
  });
  return {
    period,
    previous,
    current,
    before,
    comparisons: {
      frt: compare(current.frt, before.frt),
      rt: compare(current.rt, before.rt),
      frtSla: compare(slaOf(current.frt), slaOf(before.frt), 'sla', { polarity: 'higher' }),
      rtSla: compare(slaOf(current.rt), slaOf(before.rt), 'sla', { polarity: 'higher' }),
      volume: compare(current.volume, before.volume),
    },
    csatSeries: { points: series },
  };
}

/** The periods a user can pick: every one of `unit` that holds data, newest first. */
export function periodChoices(
  months: Record<string, MonthState>,
  unit: PeriodUnitChoice,
  timeZone: string,
): CalendarPeriod[] {
  const seen = new Map<string, CalendarPeriod>();
  for (const label of Object.keys(months).sort()) {
    if (!months[label]!.records) continue;
    const [year, month] = label.split('-').map(Number) as [number, number];
    // Noon of the 15th in the zone's month: safely inside it whatever the offset.
    const inside = Date.UTC(year, month - 1, 15, 12);
    const p = periodOf(inside, unit, { timeZone });
    seen.set(p.label, p);
  }
  return [...seen.values()].reverse();
}
