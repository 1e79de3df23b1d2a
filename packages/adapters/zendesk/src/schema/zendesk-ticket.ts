import { z } from 'zod';
import { ZendeskIdSchema, ZendeskInstantSchema } from './zendesk-instant.js';
import { ZendeskTicketMetricSchema } from './zendesk-ticket-metric.js';

/** `deleted` appears only in incremental exports (HELPDESK-APIS §1.5). */
export const ZENDESK_TICKET_STATUSES = [
  'new',
  'open',
  'pending',
  'hold',
  'solved',
  'closed',
  'deleted',
] as const;
export type ZendeskTicketStatus = (typeof ZENDESK_TICKET_STATUSES)[number];

export const ZENDESK_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type ZendeskPriority = (typeof ZENDESK_PRIORITIES)[number];

export const ZENDESK_TICKET_TYPES = ['problem', 'incident', 'question', 'task'] as const;
export type ZendeskTicketType = (typeof ZENDESK_TICKET_TYPES)[number];

/** Legacy CSAT scores; `offered` and `unoffered` are not answers (HELPDESK-APIS §1.5). */
export const ZENDESK_SATISFACTION_SCORES = ['offered', 'unoffered', 'good', 'bad'] as const;
export type ZendeskSatisfactionScore = (typeof ZENDESK_SATISFACTION_SCORES)[number];

const id = ZendeskIdSchema.nullish();

/** `via.channel` is "string or integer … via type or via id" (HELPDESK-APIS §1.5, gotcha 12). */
export const ZendeskViaSchema = z.looseObject({
  channel: z.union([z.string().min(1), z.number().int()]),
  source: z
    .looseObject({
      from: z.looseObject({}).nullish(),
      to: z.looseObject({}).nullish(),
      rel: z.string().nullish(),
    })
    .nullish(),
});
export type ZendeskVia = z.infer<typeof ZendeskViaSchema>;

export const ZendeskCustomFieldValueSchema = z.looseObject({
  id: ZendeskIdSchema,
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
});

/** The rating embedded in a ticket: no timestamps, so it is kept on the ticket, not as an answer. */
export const ZendeskEmbeddedSatisfactionRatingSchema = z.looseObject({
  id: id,
  score: z.enum(ZENDESK_SATISFACTION_SCORES),
  comment: z.string().nullish(),
  reason: z.string().nullish(),
  reason_id: id,
});

/** A ticket of the incremental export (or of `/tickets`), HELPDESK-APIS §1.5. */
export const ZendeskTicketSchema = z.looseObject({
  id: ZendeskIdSchema,
  url: z.string().nullish(),
  created_at: ZendeskInstantSchema,
  updated_at: ZendeskInstantSchema.nullish(),
  generated_timestamp: z.number().int().nonnegative().nullish(),
  status: z.enum(ZENDESK_TICKET_STATUSES),
  custom_status_id: id,
  priority: z.enum(ZENDESK_PRIORITIES).nullish(),
  type: z.enum(ZENDESK_TICKET_TYPES).nullish(),
  subject: z.string().nullish(),
  via: ZendeskViaSchema.nullish(),
  requester_id: id,
  submitter_id: id,
  assignee_id: id,
  organization_id: id,
  group_id: id,
  brand_id: id,
  ticket_form_id: id,
  problem_id: id,
  tags: z.array(z.string()).nullish(),
  custom_fields: z.array(ZendeskCustomFieldValueSchema).nullish(),
  satisfaction_rating: ZendeskEmbeddedSatisfactionRatingSchema.nullish(),
  followup_ids: z.array(ZendeskIdSchema).nullish(),
  metric_set: ZendeskTicketMetricSchema.nullish(),
});
export type ZendeskTicket = z.infer<typeof ZendeskTicketSchema>;
