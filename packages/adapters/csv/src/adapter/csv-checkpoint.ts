import type { Checkpoint } from '@tablero/adapter-kit';
import { z } from 'zod';
import { CsvError } from '../csv-error.js';
import type { CsvSettings } from '../parse/read-rows.js';
import { CSV_ENCODINGS } from '../text/encodings.js';
import type { CsvSummary } from './csv-summary.js';

export const CSV_CHECKPOINT_VERSION = 1;

/**
 * Where to resume: the byte offset and physical line of the next record, the settings the file
 * was read with (so nothing is detected again mid-file), its header (the resumed read starts
 * past it) and the running totals (so the summary covers the whole file).
 */
const CsvCheckpointSchema = z.looseObject({
  adapter: z.literal('csv'),
  version: z.literal(CSV_CHECKPOINT_VERSION),
  byte: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  settings: z.strictObject({
    encoding: z.enum(CSV_ENCODINGS),
    delimiter: z.string().length(1),
    bomLength: z.number().int().nonnegative(),
    encodingEvidence: z.string(),
    delimiterEvidence: z.string(),
  }),
  columns: z.array(z.string()),
  size: z.number().int().nonnegative().optional(),
  done: z.boolean(),
  totals: z.looseObject({
    rowsRead: z.number(),
    mapped: z.number(),
    rejectedRows: z.number(),
    blankLines: z.number(),
    byReason: z.record(z.string(), z.number()),
  }),
});

export type CsvCheckpoint = Checkpoint & z.infer<typeof CsvCheckpointSchema>;

export function makeCheckpoint(
  byte: number,
  line: number,
  settings: CsvSettings,
  summary: CsvSummary,
  done: boolean,
): CsvCheckpoint {
  const checkpoint: CsvCheckpoint = {
    adapter: 'csv',
    version: CSV_CHECKPOINT_VERSION,
    byte,
    line,
    settings: { ...settings },
    columns: [...summary.columns],
    done,
    totals: {
      rowsRead: summary.rowsRead,
      mapped: summary.mapped,
      rejectedRows: summary.rejectedRows,
      blankLines: summary.blankLines,
      byReason: { ...summary.byReason },
    },
  };
  if (summary.totalBytes !== undefined) checkpoint.size = summary.totalBytes;
  return checkpoint;
}

export function readCheckpoint(value: Checkpoint): CsvCheckpoint {
  const parsed = CsvCheckpointSchema.safeParse(value);
  if (!parsed.success) {
    throw new CsvError(
      'bad-checkpoint',
      `not a checkpoint of this CSV adapter (adapter ${JSON.stringify(value.adapter)}, version ${JSON.stringify(value.version)}): ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data as CsvCheckpoint;
}
