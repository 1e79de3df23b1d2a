import { z } from 'zod';
import { checkpointFormat } from '@tablero/adapter-kit';

const instant = z.iso.datetime({ offset: true });

/**
 * Tickets are read in `updated_since` windows, ascending, in three passes; each window is at most `maxPage`
 * pages (Freshdesk refuses page 301), and the next one starts at the last ticket's `updated_at`.
 * Ratings follow, from `created_since`. A finished run leaves both bounds at the newest record
 * seen, so the next run reads only what changed (the boundary records again, deduplicated by id).
 */
export const FreshdeskSyncStateSchema = z.strictObject({
  phase: z.enum(['tickets', 'ratings']),
  /**
   * The ticket list pass: live tickets (`all`), then `filter=spam` and `filter=deleted` from the
   * run's start, since the default list leaves those out (gotcha 4).
   */
  pass: z.enum(['all', 'spam', 'deleted']),
  /** Where this run's passes start. */
  runSince: instant,
  /** The newest `updated_at` of a live ticket in this run: the next run's start. */
  newest: instant,
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
  version: 2,
  state: FreshdeskSyncStateSchema,
});
