import { recordId } from '@tablero/core';

/**
 * One item per id, in first-seen order, each the copy with the highest `version` (a later copy
 * wins ties). Items without an id are all kept, for the schema to reject.
 */
export function latestById(
  items: readonly unknown[],
  version: (raw: unknown) => number,
): { kept: unknown[]; duplicates: number } {
  const slots = new Map<string | number, number>();
  const kept: unknown[] = [];
  let duplicates = 0;
  for (const raw of items) {
    const id = recordId(raw);
    const slot = id === undefined ? undefined : slots.get(id);
    if (slot === undefined) {
      if (id !== undefined) slots.set(id, kept.length);
      kept.push(raw);
      continue;
    }
    duplicates++;
    if (version(raw) >= version(kept[slot])) kept[slot] = raw;
  }
  return { kept, duplicates };
}
