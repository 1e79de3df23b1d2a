import { recordId } from '@tablero/core';
import type { z } from 'zod';
import type { Rejection } from '../contract.js';

export interface ParsedEach<T> {
  records: T[];
  rejected: Rejection[];
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/**
 * Validates vendor side data that is no core record (users, groups, pipelines…) item by item,
 * with the same rejection shape as `mapVendorRecords`: one per bad item, naming its id (or
 * index) and the first field at fault, every issue in the message. Valid items are kept.
 */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
  noun: string,
): ParsedEach<z.output<S>> {
  const records: z.output<S>[] = [];
  const rejected: Rejection[] = [];
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    const id = recordId(item);
    const where = id !== undefined ? `${noun} ${id}` : `${noun} at index ${index}`;
    const issues = parsed.error.issues.map(
      (i) => `${fieldPath(i.path).join('.') || '(record)'}: ${i.message}`,
    );
    rejected.push({
      where,
      ...(id !== undefined ? { id } : {}),
      path: fieldPath(parsed.error.issues[0]?.path ?? []),
      reason: 'invalid-vendor-record',
      message: `${where}: ${issues.join('; ')}`,
    });
  });
  return { records, rejected };
}
