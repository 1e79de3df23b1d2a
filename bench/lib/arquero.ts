/**
 * The Arquero contender. Tables are built once from column arrays (timed on its own, reported
 * beside the computations), then each computation is a query. Arquero has no time-zone
 * support, so the weekday/hour comes from an escaped function using the same memoised `Intl`
 * lookup as the hand loop.
 *
 * Arquero parses non-escaped expression functions from their source text, so those must stay
 * self-contained: `op` and literals only (hence `60000` rather than a named constant).
 */
import { escape, op, table, type ColumnTable } from 'arquero';
import type { Inputs } from './inputs.js';
import { HourMemo } from './intl-clock.js';
import {
  CELLS,
  type Contender,
  type CsatFigures,
  type FrtFigures,
  type MatrixFigures,
  type NpsFigures,
} from './types.js';

export interface ArqueroTables {
  /** createdAt, firstResponseAt (NaN when unanswered, which Arquero's aggregates skip). */
  tickets: ColumnTable;
  /** score of each NPS answer. */
  nps: ColumnTable;
  /** score of each CSAT answer. */
  csat: ColumnTable;
}

/** Record arrays to column arrays to tables: the part of using Arquero that precedes a query. */
export function buildArqueroTables(input: Inputs): ArqueroTables {
  const { tickets } = input;
  const createdAt = new Float64Array(tickets.length);
  const firstResponseAt = new Float64Array(tickets.length);
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    createdAt[i] = t.createdAt;
    firstResponseAt[i] = t.firstResponseAt ?? NaN;
  }
  const scores = (answers: Inputs['npsAnswers']) => {
    const column = new Float64Array(answers.length);
    for (let i = 0; i < answers.length; i++) column[i] = answers[i]!.score as number;
    return column;
  };
  return {
    tickets: table({ createdAt, firstResponseAt }),
    nps: table({ score: scores(input.npsAnswers) }),
    csat: table({ score: scores(input.csatAnswers) }),
  };
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function npsQuery(t: ColumnTable): NpsFigures {
  const row = t
    .rollup({
      n: op.count(),
      promoters: (d: { score: number }) => op.sum(d.score >= 9 ? 1 : 0),
      passives: (d: { score: number }) => op.sum(d.score >= 7 && d.score < 9 ? 1 : 0),
      detractors: (d: { score: number }) => op.sum(d.score < 7 ? 1 : 0),
    })
    .object(0) as { n: number; promoters: number; passives: number; detractors: number };
  const { n, promoters, passives, detractors } = row;
  const value = n === 0 ? null : 100 * (promoters / n - detractors / n);
  return { n, promoters, passives, detractors, value };
}

function csatQuery(t: ColumnTable): CsatFigures {
  const row = t
    .rollup({
      n: op.count(),
      positive: (d: { score: number }) => op.sum(d.score >= 4 ? 1 : 0),
    })
    .object(0) as { n: number; positive: number };
  const { n, positive } = row;
  return { n, positive, value: n === 0 ? null : (100 * positive) / n, distribution: null };
}

function frtQuery(t: ColumnTable): FrtFigures {
  const row = t
    .derive({
      frt: (d: { firstResponseAt: number; createdAt: number }) =>
        (d.firstResponseAt - d.createdAt) / 60000,
    })
    .rollup({
      n: op.valid('frt'),
      mean: op.mean('frt'),
      median: op.median('frt'),
      p90: op.quantile('frt', 0.9),
    })
    .object(0) as Record<string, unknown>;
  return {
    n: row.n as number,
    mean: num(row.mean),
    median: num(row.median),
    p90: num(row.p90),
    quantileMethod: 'exact',
  };
}

export function arqueroContender(timeZone: string): Contender<ArqueroTables> & { memo: HourMemo } {
  const memo = new HourMemo(timeZone);
  const matrixQuery = (t: ColumnTable): MatrixFigures => {
    const grouped = t
      .derive({ cell: escape((d: { createdAt: number }) => memo.cell(d.createdAt)) })
      .groupby('cell')
      .count();
    const cells = grouped.array('cell') as ArrayLike<number>;
    const counts = grouped.array('count') as ArrayLike<number>;
    const matrix = new Float64Array(CELLS);
    for (let i = 0; i < cells.length; i++) matrix[cells[i]!] = counts[i]!;
    return matrix;
  };
  return {
    name: 'Arquero',
    memo,
    nps: (t) => npsQuery(t.nps),
    csat: (t) => csatQuery(t.csat),
    frt: (t) => frtQuery(t.tickets),
    matrix: (t) => matrixQuery(t.tickets),
    all: (t) => ({
      nps: npsQuery(t.nps),
      csat: csatQuery(t.csat),
      frt: frtQuery(t.tickets),
      matrix: matrixQuery(t.tickets),
    }),
  };
}
