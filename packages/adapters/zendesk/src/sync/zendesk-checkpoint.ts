import { z } from 'zod';
import { checkpointFormat } from '@tablero/adapter-kit';

/**
 * A run reads the ticket export to its end, then the satisfaction ratings. The state says where
 * each stream stands, so a killed run resumes inside either and a finished one starts the next
 * run from the export's last cursor and the newest rating it has seen.
 */
export const ZendeskSyncStateSchema = z.strictObject({
  phase: z.enum(['tickets', 'ratings']),
  /** The export's `after_cursor` (null: not started, use `startTime`). */
  cursor: z.string().min(1).nullable(),
  /** Inside the ratings phase: the list cursor to continue from. */
  ratingsAfter: z.string().min(1).nullable(),
  /** Ratings updated at or before this (epoch s) were emitted by an earlier run. */
  ratingsSince: z.number().int().nonnegative().nullable(),
  /** The newest `updated_at` (epoch s) seen in this run's ratings phase so far. */
  ratingsMax: z.number().int().nonnegative().nullable(),
});
export type ZendeskSyncState = z.infer<typeof ZendeskSyncStateSchema>;

export const zendeskCheckpoints = checkpointFormat({
  adapter: 'zendesk',
  version: 2,
  state: ZendeskSyncStateSchema,
});

export const INITIAL_ZENDESK_STATE: ZendeskSyncState = {
  phase: 'tickets',
  cursor: null,
  ratingsAfter: null,
  ratingsSince: null,
  ratingsMax: null,
};
