import type { RecordKind, SyncBatch } from '@tablero/adapter-kit';

/**
 * An output line saying the vendor removed a record: drop any earlier line of that kind and
 * id. Written in the same NDJSON as the records, after them, so a reader applying the file in
 * order ends with the vendor's current set; its `kind` is not a record kind, so readers that
 * pick records by kind skip it.
 */
export interface Tombstone {
  kind: 'removed';
  /** The kind of the removed record. */
  of: RecordKind;
  id: string;
  /** `deleted`, `spam`, `archived`, `merged`… as the adapter says. */
  reason: string;
  /** Merged: the record that absorbed it. */
  into?: string;
}

interface RemovedEntry {
  id?: unknown;
  reason?: unknown;
  into?: unknown;
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/**
 * The tombstones of a batch, read from the fields API adapters add to the contract's batch:
 * `deleted` (ids, Zendesk) and `removed` (`{ id, reason, into? }`, Freshdesk and HubSpot). Each
 * names tickets, the only kind the vendors delete.
 */
export function batchTombstones(batch: SyncBatch): Tombstone[] {
  const extra = batch as SyncBatch & { deleted?: unknown; removed?: unknown };
  const out: Tombstone[] = [];
  if (Array.isArray(extra.deleted)) {
    for (const value of extra.deleted) {
      const id = idOf(value);
      if (id !== undefined) out.push({ kind: 'removed', of: 'ticket', id, reason: 'deleted' });
    }
  }
  if (Array.isArray(extra.removed)) {
    for (const entry of extra.removed as RemovedEntry[]) {
      const id = idOf(entry?.id);
      if (id === undefined) continue;
      const into = idOf(entry.into);
      out.push({
        kind: 'removed',
        of: 'ticket',
        id,
        reason: typeof entry.reason === 'string' ? entry.reason : 'removed',
        ...(into !== undefined ? { into } : {}),
      });
    }
  }
  return out;
}
