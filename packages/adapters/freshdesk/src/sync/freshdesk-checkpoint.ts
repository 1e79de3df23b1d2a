import { z } from 'zod';
import { checkpointFormat } from '@tablero/adapter-kit';

const instant = z.iso.datetime({ offset: true });

/**
 * Tickets are read in `updated_since` windows, ascending; each window is at most `maxPage`
 * pages (Freshdesk refuses page 301), and the next one starts at the last ticket's `updated_at`.
 * Ratings follow, from `created_since`. A finished run leaves both bounds at the newest record
 * seen, so the next run reads only what changed (the boundary records again, deduplicated by id).
 */
export const FreshdeskSyncStateSchema = z.strictObject({
  phase: z.enum(['tickets', 'ratings']),
  /** Lower bound of the current ticket window. */
  since: instant,
  /** Next page of the current ticket window, 1-based. */
  page: z.number().int().positive(),
  ratingsSince: instant,
  ratingsPage: z.number().int().positive(),
});
export type FreshdeskSyncState = z.infer<typeof FreshdeskSyncStateSchema>;

export const freshdeskCheckpoints = checkpointFormat({
  adapter: 'freshdesk',
  version: 1,
  state: FreshdeskSyncStateSchema,
});
