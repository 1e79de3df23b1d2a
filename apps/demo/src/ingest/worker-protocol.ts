import type { CsvMappingInput, CsvPresetName, CsvReadResult } from '@tablero/adapter-csv';
import type { MonthBucketsResult } from './month-buckets.js';

export type Rejection = CsvReadResult['rejected'][number];

/** One file to read: a preset found from its header, or the mapping the user made. */
export interface IngestJob {
  file: File;
  preset?: CsvPresetName;
  mapping?: CsvMappingInput;
}

export interface IngestRequest {
  type: 'ingest';
  jobs: IngestJob[];
  /** Zone of the wall times written in the files. */
  fileTimeZone: string;
  /** Zone the months and the heatmap are computed in. */
  timeZone: string;
  /** Rejections kept with their line numbers; the rest are only counted. */
  keepRejections: number;
}

export interface FileOutcome {
  name: string;
  preset: string;
  rowsRead: number;
  mapped: number;
  rejectedRows: number;
}

export type IngestMessage =
  | { type: 'progress'; bytes: number; totalBytes: number; rows: number; file: string }
  | {
      type: 'done';
      buckets: MonthBucketsResult;
      files: FileOutcome[];
      rejections: (Rejection & { file: string })[];
      byReason: Record<string, number>;
      rejectionCount: number;
      rows: number;
      ms: number;
    }
  | { type: 'failed'; file: string; message: string };
