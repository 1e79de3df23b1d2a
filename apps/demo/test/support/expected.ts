import {
  compare,
  csat,
  firstResponseTime,
  nps,
  previousPeriod,
  resolutionTime,
  ticketVolume,
  weekdayHourMatrix,
  type CalendarPeriod,
  type Period,
  type SurveyResponse,
  type Ticket,
} from '@tablero/core';

// The SLA targets are restated rather than imported: the test states what the page promises.
const FRT_SLA = 8 * 60;
const RT_SLA = 2 * 24 * 60;

/** What the dashboard must show for a period, computed with core's batch functions. */
export function expectedFor(
  tickets: readonly Ticket[],
  surveys: readonly SurveyResponse[],
  period: CalendarPeriod,
) {
  const at = (p: Period) => ({
    frt: firstResponseTime(tickets, { period: p, sla: FRT_SLA }),
    rt: resolutionTime(tickets, { period: p, sla: RT_SLA }),
    volume: ticketVolume(tickets, { period: p, by: 'channel', timeZone: period.timeZone }),
    matrix: weekdayHourMatrix(tickets, { period: p, timeZone: period.timeZone }),
    nps: nps(
      surveys.filter((s) => s.kind === 'nps'),
      { period: p },
    ),
    csat: csat(
      surveys.filter((s) => s.kind === 'csat'),
      { period: p },
    ),
  });
  const current = at(period);
  const before = at(previousPeriod(period));
  return {
    current,
    before,
    frtChange: compare(current.frt, before.frt),
    rtChange: compare(current.rt, before.rt),
    volumeChange: compare(current.volume, before.volume),
  };
}

/** The figures of the FRT, RT, SLA and volume tiles, keyed as the page's `data-kpi`. */
export function expectedFigures(e: ReturnType<typeof expectedFor>): Record<string, number | null> {
  const out: Record<string, number | null> = {
    'frt-median': e.current.frt.median,
    'frt-p90': e.current.frt.p90,
    'frt-n': e.current.frt.n,
    'frt-previous': e.before.frt.median,
    'rt-median': e.current.rt.median,
    'rt-p90': e.current.rt.p90,
    'rt-n': e.current.rt.n,
    'rt-previous': e.before.rt.median,
    'frt-sla': e.current.frt.sla!.value,
    'rt-sla': e.current.rt.sla!.value,
    'volume-total': e.current.volume.n,
  };
  for (const b of e.current.volume.breakdown) out[`volume-${b.key ?? 'none'}`] = b.count;
  return out;
}
