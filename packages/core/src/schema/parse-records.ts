import type { z } from 'zod';
import {
  TableroValidationError,
  recordRef,
  type RecordIssue,
  type RejectedRecord,
  type ValidationMode,
} from '../errors.js';

export interface ParsedRecords<T> {
  records: T[];
  rejected: RejectedRecord[];
}

/**
 * Validates a batch against one of the model schemas. Strict mode throws one error listing the
 * records and field paths at fault; lenient mode keeps every valid record and returns the
 * others in `rejected`, each with its reasons.
 */
export function parseRecords<S extends z.ZodType>(
  schema: S,
  input: readonly unknown[],
  options: { mode?: ValidationMode; source?: string } = {},
): ParsedRecords<z.output<S>> {
  const records: z.output<S>[] = [];
  const rejected: RejectedRecord[] = [];
  input.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    const ref = recordRef(index, record);
    const issues: RecordIssue[] = parsed.error.issues.map((issue) => ({
      ...ref,
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    }));
    rejected.push({ ...ref, record, issues });
  });
  if (rejected.length > 0 && (options.mode ?? 'strict') === 'strict') {
    throw new TableroValidationError(
      options.source ?? 'parseRecords',
      rejected.flatMap((r) => r.issues),
    );
  }
  return { records, rejected };
}
