import { z } from 'zod';
import { ZendeskIdSchema, ZendeskInstantSchema } from './zendesk-instant.js';
import { ZENDESK_SATISFACTION_SCORES } from './zendesk-ticket.js';

const id = ZendeskIdSchema.nullish();

/** A legacy CSAT rating of `GET /api/v2/satisfaction_ratings` (HELPDESK-APIS §1.5). */
export const ZendeskSatisfactionRatingSchema = z.looseObject({
  id: ZendeskIdSchema,
  url: z.string().nullish(),
  ticket_id: ZendeskIdSchema,
  assignee_id: id,
  group_id: id,
  requester_id: id,
  score: z.enum(ZENDESK_SATISFACTION_SCORES),
  comment: z.string().nullish(),
  reason: z.string().nullish(),
  reason_id: id,
  reason_code: id,
  created_at: ZendeskInstantSchema,
  updated_at: ZendeskInstantSchema,
});
export type ZendeskSatisfactionRating = z.infer<typeof ZendeskSatisfactionRatingSchema>;
