import { InvalidFieldError } from '../errors.js';
import type { SurveyKind } from '../schema/enums.js';
import type { SurveyResponseInput } from '../schema/survey-response.js';
import { inPeriod, readInstant, type Period } from '../time/instant.js';

/** A survey answer as KPI functions take it: a bare score, or a `SurveyResponse` record. */
export type SurveyAnswer = number | SurveyResponseInput;

/**
 * The raw score of one answer, or `undefined` when it lies outside the period. Checks the
 * record's `kind`, so an NPS call fed CSAT answers fails loudly instead of averaging nonsense.
 */
export function readAnswerScore(
  answer: SurveyAnswer | string,
  kinds: readonly SurveyKind[],
  period: Period | null,
): number | string | undefined {
  if (typeof answer === 'number' || typeof answer === 'string') {
    if (period !== null) {
      throw new InvalidFieldError(
        [],
        'a bare score has no answeredAt to place it in the period; pass SurveyResponse records',
      );
    }
    return answer;
  }
  if (answer === null || typeof answer !== 'object') {
    throw new InvalidFieldError(
      [],
      `expected a score or a SurveyResponse record, got ${answer === null ? 'null' : typeof answer}`,
    );
  }
  const kind = answer.kind;
  // The common case, one accepted kind, without the generic includes() on the hot path.
  if (kind !== undefined && kind !== kinds[0] && !kinds.includes(kind)) {
    throw new InvalidFieldError(
      ['kind'],
      `expected ${kinds.map((k) => `"${k}"`).join(' or ')}, got "${String(answer.kind)}"`,
    );
  }
  if (period !== null && !inPeriod(readInstant(answer.answeredAt, ['answeredAt']), period))
    return undefined;
  return answer.score;
}

/** Field path of the score: `[]` for a bare score, `['score']` for a record. */
export function scorePath(answer: unknown): (string | number)[] {
  return typeof answer === 'object' && answer !== null ? ['score'] : [];
}
