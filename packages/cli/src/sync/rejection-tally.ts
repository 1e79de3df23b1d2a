import type { Rejection } from '@tablero/adapter-kit';
import type { SyncState } from './sync-state.js';

/** How many places per reason the summary keeps: enough to find the pattern, not a dump. */
export const FIRST_PLACES_KEPT = 5;

type Rejections = SyncState['rejections'];

/**
 * Adds a batch's rejections to the tally: problems by reason with the first few places of each,
 * and rejected rows. A row can carry several problems (a bad date and a bad number); an
 * adapter reports them together, so within a batch rejections of the same line (or record id)
 * are one row.
 */
export function tallyRejections(tally: Rejections, rejected: readonly Rejection[]): Rejections {
  if (rejected.length === 0) return tally;
  const byReason = { ...tally.byReason };
  const rows = new Set<string>();
  rejected.forEach((rejection, index) => {
    rows.add(
      rejection.line !== undefined
        ? `line:${rejection.line}`
        : rejection.id !== undefined
          ? `id:${rejection.id}`
          : `#${index}`,
    );
    const place = rejection.line !== undefined ? `line ${rejection.line}` : rejection.where;
    const entry = byReason[rejection.reason] ?? { count: 0, first: [] };
    const keep = entry.first.length < FIRST_PLACES_KEPT && !entry.first.includes(place);
    byReason[rejection.reason] = {
      count: entry.count + 1,
      first: keep ? [...entry.first, place] : entry.first,
    };
  });
  return { total: tally.total + rejected.length, rows: tally.rows + rows.size, byReason };
}
