import { z } from 'zod';
import { ZendeskIdSchema } from './zendesk-instant.js';

/** A group of `GET /api/v2/groups`: the team dimension. */
export const ZendeskGroupSchema = z.looseObject({
  id: ZendeskIdSchema,
  name: z.string(),
  deleted: z.boolean().nullish(),
});
export type ZendeskGroup = z.infer<typeof ZendeskGroupSchema>;
