import { recordId } from '@tablero/core';
import type { Rejection } from '@tablero/adapter-kit';
import type { z } from 'zod';

/** `ticket 48211`, or the position when the record has no usable id. */
export function recordPlace(noun: string, id: string | number | undefined, index: number): string {
  return id === undefined ? `${noun} #${index + 1} of the page` : `${noun} ${id}`;
}

/**
 * One rejection per zod issue, each naming the record and the field path. `reason` is
 * `vendor-schema` when the vendor payload broke its documented shape, `core-schema` when the
 * mapped record broke the core model.
 */
export function issuesToRejections(
  noun: string,
  id: string | number | undefined,
  index: number,
  issues: readonly z.core.$ZodIssue[],
  reason: 'vendor-schema' | 'core-schema',
): Rejection[] {
  const where = recordPlace(noun, id, index);
  const side = reason === 'core-schema' ? ' (mapped record)' : '';
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const field = path.length ? ` field "${path.join('.')}"` : '';
    return {
      where,
      ...(id === undefined ? {} : { id }),
      path,
      reason,
      message: `${where}${side}${field}: ${issue.message}`,
    };
  });
}

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
}

/** Validates each item on its own, so one bad record costs only itself. */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
  noun: string,
): Parsed<z.output<S>> {
  const records: z.output<S>[] = [];
  const rejected: Rejection[] = [];
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) records.push(parsed.data);
    else
      rejected.push(
        ...issuesToRejections(noun, recordId(item), index, parsed.error.issues, 'vendor-schema'),
      );
  });
  return { records, rejected };
}

/** Runs the core schema over a mapped record: the adapter never hands out an invalid one. */
export function toCore<S extends z.ZodType>(
  schema: S,
  input: unknown,
  noun: string,
  id: string | number,
  index: number,
): { ok: true; record: z.output<S> } | { ok: false; rejected: Rejection[] } {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : {
        ok: false,
        rejected: issuesToRejections(noun, id, index, parsed.error.issues, 'core-schema'),
      };
}

/** Throws a clear error for a page whose envelope (not one record) breaks the vendor shape. */
export function parseEnvelope<S extends z.ZodType>(
  schema: S,
  page: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(page);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const field = first && first.path.length ? ` field "${first.path.join('.')}"` : '';
  throw new TypeError(
    `${what}: the page does not have the documented shape:${field} ${first?.message ?? ''}`.trim(),
  );
}
