import type { z } from 'zod';

const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/** Throws a clear error for a page whose envelope (not one record) breaks the vendor shape. */
export function parseEnvelope<S extends z.ZodType>(
  schema: S,
  page: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(page);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const field = first?.path.length ? ` field "${fieldPath(first.path).join('.')}"` : '';
  throw new TypeError(
    `${what}: the page does not have the documented shape:${field} ${first?.message ?? ''}`.trim(),
  );
}
