import type { SurveyResponse, SurveyResponseInput } from '@tablero/core';
import { mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import {
  FreshdeskSatisfactionRatingSchema,
  type FreshdeskSatisfactionRating,
} from '../schema/freshdesk-satisfaction-rating.js';
import { freshdeskRatingCode, freshdeskRatingScore } from './freshdesk-rating-score.js';
import type { FreshdeskLookups } from './freshdesk-lookups.js';

export interface FreshdeskSatisfactionResult {
  /** CSAT answers on 1–7 (see `freshdeskRatingScore`), one per rating. */
  responses: SurveyResponse[];
  rejected: Rejection[];
}

/**
 * Satisfaction ratings (`GET /surveys/satisfaction_ratings`, a bare array) → CSAT answers on
 * the 1–7 scale from `default_question`. Extra questions stay in `custom` as raw codes.
 */
export function mapFreshdeskSatisfactionRatings(
  items: readonly unknown[],
  lookups: FreshdeskLookups = {},
): FreshdeskSatisfactionResult {
  const mapped = mapVendorRecords(items, {
    schema: FreshdeskSatisfactionRatingSchema,
    noun: 'satisfaction rating',
    map: (r) => ({ kind: 'survey-response', record: toSurveyInput(r, lookups) }),
  });
  const responses = mapped.records.flatMap((r) => (r.kind === 'survey-response' ? [r.record] : []));
  return { responses, rejected: mapped.rejected };
}

function toSurveyInput(
  r: FreshdeskSatisfactionRating,
  lookups: FreshdeskLookups,
): SurveyResponseInput {
  const { default_question: code, ...questions } = r.ratings;
  const custom: NonNullable<SurveyResponseInput['custom']> = {
    freshdeskRating: code,
    freshdeskRatingCode: freshdeskRatingCode(code)!,
  };
  for (const [key, value] of Object.entries(questions)) custom[key] = value;
  if (r.survey_id != null) custom.freshdeskSurveyId = r.survey_id;
  if (r.group_id != null) {
    custom.group = lookups.groups?.get(r.group_id) ?? String(r.group_id);
    custom.freshdeskGroupId = r.group_id;
  }
  const input: SurveyResponseInput = {
    id: String(r.id),
    kind: 'csat',
    score: freshdeskRatingScore(code)!,
    answeredAt: r.created_at,
    ticketId: String(r.ticket_id),
    custom,
  };
  if (r.user_id != null) input.respondentId = String(r.user_id);
  if (r.agent_id != null) input.agent = lookups.agents?.get(r.agent_id) ?? String(r.agent_id);
  if (r.feedback) input.comment = r.feedback;
  return input;
}
