import type { SurveyResponse, SurveyResponseInput } from '@tablero/core';
import { mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import { latestById } from '../internal/latest-by-id.js';
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
  const unanswered: ZendeskUnansweredRating[] = [];
  const mapped = mapVendorRecords(latestById(items, updatedAt).kept, {
    schema: ZendeskSatisfactionRatingSchema,
    noun: 'satisfaction rating',
    map: (rating) => {
      if (rating.score === 'good' || rating.score === 'bad') {
        return { kind: 'survey-response', record: toSurveyInput(rating, rating.score, lookups) };
      }
      const { id, ticket_id: ticketId, score } = rating;
      unanswered.push({ id: String(id), ticketId: String(ticketId), score });
      return [];
    },
  });
  return {
    responses: mapped.records.flatMap((r) => (r.kind === 'survey-response' ? [r.record] : [])),
    unanswered,
    rejected: mapped.rejected,
  };
}

/** An unreadable `updated_at` sorts last, so that copy is the one rejected, not a stale one kept. */
function updatedAt(raw: unknown): number {
  const value = (raw as { updated_at?: unknown } | null)?.updated_at;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? Infinity : ms;
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
