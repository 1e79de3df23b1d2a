import { churnSeries } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { MonthBuckets, type MonthBucketsResult } from './ingest/month-buckets.js';
import type { PeriodUnitChoice } from './ingest/period-view.js';

/** The embedded sample year bucketed by month in a zone, through the same path a dropped file takes. */
export function sampleBuckets(timeZone: string): MonthBucketsResult {
  const data = sampleDataset();
  const buckets = new MonthBuckets(timeZone);
  for (const ticket of data.tickets) buckets.addTicket(ticket);
  for (const answer of data.surveys) buckets.addSurvey(answer);
  return buckets.toJSON();
}

/** The sample's churn per month (per quarter when a quarter or year is selected), up to its snapshot. */
export function sampleChurn(unit: PeriodUnitChoice, timeZone: string) {
  const { customers, meta } = sampleDataset();
  return churnSeries(customers, {
    from: meta.from,
    to: meta.to,
    every: unit === 'month' ? 'month' : 'quarter',
    timeZone,
    asOf: meta.to,
  });
}

/** The sample's snapshot instant: the default period is the one it falls in. */
export const sampleEnd = () => sampleDataset().meta.to - 1;
