/**
 * The hand-written loop: what a competent developer writes for these four numbers without a
 * library. Counters for NPS and CSAT; FRT durations into a Float64Array, sorted, R-7
 * interpolation; weekday/hour through a memo of `Intl` answers keyed by UTC hour (exact for
 * whole-hour-offset zones such as Europe/Madrid; see intl-clock.ts).
 *
 * The memo lives as long as the contender, like our `zoneClock` cache, so after the warm-up
 * both run with warm caches.
 */
import type { Inputs } from './inputs.js';
import { HourMemo } from './intl-clock.js';
import {
  CELLS,
  MINUTE_MS,
  type BenchAnswer,
  type BenchTicket,
  type Contender,
  type CsatFigures,
  type FrtFigures,
  type MatrixFigures,
  type NpsFigures,
} from './types.js';

function npsLoop(answers: readonly BenchAnswer[]): NpsFigures {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let i = 0; i < answers.length; i++) {
    const score = answers[i]!.score as number;
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else detractors++;
  }
  const n = promoters + passives + detractors;
  const value = n === 0 ? null : 100 * (promoters / n - detractors / n);
  return { n, promoters, passives, detractors, value };
}

function csatLoop(answers: readonly BenchAnswer[]): CsatFigures {
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < answers.length; i++) counts[answers[i]!.score as number]!++;
  const n = answers.length;
  const positive = counts[4]! + counts[5]!;
  return {
    n,
    positive,
    value: n === 0 ? null : (100 * positive) / n,
    distribution: counts.slice(1),
  };
}

/** R-7 (the spreadsheet/NumPy default) on ascending `sorted`. */
function quantileR7(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  return lo + 1 < sorted.length ? below + (h - lo) * (sorted[lo + 1]! - below) : below;
}

function frtFromDurations(durations: Float64Array, n: number, sum: number): FrtFigures {
  const sorted = durations.subarray(0, n).sort();
  return {
    n,
    mean: n === 0 ? null : sum / n,
    median: quantileR7(sorted, 0.5),
    p90: quantileR7(sorted, 0.9),
    quantileMethod: 'exact',
  };
}

function frtLoop(tickets: readonly BenchTicket[]): FrtFigures {
  const durations = new Float64Array(tickets.length);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    const answered = t.firstResponseAt;
    if (answered == null) continue;
    const minutes = (answered - t.createdAt) / MINUTE_MS;
    durations[n++] = minutes;
    sum += minutes;
  }
  return frtFromDurations(durations, n, sum);
}

export function handLoop(timeZone: string): Contender<Inputs> & { memo: HourMemo } {
  const memo = new HourMemo(timeZone);
  const matrixLoop = (tickets: readonly BenchTicket[]): MatrixFigures => {
    const counts = new Float64Array(CELLS);
    for (let i = 0; i < tickets.length; i++) counts[memo.cell(tickets[i]!.createdAt)]!++;
    return counts;
  };
  return {
    name: 'hand-written loop',
    memo,
    nps: (input) => npsLoop(input.npsAnswers),
    csat: (input) => csatLoop(input.csatAnswers),
    frt: (input) => frtLoop(input.tickets),
    matrix: (input) => matrixLoop(input.tickets),
    all(input) {
      // One pass over the tickets for both ticket computations, then the two survey lists.
      const { tickets } = input;
      const matrix = new Float64Array(CELLS);
      const durations = new Float64Array(tickets.length);
      let n = 0;
      let sum = 0;
      for (let i = 0; i < tickets.length; i++) {
        const t = tickets[i]!;
        matrix[memo.cell(t.createdAt)]!++;
        const answered = t.firstResponseAt;
        if (answered == null) continue;
        const minutes = (answered - t.createdAt) / MINUTE_MS;
        durations[n++] = minutes;
        sum += minutes;
      }
      return {
        nps: npsLoop(input.npsAnswers),
        csat: csatLoop(input.csatAnswers),
        frt: frtFromDurations(durations, n, sum),
        matrix,
      };
    },
  };
}
