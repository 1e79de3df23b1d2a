/**
 * Our code, used as documented: accumulators fed one record at a time (one pass over the
 * tickets feeding FRT and the weekday×hour matrix together), and the batch functions.
 */
import {
  createCsatAccumulator,
  createFirstResponseTimeAccumulator,
  createNpsAccumulator,
  createWeekdayHourAccumulator,
  csat,
  firstResponseTime,
  nps,
  weekdayHourMatrix,
} from '@tablero/core';
import type { Inputs } from './inputs.js';
import {
  CELLS,
  type Contender,
  type CsatFigures,
  type FrtFigures,
  type MatrixFigures,
  type NpsFigures,
} from './types.js';

// The result shapes, read structurally so the bench only relies on the documented fields.
interface NpsOut {
  value: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
}
interface CsatOut {
  value: number | null;
  n: number;
  positive: number;
  distribution: readonly { score: number | string; count: number }[];
}
interface FrtOut {
  n: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  quantileMethod: string;
}
interface MatrixOut {
  counts: readonly (readonly number[])[];
  weekdays: readonly number[];
  n: number;
}

const npsFigures = (r: NpsOut): NpsFigures => ({
  n: r.n,
  promoters: r.promoters,
  passives: r.passives,
  detractors: r.detractors,
  value: r.value,
});

function csatFigures(r: CsatOut): CsatFigures {
  const distribution = [0, 0, 0, 0, 0];
  for (const { score, count } of r.distribution) {
    if (typeof score === 'number' && score >= 1 && score <= 5) distribution[score - 1] = count;
  }
  return { n: r.n, positive: r.positive, value: r.value, distribution };
}

const frtFigures = (r: FrtOut): FrtFigures => ({
  n: r.n,
  mean: r.mean,
  median: r.median,
  p90: r.p90,
  quantileMethod: r.quantileMethod,
});

/** Re-indexes our rows (in `weekdays` order) to the bench's Monday-first cells. */
function matrixFigures(r: MatrixOut): MatrixFigures {
  const cells = new Float64Array(CELLS);
  r.weekdays.forEach((weekday, row) => {
    const counts = r.counts[row]!;
    for (let hour = 0; hour < 24; hour++) cells[(weekday - 1) * 24 + hour] = counts[hour]!;
  });
  return cells;
}

const npsPass = (answers: Inputs['npsAnswers']): NpsFigures => {
  const acc = createNpsAccumulator({});
  for (let i = 0; i < answers.length; i++) acc.add(answers[i]!);
  return npsFigures(acc.result());
};

const csatPass = (answers: Inputs['csatAnswers']): CsatFigures => {
  const acc = createCsatAccumulator({ scale: '1-5' });
  for (let i = 0; i < answers.length; i++) acc.add(answers[i]!);
  return csatFigures(acc.result());
};

/** Accumulators, `add` per record, `result()` at the end. */
export const oursAccumulators: Contender<Inputs> = {
  name: 'ours (accumulators)',
  nps: (input) => npsPass(input.npsAnswers),
  csat: (input) => csatPass(input.csatAnswers),
  frt(input) {
    const acc = createFirstResponseTimeAccumulator({});
    const { tickets } = input;
    for (let i = 0; i < tickets.length; i++) acc.add(tickets[i]!);
    return frtFigures(acc.result());
  },
  matrix(input) {
    const acc = createWeekdayHourAccumulator({ timeZone: input.timeZone });
    const { tickets } = input;
    for (let i = 0; i < tickets.length; i++) acc.add(tickets[i]!);
    return matrixFigures(acc.result());
  },
  all(input) {
    const frt = createFirstResponseTimeAccumulator({});
    const matrix = createWeekdayHourAccumulator({ timeZone: input.timeZone });
    const { tickets } = input;
    for (let i = 0; i < tickets.length; i++) {
      const ticket = tickets[i]!;
      frt.add(ticket);
      matrix.add(ticket);
    }
    return {
      nps: npsPass(input.npsAnswers),
      csat: csatPass(input.csatAnswers),
      frt: frtFigures(frt.result()),
      matrix: matrixFigures(matrix.result()),
    };
  },
};

/** The batch functions: one call per KPI (so two passes over the tickets). */
export const oursBatch: Contender<Inputs> = {
  name: 'ours (batch functions)',
  nps: (input) => npsFigures(nps(input.npsAnswers)),
  csat: (input) => csatFigures(csat(input.csatAnswers, { scale: '1-5' })),
  frt: (input) => frtFigures(firstResponseTime(input.tickets)),
  matrix: (input) => matrixFigures(weekdayHourMatrix(input.tickets, { timeZone: input.timeZone })),
  all: (input) => ({
    nps: npsFigures(nps(input.npsAnswers)),
    csat: csatFigures(csat(input.csatAnswers, { scale: '1-5' })),
    frt: frtFigures(firstResponseTime(input.tickets)),
    matrix: matrixFigures(weekdayHourMatrix(input.tickets, { timeZone: input.timeZone })),
  }),
};
