import type { z } from 'zod';
import type { AdapterRecord, Rejection } from '../contract.js';
import { parseAdapterRecord, type AdapterRecordInput } from './record-schemas.js';

/** Thrown by a mapping function for a value it cannot translate; becomes a rejection. */
export class MappingError extends Error {
  override readonly name = 'MappingError';
  constructor(
    readonly path: (string | number)[],
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export interface MapVendorRecordsOptions<V> {
  /** The vendor's own shape; let unknown fields pass (`z.looseObject`). */
  schema: z.ZodType<V>;
  /** Vendor record → core record input(s). Throw `MappingError` for an untranslatable value. */
  map: (vendor: V) => AdapterRecordInput | AdapterRecordInput[];
  /** What a source record is called in messages: `ticket` gives `ticket 4711`. */
  noun: string;
  /** The vendor id of a raw item, even an invalid one. Default: its `id` field. */
  idOf?: (raw: unknown) => string | number | undefined;
}

export interface MappedRecords {
  records: AdapterRecord[];
  rejected: Rejection[];
}

function defaultId(raw: unknown): string | number | undefined {
  if (raw == null || typeof raw !== 'object') return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(record)' : path.join('.');
}

/**
 * Validates each vendor item, maps it, and validates the result against the core schema. A bad
 * item becomes one rejection naming its id and the field path at fault; the items around it
 * are kept. Nothing is dropped without a rejection.
 */
export function mapVendorRecords<V>(
  items: readonly unknown[],
  options: MapVendorRecordsOptions<V>,
): MappedRecords {
  const records: AdapterRecord[] = [];
  const rejected: Rejection[] = [];
  const idOf = options.idOf ?? defaultId;
  items.forEach((raw, index) => {
    const id = idOf(raw);
    const where = id !== undefined ? `${options.noun} ${id}` : `${options.noun} at index ${index}`;
    const reject = (path: (string | number)[], reason: string, message: string) =>
      rejected.push({
        where,
        ...(id !== undefined ? { id } : {}),
        path,
        reason,
        message: `${where}: ${formatPath(path)}: ${message}`,
      });

    const vendor = options.schema.safeParse(raw);
    if (!vendor.success) {
      const issues = vendor.error.issues;
      const path = (issues[0]?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
      const all = issues
        .map(
          (i) =>
            `${formatPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${i.message}`,
        )
        .join('; ');
      reject(
        path,
        'invalid-vendor-record',
        issues.length > 1 ? all : (issues[0]?.message ?? 'invalid'),
      );
      return;
    }
    let mapped: AdapterRecordInput[];
    try {
      const out = options.map(vendor.data);
      mapped = Array.isArray(out) ? out : [out];
    } catch (error) {
      if (error instanceof MappingError) {
        reject(error.path, error.reason, error.message);
        return;
      }
      throw error;
    }
    for (const input of mapped) {
      const parsed = parseAdapterRecord(input);
      if (parsed.success) {
        records.push(parsed.record);
      } else {
        const first = parsed.issues[0];
        reject(
          [input.kind, ...(first?.path ?? [])],
          'invalid-core-record',
          parsed.issues.map((i) => `${formatPath(i.path)} ${i.message}`).join('; '),
        );
      }
    }
  });
  return { records, rejected };
}
