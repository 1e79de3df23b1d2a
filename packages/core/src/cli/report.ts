#!/usr/bin/env node
// `npm start` until the demo app exists: the core's KPIs on the embedded sample dataset, for the
// last month of the dataset against the month before, in Spanish or English.
import {
  ces,
  churn,
  churnSeries,
  compare,
  csat,
  escalationRate,
  firstContactResolution,
  firstResponseTime,
  nps,
  periodOf,
  previousPeriod,
  reopenRate,
  resolutionTime,
  ticketVolume,
  weekdayHourMatrix,
  type ComparisonResult,
  type Period,
} from '../index.js';
import { generateSampleDataset, SAMPLE_SERVICE_WEEK } from '../sample/index.js';
import { reportStrings, type ReportLang } from './report-strings.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: tablero-report [--lang es|en] [--time-zone Europe/Madrid] [--json]

Prints the Tablero KPIs of the embedded sample dataset (a year of a fictional Spanish-speaking
support team) for its last month, compared with the month before.`);
  process.exit(0);
}
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang: ReportLang =
  (option('--lang') ?? (process.env.LANG?.startsWith('en') ? 'en' : 'es')) === 'en' ? 'en' : 'es';
const timeZone = option('--time-zone') ?? 'Europe/Madrid';
const t = reportStrings[lang];
const locale = lang === 'es' ? 'es-ES' : 'en-GB';

const data = generateSampleDataset();
const month = periodOf(data.meta.to - 1, 'month', { timeZone });
const before = previousPeriod(month);
const schedule = { timeZone, week: SAMPLE_SERVICE_WEEK };
const surveysOf = (kind: string) => data.surveys.filter((s) => s.kind === kind);

function both<R>(compute: (period: Period) => R): [R, R] {
  return [compute(month), compute(before)];
}

const rows = [
  row(
    t.nps,
    'nps',
    both((period) => nps(surveysOf('nps'), { period })),
    'score',
  ),
  row(
    t.csat,
    'csat',
    both((period) => csat(surveysOf('csat'), { period })),
    'percent',
  ),
  row(
    t.ces,
    'ces',
    both((period) => ces(surveysOf('ces'), { period, higherIsEasier: true })),
    'mean',
  ),
  row(
    t.frt,
    'firstResponseTime',
    both((period) => firstResponseTime(data.tickets, { period, schedule, sla: 8 * 60 })),
    'minutes',
  ),
  row(
    t.rt,
    'resolutionTime',
    both((period) => resolutionTime(data.tickets, { period, sla: 2 * 24 * 60 })),
    'minutes',
  ),
  row(
    t.fcr,
    'firstContactResolution',
    both((period) => firstContactResolution(data.tickets, { period })),
    'percent',
  ),
  row(
    t.escalation,
    'escalationRate',
    both((period) => escalationRate(data.tickets, { period })),
    'percent',
  ),
  row(
    t.reopen,
    'reopenRate',
    both((period) => reopenRate(data.tickets, { period })),
    'percent',
  ),
  row(
    t.churn,
    'churn',
    both((period) => churn(data.customers, period)),
    'percent',
  ),
];

const volume = ticketVolume(data.tickets, { period: month, by: 'channel' });
const matrix = weekdayHourMatrix(data.tickets, { timeZone, period: month });
const series = churnSeries(data.customers, {
  from: data.meta.from,
  to: data.meta.to,
  timeZone,
  asOf: data.meta.to,
});

if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      {
        month: month.label,
        previous: (before as { label?: string }).label,
        rows,
        volume,
        matrix,
        series,
      },
      null,
      2,
    ),
  );
} else {
  print();
}

function row<R extends { value: number | null; n: number; kpi: string }>(
  label: string,
  kpi: string,
  [current, previous]: [R, R],
  unit: 'score' | 'percent' | 'mean' | 'minutes',
) {
  return { label, kpi, unit, current, previous, comparison: compare(current, previous, kpi) };
}

function print() {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const format = (value: number | null, unit: string) => {
    if (value === null) return '—';
    if (unit === 'percent') return `${number.format(value)} %`;
    if (unit === 'minutes')
      return value >= 120 ? `${number.format(value / 60)} h` : `${number.format(value)} min`;
    return number.format(value);
  };
  const arrow = (c: ComparisonResult) =>
    c.direction === null
      ? ''
      : `${c.direction === 'better' ? '▲' : c.direction === 'worse' ? '▼' : '='} ${t.direction[c.direction]}${c.significant === false ? ` (${t.notSignificant})` : ''}`;

  console.log(
    `\n${t.title} · ${month.label} ${t.versus} ${(before as { label?: string }).label} · ${timeZone}\n`,
  );
  const width = Math.max(...rows.map((r) => r.label.length)) + 2;
  for (const r of rows) {
    const value = format(r.current.value, r.unit).padStart(9);
    const previous = format(r.previous.value, r.unit).padStart(9);
    console.log(
      `  ${r.label.padEnd(width)}${value}   ${t.previous} ${previous}   n=${String(r.current.n).padEnd(6)} ${arrow(r.comparison)}`,
    );
  }
  console.log(`\n  ${t.volume}: ${volume.value}`);
  for (const b of volume.breakdown) {
    console.log(
      `    ${(b.key ?? t.unknown).padEnd(10)} ${String(b.count).padStart(6)}  ${'█'.repeat(Math.round(b.share / 2))} ${number.format(b.share)} %`,
    );
  }
  if (matrix.peak) {
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, matrix.peak.weekday),
    );
    console.log(
      `\n  ${t.peak}: ${day} ${String(matrix.peak.hour).padStart(2, '0')}:00 (${matrix.peak.count} ${t.tickets})`,
    );
  }
  const churnLine = series.points
    .map((p) => (p.value === null ? '—' : number.format(p.value)))
    .join(' · ');
  console.log(`\n  ${t.churnSeries}: ${churnLine}`);
  console.log(`\n  ${t.footer}\n`);
}
