import { z } from 'zod';
import { ZendeskIdSchema, ZendeskInstantSchema } from './zendesk-instant.js';

export const ZENDESK_COMMENT_TYPES = ['Comment', 'VoiceComment'] as const;

/**
 * A comment of `GET /api/v2/tickets/{id}/comments` (HELPDESK-APIS §1.5). The first public agent
 * comment is the first response: the metric set gives only its minutes, not its instant.
 */
export const ZendeskTicketCommentSchema = z.looseObject({
  id: ZendeskIdSchema,
  type: z.enum(ZENDESK_COMMENT_TYPES),
  author_id: ZendeskIdSchema,
  public: z.boolean(),
  created_at: ZendeskInstantSchema,
});
export type ZendeskTicketComment = z.infer<typeof ZendeskTicketCommentSchema>;
