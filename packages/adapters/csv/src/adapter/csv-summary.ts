import type { Rejection } from '@tablero/adapter-kit';
import type { CsvSettings } from '../parse/read-rows.js';

/** What a read did, for the CLI's closing lines and for people checking an import. */
export interface CsvSummary {
  source: string;
  settings?: CsvSettings;
  columns: string[];
  /** Mapped fields whose columns are not in the file. */
  unmappedFields: string[];
  /** Columns the mapping does not use. */
  unusedColumns: string[];
  /** Data rows (header and blank lines excluded), mapped or rejected. */
  rowsRead: number;
  /** Rows that became records. */
  mapped: number;
  /** Rows refused (each may carry several rejections). */
  rejectedRows: number;
  /** Rejections by reason, header-level ones included. */
  byReason: Record<string, number>;
  blankLines: number;
  bytesRead: number;
  totalBytes?: number;
  done: boolean;
}

export function emptySummary(source: string, totalBytes: number | undefined): CsvSummary {
  const summary: CsvSummary = {
    source,
    columns: [],
    unmappedFields: [],
    unusedColumns: [],
    rowsRead: 0,
    mapped: 0,
    rejectedRows: 0,
    byReason: {},
    blankLines: 0,
    bytesRead: 0,
    done: false,
  };
  if (totalBytes !== undefined) summary.totalBytes = totalBytes;
  return summary;
}

export function countRejections(summary: CsvSummary, rejections: readonly Rejection[]): void {
  for (const r of rejections) summary.byReason[r.reason] = (summary.byReason[r.reason] ?? 0) + 1;
}
