/**
 * A lookup by id into what a mapping produced, for tests: a missing id fails with a message
 * naming it (`ticket 4711 was not mapped`) instead of a later `undefined` property error.
 * Numeric ids are looked up as strings, as core records carry them.
 */
export function recordFinder<T extends { id: string }>(
  records: readonly T[],
  noun: string,
): (id: string | number) => T {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const found = byId.get(String(id));
    if (!found) throw new Error(`${noun} ${id} was not mapped`);
    return found;
  };
}
