import type { Rejection } from '@tablero/adapter-kit';

/** Machine-readable reasons a CSV row (or header) is reported; the summary groups by them. */
export const CSV_REJECTION_REASONS = [
  'empty-file',
  'duplicate-header',
  'repeated-header',
  'ragged-row',
  'unbalanced-quote',
  'stray-quote',
  'nul-byte',
  'bom-in-middle',
  'invalid-encoding',
  'missing-value',
  'bad-date',
  'bad-number',
  'bad-boolean',
  'bad-duration',
  'unknown-value',
  'before-created',
  'invalid-record',
] as const;
export type CsvRejectionReason = (typeof CSV_REJECTION_REASONS)[number];

/** A row-level rejection: `line 14, column "Created at": …`. */
export function csvRejection(
  line: number,
  column: string | undefined,
  path: (string | number)[],
  reason: CsvRejectionReason,
  detail: string,
): Rejection {
  const where = column === undefined ? `line ${line}` : `line ${line}, column "${column}"`;
  return {
    where,
    line,
    ...(column === undefined ? {} : { column }),
    path,
    reason,
    message: `${where}: ${detail}`,
  };
}
