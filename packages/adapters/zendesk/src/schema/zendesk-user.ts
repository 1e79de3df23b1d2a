import { z } from 'zod';
import { ZendeskIdSchema } from './zendesk-instant.js';

/** Custom agent roles still report `agent` here (their detail is `role_type`). */
export const ZENDESK_USER_ROLES = ['end-user', 'agent', 'admin'] as const;
export type ZendeskUserRole = (typeof ZENDESK_USER_ROLES)[number];

/** A user of `/incremental/users/cursor.json`; `role` tells agents from customers (§1.2). */
export const ZendeskUserSchema = z.looseObject({
  id: ZendeskIdSchema,
  name: z.string(),
  email: z.string().nullish(),
  role: z.enum(ZENDESK_USER_ROLES),
  active: z.boolean().nullish(),
});
export type ZendeskUser = z.infer<typeof ZendeskUserSchema>;
