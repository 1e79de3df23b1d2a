import type { AdapterRecord } from '../contract.js';

/**
 * A stateful filter that lets each `kind` + `id` through once per run. Vendors repeat records
 * across page boundaries (Zendesk's time-based export, Freshdesk re-slicing at page 300); a sink
 * keyed by id would survive it, but the contract promises no duplicates within one run.
 */
export function uniqueRecords(): (records: readonly AdapterRecord[]) => AdapterRecord[] {
  const seen = new Set<string>();
  return (records) =>
    records.filter((r) => {
      const key = `${r.kind}\u0000${r.record.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
