import { z } from 'zod';
import { HubspotDateTimeSchema } from './hubspot-strings.js';

/**
 * The CRM object envelope `{ id, properties, createdAt, updatedAt, archived }` (HELPDESK-APIS
 * §3.5) around an object type's own properties.
 */
export function hubspotObjectSchema<P extends z.ZodType>(properties: P) {
  return z.looseObject({
    id: z.string().regex(/^\d+$/, 'expected a numeric id string'),
    properties,
    createdAt: HubspotDateTimeSchema,
    updatedAt: HubspotDateTimeSchema.nullish(),
    archived: z.boolean().nullish(),
    archivedAt: HubspotDateTimeSchema.nullish(),
  });
}

/** A list page: `results[]` (validated one by one) and `paging.next.after` (§3.3). */
export const HubspotListPageSchema = z.looseObject({
  results: z.array(z.unknown()),
  paging: z
    .looseObject({
      next: z.looseObject({ after: z.string(), link: z.string().nullish() }).nullish(),
    })
    .nullish(),
  total: z.number().int().nullish(),
});
export type HubspotListPage = z.infer<typeof HubspotListPageSchema>;
