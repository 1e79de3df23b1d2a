/**
 * The shapes every contender reports, so that results can be compared field by field. Each
 * contender converts its own output into these (inside its timed region; the cost is a few
 * hundred operations at most).
 */

import type { SurveyResponse, Ticket } from '@tablero/core';

/** Tickets and answers in the canonical model's output form: instants are epoch-ms numbers. */
export type BenchTicket = Ticket;
export type BenchAnswer = SurveyResponse;

export interface NpsFigures {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  value: number | null;
}

export interface CsatFigures {
  n: number;
  positive: number;
  value: number | null;
  /** Answers per score 1–5 (index 0 = score 1); null when the contender does not produce it. */
  distribution: number[] | null;
}

export interface FrtFigures {
  /** Tickets with a first response. */
  n: number;
  /** Minutes. */
  mean: number | null;
  median: number | null;
  p90: number | null;
  /** `exact` or `sketch` where the contender says; `exact` for the peers. */
  quantileMethod: string;
}

/**
 * Weekday × hour counts: 168 cells, index `(isoWeekday − 1) × 24 + hour`, Monday first,
 * whatever row order the contender itself uses.
 */
export type MatrixFigures = Float64Array;

export interface AllFigures {
  nps: NpsFigures;
  csat: CsatFigures;
  frt: FrtFigures;
  matrix: MatrixFigures;
}

/** The four computations, each a function of the prepared inputs, plus all four together. */
export interface Contender<Input> {
  readonly name: string;
  nps(input: Input): NpsFigures;
  csat(input: Input): CsatFigures;
  frt(input: Input): FrtFigures;
  matrix(input: Input): MatrixFigures;
  all(input: Input): AllFigures;
}

export const CELLS = 7 * 24;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
