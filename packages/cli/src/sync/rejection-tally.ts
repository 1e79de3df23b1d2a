import type { Rejection } from '@tablero/adapter-kit';
import type { SyncState } from './sync-state.js';

/** How many places per reason the summary keeps: enough to find the pattern, not a dump. */
export const FIRST_PLACES_KEPT = 5;

type Rejections = SyncState['rejections'];

/** Adds a batch's rejections to the tally by reason, keeping the first few places of each. */
export function tallyRejections(tally: Rejections, rejected: readonly Rejection[]): Rejections {
  if (rejected.length === 0) return tally;
  const byReason = { ...tally.byReason };
  for (const rejection of rejected) {
    const entry = byReason[rejection.reason] ?? { count: 0, first: [] };
    byReason[rejection.reason] = {
      count: entry.count + 1,
      first:
        entry.first.length < FIRST_PLACES_KEPT ? [...entry.first, rejection.where] : entry.first,
    };
  }
  return { total: tally.total + rejected.length, byReason };
}
