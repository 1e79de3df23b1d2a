import type { BenchAnswer, BenchTicket } from './types.js';

/** What every contender starts from: the records, survey answers pre-split by kind (untimed). */
export interface Inputs {
  tickets: readonly BenchTicket[];
  npsAnswers: readonly BenchAnswer[];
  csatAnswers: readonly BenchAnswer[];
  timeZone: string;
}

export function splitByKind(
  answers: readonly BenchAnswer[],
): Map<BenchAnswer['kind'], BenchAnswer[]> {
  const byKind = new Map<BenchAnswer['kind'], BenchAnswer[]>();
  for (const answer of answers) {
    let list = byKind.get(answer.kind);
    if (!list) byKind.set(answer.kind, (list = []));
    list.push(answer);
  }
  return byKind;
}

/**
 * The hand loop and Arquero read `createdAt`/`firstResponseAt` as epoch-ms numbers and scores
 * as integers; check once, untimed, that the data really has that shape.
 */
export function checkShapes(inputs: Inputs): void {
  inputs.tickets.forEach((t, i) => {
    const fr = t.firstResponseAt;
    if (!Number.isFinite(t.createdAt) || (fr != null && !Number.isFinite(fr))) {
      throw new Error(`ticket ${i}: createdAt/firstResponseAt are not epoch-ms numbers`);
    }
  });
  const integers = (list: readonly BenchAnswer[], lo: number, hi: number, what: string) =>
    list.forEach((a, i) => {
      if (!Number.isInteger(a.score) || (a.score as number) < lo || (a.score as number) > hi) {
        throw new Error(
          `${what} answer ${i}: score ${String(a.score)} is not an integer ${lo}–${hi}`,
        );
      }
    });
  integers(inputs.npsAnswers, 0, 10, 'nps');
  integers(inputs.csatAnswers, 1, 5, 'csat');
}
