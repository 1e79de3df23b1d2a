import { SurveyResponseSchema, type SurveyResponse, type SurveyResponseInput } from '@tablero/core';
import type { Rejection } from '@tablero/adapter-kit';
import { parseEach, toCore } from '../internal/rejections.js';
import {
  ZendeskSatisfactionRatingSchema,
  type ZendeskSatisfactionRating,
} from '../schema/zendesk-satisfaction-rating.js';
import type { ZendeskLookups } from './zendesk-lookups.js';

export interface ZendeskUnansweredRating {
  id: string;
  ticketId: string;
  score: 'offered' | 'unoffered';
}

export interface ZendeskSatisfactionResult {
  /** Binary CSAT answers (`good` / `bad`). */
  responses: SurveyResponse[];
  /** Surveys sent and not answered (`offered`) or never sent (`unoffered`): the response rate's base. */
  unanswered: ZendeskUnansweredRating[];
  rejected: Rejection[];
}

/**
 * Legacy satisfaction ratings (`satisfaction_ratings[]`) → binary CSAT answers. A rating can change
 * (good → bad), so one id keeps its latest `updated_at`, which is also the answer's instant.
 */
export function mapZendeskSatisfactionRatings(
  items: readonly unknown[],
  lookups: ZendeskLookups = {},
): ZendeskSatisfactionResult {
  const { records, rejected } = parseEach(
    ZendeskSatisfactionRatingSchema,
    items,
    'satisfaction rating',
  );
  const result: ZendeskSatisfactionResult = { responses: [], unanswered: [], rejected };
  latest(records).forEach((rating, index) => {
    if (rating.score === 'offered' || rating.score === 'unoffered') {
      result.unanswered.push({
        id: String(rating.id),
        ticketId: String(rating.ticket_id),
        score: rating.score,
      });
      return;
    }
    const core = toCore(
      SurveyResponseSchema,
      toSurveyInput(rating, rating.score, lookups),
      'satisfaction rating',
      rating.id,
      index,
    );
    if (core.ok) result.responses.push(core.record);
    else result.rejected.push(...core.rejected);
  });
  return result;
}

function latest(ratings: ZendeskSatisfactionRating[]): ZendeskSatisfactionRating[] {
  const byId = new Map<number, ZendeskSatisfactionRating>();
  for (const rating of ratings) {
    const seen = byId.get(rating.id);
    if (!seen || Date.parse(rating.updated_at) >= Date.parse(seen.updated_at))
      byId.set(rating.id, rating);
  }
  return [...byId.values()];
}

function toSurveyInput(
  rating: ZendeskSatisfactionRating,
  score: 'good' | 'bad',
  lookups: ZendeskLookups,
): SurveyResponseInput {
  const input: SurveyResponseInput = {
    id: String(rating.id),
    kind: 'csat',
    score,
    answeredAt: rating.updated_at,
    ticketId: String(rating.ticket_id),
    custom: {},
  };
  const custom = input.custom!;
  if (rating.requester_id != null) input.respondentId = String(rating.requester_id);
  if (rating.assignee_id != null) {
    input.agent = lookups.users?.get(rating.assignee_id)?.name ?? String(rating.assignee_id);
    custom.zendeskAssigneeId = rating.assignee_id;
  }
  if (rating.group_id != null) {
    custom.group = lookups.groups?.get(rating.group_id)?.name ?? String(rating.group_id);
    custom.zendeskGroupId = rating.group_id;
  }
  if (rating.comment) input.comment = rating.comment;
  if (rating.reason) custom.zendeskReason = rating.reason;
  const reasonCode = rating.reason_code ?? rating.reason_id;
  if (reasonCode != null) custom.zendeskReasonCode = reasonCode;
  return input;
}
