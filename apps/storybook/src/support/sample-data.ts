import {
  byPeriod,
  churnSeries,
  csat,
  nps,
  periodOf,
  previousPeriod,
  weekdayHourMatrix,
  type ChurnSeriesResult,
  type CsatResult,
  type NpsResult,
  type Period,
  type SurveyResponse,
} from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';

/**
 * Every figure a story shows is computed here by `@tablero/core` from its seeded sample dataset
 * (a year, 2025, of a fictional team in Europe/Madrid): never typed by hand, so the stories
 * show what the core says and change with it.
 */
const data = () => sampleDataset();

/** The zone the sample team works in, which every period here is cut in. */
export const sampleZone = (): string => data().meta.timeZone;

/** The sample's last month (December 2025): the period the "current" stories show. */
export const currentMonth = (): Period =>
  periodOf(data().meta.to - 1, 'month', { timeZone: sampleZone() });

/** A period of few answers: the first `count` of them, the "small sample" stories' input. */
export const SMALL_SAMPLE = 12;

const inMonth = (answers: readonly SurveyResponse[]) => {
  const { from, to } = currentMonth();
  return answers.filter((a) => a.answeredAt >= from && a.answeredAt < to);
};

export const npsAnswers = (): SurveyResponse[] => data().surveys.filter((s) => s.kind === 'nps');
export const csatAnswers = (): SurveyResponse[] => data().surveys.filter((s) => s.kind === 'csat');

export const npsCurrent = (): NpsResult => nps(npsAnswers(), { period: currentMonth() });
export const npsPrevious = (): NpsResult =>
  nps(npsAnswers(), { period: previousPeriod(currentMonth()) });
export const npsSmallSample = (): SurveyResponse[] => inMonth(npsAnswers()).slice(0, SMALL_SAMPLE);

export const csatCurrent = (): CsatResult => csat(csatAnswers(), { period: currentMonth() });
export const csatPrevious = (): CsatResult =>
  csat(csatAnswers(), { period: previousPeriod(currentMonth()) });
export const csatSmallSample = (): SurveyResponse[] =>
  inMonth(csatAnswers()).slice(0, SMALL_SAMPLE);
export const csatSeries = () =>
  byPeriod(csatAnswers(), (answers) => csat(answers), { every: 'month', timeZone: sampleZone() });

/**
 * Monthly churn over the sample year, "now" ten days before its end so December is the period
 * still running (drawn dashed).
 */
export const churnYear = (): ChurnSeriesResult => {
  const { meta, customers } = data();
  return churnSeries(customers, {
    from: meta.from,
    to: meta.to,
    every: 'month',
    timeZone: meta.timeZone,
    asOf: meta.to - 10 * 24 * 3_600_000,
  });
};

/** The sample's customers, for the stories that pass raw records (`.customers`). */
export const sampleCustomers = () => data().customers;
/** A few customers only: the churn "small sample". */
export const fewCustomers = () => data().customers.slice(0, 3 * SMALL_SAMPLE);

export const heatmapCurrent = () =>
  weekdayHourMatrix(data().tickets, { timeZone: sampleZone(), period: currentMonth() });
/** Tickets of the current month, for the stories that pass raw records (`.tickets`). */
export const ticketsCurrent = () => {
  const { from, to } = currentMonth();
  return data().tickets.filter((t) => t.createdAt >= from && t.createdAt < to);
};
export const fewTickets = () => ticketsCurrent().slice(0, 3 * SMALL_SAMPLE);

/**
 * Targets are settings, not data; they are derived from the computed value so the "met" story
 * stays met (and "missed" stays missed) whatever the sample holds: the next multiple of 5 on
 * the right side of the value, 5 points away at least.
 */
export const targetBeaten = (value: number, higherIsBetter: boolean): number =>
  higherIsBetter ? Math.floor((value - 5) / 5) * 5 : Math.ceil((value + 0.5) / 0.5) * 0.5;
export const targetMissed = (value: number, higherIsBetter: boolean): number =>
  higherIsBetter ? Math.ceil((value + 5) / 5) * 5 : Math.floor((value - 0.5) / 0.5) * 0.5;
