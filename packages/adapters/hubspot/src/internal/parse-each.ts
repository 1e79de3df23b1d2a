import { recordId } from '@tablero/core';
import type { Rejection } from '@tablero/adapter-kit';
import type { z } from 'zod';

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/**
 * Validates side data that is no core record (pipelines) item by item,
 * with the same rejection shape as the kit's `mapVendorRecords`: one per record, naming its id
 * and the first field at fault, every issue in the message.
 */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
  noun: string,
): Parsed<z.output<S>> {
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
