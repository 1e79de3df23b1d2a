import { z } from 'zod';
import { FRESHDESK_PRIORITY_CODES } from './freshdesk-codes.js';

/** Freshdesk API timestamps are ISO-8601 UTC (`…Z`), HELPDESK-APIS §4.3. */
export const FreshdeskInstantSchema = z.iso.datetime({ offset: true });

const instant = FreshdeskInstantSchema.nullish();
const id = z.number().int().nonnegative().nullish();

/** `stats`, present only with `include=stats` (HELPDESK-APIS §2.5). */
export const FreshdeskTicketStatsSchema = z.looseObject({
  agent_responded_at: instant,
  requester_responded_at: instant,
  first_responded_at: instant,
  status_updated_at: instant,
  reopened_at: instant,
  resolved_at: instant,
  closed_at: instant,
  pending_since: instant,
});
export type FreshdeskTicketStats = z.infer<typeof FreshdeskTicketStatsSchema>;

/** A custom field value; singer stringifies them, the API sends JSON scalars. */
const customValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A ticket of `GET /api/v2/tickets?include=stats` (a bare JSON array of these), §2.5–2.6. */
export const FreshdeskTicketSchema = z.looseObject({
  id: z.number().int().positive(),
  subject: z.string().nullish(),
  /** 2–5 are Freshdesk's; 6 and up are the account's custom statuses. */
  status: z.number().int().min(2),
  priority: z.literal(FRESHDESK_PRIORITY_CODES),
  /** 1–13 are Freshdesk's; newer and custom sources have higher codes. */
  source: z.number().int().positive(),
  type: z.string().nullish(),
  requester_id: id,
  responder_id: id,
  group_id: id,
  company_id: id,
  product_id: id,
  email_config_id: id,
  created_at: FreshdeskInstantSchema,
  updated_at: FreshdeskInstantSchema,
  due_by: instant,
  fr_due_by: instant,
  nr_due_by: instant,
  is_escalated: z.boolean().nullish(),
  fr_escalated: z.boolean().nullish(),
  nr_escalated: z.boolean().nullish(),
  spam: z.boolean().nullish(),
  deleted: z.boolean().nullish(),
  association_type: z.literal([1, 2, 3, 4]).nullish(),
  associated_tickets_count: z.number().int().nonnegative().nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.record(z.string(), customValue).nullish(),
  stats: FreshdeskTicketStatsSchema.nullish(),
});
export type FreshdeskTicket = z.infer<typeof FreshdeskTicketSchema>;
