import { z } from 'zod';
import { ZendeskIdSchema } from './zendesk-instant.js';

/** "Closed" is not a category: it belongs to `solved` (HELPDESK-APIS §1.2, custom statuses). */
export const ZENDESK_STATUS_CATEGORIES = ['new', 'open', 'pending', 'hold', 'solved'] as const;
export type ZendeskStatusCategory = (typeof ZENDESK_STATUS_CATEGORIES)[number];

/** A custom status of `GET /api/v2/custom_statuses`. */
export const ZendeskCustomStatusSchema = z.looseObject({
  id: ZendeskIdSchema,
  status_category: z.enum(ZENDESK_STATUS_CATEGORIES),
  agent_label: z.string(),
  end_user_label: z.string().nullish(),
  active: z.boolean().nullish(),
  default: z.boolean().nullish(),
});
export type ZendeskCustomStatus = z.infer<typeof ZendeskCustomStatusSchema>;
