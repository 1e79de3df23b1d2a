import { z } from 'zod';

/** Zendesk API timestamps: ISO-8601 in UTC (`2025-03-03T09:12:44Z`), per HELPDESK-APIS §4.3. */
export const ZendeskInstantSchema = z.iso.datetime({ offset: true });

/** Zendesk ids are positive integers in JSON. */
export const ZendeskIdSchema = z.number().int().nonnegative();
