import type {
  Adapter,
  AdapterRecord,
  Checkpoint,
  ProgressEvent,
  RecordKind,
  Rejection,
  SyncBatch,
  SyncOptions,
} from '@tablero/adapter-kit';
import { isValidTimeZone } from '@tablero/core';
import { CsvError } from '../csv-error.js';
import { CsvMappingSchema, type CsvMapping, type CsvMappingInput } from '../mapping/csv-mapping.js';
import { csvRejection } from '../mapping/rejection.js';
import { RowMapper } from '../mapping/row-mapper.js';
import { readRows, type CsvSettings, type ReadRow } from '../parse/read-rows.js';
import { presetMapping, type CsvPresetName } from '../presets/presets.js';
import { toCsvSource, type CsvInput, type CsvSource } from '../source/csv-source.js';
import type { CsvEncoding } from '../text/encodings.js';
import { makeCheckpoint, readCheckpoint } from './csv-checkpoint.js';
import { countRejections, emptySummary, type CsvSummary } from './csv-summary.js';

/**
 * Records per batch. Small batches measured fastest: records that are handed over before two
 * young-generation collections never get copied to the old generation (5,000 cost 30% more CPU
 * and 60% more memory than 250 on a Zendesk export). Callers may batch their writes further.
 */
export const DEFAULT_BATCH_SIZE = 250;

export interface CsvAdapterOptions {
  /** The file: a `File`/`Blob`, a `ReadableStream`, bytes, text, or a `CsvSource` (`fileSource` in `/node`). */
  input: CsvInput;
  /** A built-in mapping; ignored when `mapping` is given. Default `generic-ticket`. */
  preset?: CsvPresetName;
  /** A mapping (plain JSON, validated here). */
  mapping?: CsvMappingInput | CsvMapping;
  /** IANA zone of wall times in the file (exports write local time without offset). Default: the mapping's, else UTC. */
  timeZone?: string;
  /** Overrides the mapping's date pattern: `dd/MM/yyyy HH:mm`. */
  dateFormat?: string;
  /** Overrides the mapping's decimal separator. */
  decimal?: '.' | ',' | 'auto';
  /** Default `auto` (BOM, then UTF-16 NUL pattern, then UTF-8 validity, else Windows-1252). */
  encoding?: CsvEncoding | 'auto';
  /** Default `auto` (`,` `;` tab `|`); any single character. */
  delimiter?: string;
  /** Records per batch (a batch ends at a row boundary). Default 250. */
  batchSize?: number;
  /** `schema` also checks each record against the core zod schema. Default `mapper`. */
  validate?: 'mapper' | 'schema';
  /** A quoted field longer than this is taken as an unbalanced quote. Default 4,000,000 chars. */
  maxQuotedChars?: number;
}

export interface CsvAdapter extends Adapter {
  readonly name: 'csv';
  readonly mapping: CsvMapping;
  readonly timeZone: string;
  /** Totals of the current (or last) sync; whole-file totals when resumed from a checkpoint. */
  readonly summary: CsvSummary;
}

/** Resolves preset, mapping and overrides into one validated mapping; throws `CsvError`. */
export function resolveMapping(options: Omit<CsvAdapterOptions, 'input'>): CsvMapping {
  let mapping: CsvMapping;
  if (options.mapping) {
    const parsed = CsvMappingSchema.safeParse(options.mapping);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CsvError(
        'bad-mapping',
        `mapping ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      );
    }
    mapping = parsed.data;
  } else {
    mapping = presetMapping(options.preset ?? 'generic-ticket');
  }
  return {
    ...mapping,
    ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
    ...(options.decimal ? { decimal: options.decimal } : {}),
  };
}

/**
 * The CSV adapter: a file of tickets or survey answers, streamed into core records in
 * batches. Each batch's checkpoint is the byte offset and line of the next row, so a sync
 * killed after storing batch k resumes at batch k + 1 with nothing lost and nothing twice.
 * Rows that cannot be read or mapped come back as `rejected` with line, column and reason;
 * the rows around them are kept.
 */
export function createCsvAdapter(options: CsvAdapterOptions): CsvAdapter {
  const mapping = resolveMapping(options);
  const timeZone = options.timeZone ?? mapping.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    throw new CsvError(
      'bad-option',
      `"${timeZone}" is not a valid IANA time zone (e.g. Europe/Madrid)`,
    );
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new CsvError(
      'bad-option',
      `batchSize must be a whole number of 1 or more, got ${batchSize}`,
    );
  }
  if (
    options.delimiter !== undefined &&
    options.delimiter !== 'auto' &&
    (options.delimiter.length !== 1 || options.delimiter === '"')
  ) {
    throw new CsvError(
      'bad-option',
      `delimiter must be one character other than '"', got ${JSON.stringify(options.delimiter)}`,
    );
  }
  const source: CsvSource = toCsvSource(options.input);
  const kind: RecordKind = mapping.kind;
  let summary = emptySummary(source.name, source.size);

  return {
    name: 'csv',
    kinds: [kind],
    mapping,
    timeZone,
    get summary() {
      return summary;
    },
    sync(syncOptions: SyncOptions = {}) {
      summary = emptySummary(source.name, source.size);
      return syncCsv(source, mapping, timeZone, batchSize, options, syncOptions, summary);
    },
  };
}

async function* syncCsv(
  source: CsvSource,
  mapping: CsvMapping,
  timeZone: string,
  batchSize: number,
  options: CsvAdapterOptions,
  sync: SyncOptions,
  summary: CsvSummary,
): AsyncGenerator<SyncBatch> {
  const emit = sync.onProgress ?? (() => undefined);
  let resume: { settings: CsvSettings; byte: number; line: number } | undefined;
  let mapper: RowMapper | undefined;
  if (sync.checkpoint) {
    const checkpoint = readCheckpoint(sync.checkpoint as Checkpoint);
    if (
      checkpoint.size !== undefined &&
      source.size !== undefined &&
      checkpoint.size !== source.size
    ) {
      throw new CsvError(
        'source-changed',
        `${source.name} is ${source.size} bytes but the checkpoint was made on a file of ${checkpoint.size} bytes; start again without the checkpoint`,
      );
    }
    Object.assign(summary, {
      ...checkpoint.totals,
      byReason: { ...checkpoint.totals.byReason },
      settings: checkpoint.settings,
      columns: checkpoint.columns,
      bytesRead: checkpoint.byte,
    });
    if (checkpoint.done) {
      summary.done = true;
      return;
    }
    resume = {
      settings: checkpoint.settings as CsvSettings,
      byte: checkpoint.byte,
      line: checkpoint.line,
    };
    mapper = makeMapper(
      mapping,
      checkpoint.columns,
      timeZone,
      checkpoint.settings.delimiter,
      options,
      summary,
    );
  }

  let records: AdapterRecord[] = [];
  let rejected: Rejection[] = [];
  let sawAnyRow = resume !== undefined;
  let settings = resume?.settings;
  const reject = (list: Rejection[]) => {
    countRejections(summary, list);
    for (const r of list) emit({ type: 'rejected', rejection: r });
    rejected.push(...list);
  };

  for await (const group of readRows(source, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(resume ? { resume } : {}),
    ...(options.maxQuotedChars ? { maxQuotedChars: options.maxQuotedChars } : {}),
    ...(sync.signal ? { signal: sync.signal } : {}),
  })) {
    settings = group.settings;
    summary.settings = settings;
    for (const row of group.rows) {
      if (row.blank) {
        summary.blankLines++;
        continue;
      }
      sawAnyRow = true;
      if (!mapper) {
        if (row.problem || row.marks) {
          throw new CsvError(
            'bad-header',
            `${source.name}: the header (line ${row.line}) cannot be read: ${row.problem?.reason ?? row.marks![0]!.reason}`,
          );
        }
        mapper = makeMapper(mapping, row.fields, timeZone, settings.delimiter, options, summary);
        reject(mapper.header.rejected);
        continue;
      }
      summary.rowsRead++;
      const problems = rowProblems(row, summary.columns);
      const mapped =
        problems ??
        (mapper.isHeaderRow(row.fields)
          ? [
              csvRejection(
                row.line,
                undefined,
                [],
                'repeated-header',
                'the header appears again (two files joined?); the row is skipped',
              ),
            ]
          : mapper.map(row.fields, row.line));
      if (Array.isArray(mapped)) {
        summary.rejectedRows++;
        reject(mapped);
      } else {
        summary.mapped++;
        records.push(mapped);
      }
      if (records.length >= batchSize) {
        summary.bytesRead = group.byteAt(row.end);
        yield {
          records,
          rejected,
          checkpoint: makeCheckpoint(summary.bytesRead, row.endLine + 1, settings, summary, false),
        };
        records = [];
        rejected = [];
        // The caller may have aborted while it stored that batch: stop before reading on.
        sync.signal?.throwIfAborted();
      }
    }
    summary.bytesRead = group.bytesRead;
    emit({
      type: 'bytes',
      bytes: group.bytesRead,
      ...(source.size !== undefined ? { totalBytes: source.size } : {}),
      records: summary.mapped,
    } satisfies ProgressEvent);
  }
  if (!sawAnyRow) {
    reject([
      csvRejection(1, undefined, [], 'empty-file', `${source.name} has no header and no rows`),
    ]);
  }
  summary.done = true;
  const endByte = source.size ?? summary.bytesRead;
  yield {
    records,
    rejected,
    checkpoint: makeCheckpoint(endByte, 1, settings ?? DEFAULT_SETTINGS, summary, true),
  };
}

const DEFAULT_SETTINGS: CsvSettings = {
  encoding: 'utf-8',
  delimiter: ',',
  bomLength: 0,
  encodingEvidence: 'empty',
  delimiterEvidence: 'detected',
};

function makeMapper(
  mapping: CsvMapping,
  columns: string[],
  timeZone: string,
  delimiter: string,
  options: CsvAdapterOptions,
  summary: CsvSummary,
): RowMapper {
  const mapper = new RowMapper(mapping, columns, {
    timeZone,
    delimiter,
    ...(options.validate ? { validate: options.validate } : {}),
  });
  summary.columns = columns;
  summary.unmappedFields = mapper.header.unmapped;
  summary.unusedColumns = mapper.header.unused;
  return mapper;
}

const MARK_TEXT = {
  'nul-byte': ['\0', 'contains a NUL (0x00) byte'],
  'bom-in-middle': [
    '\uFEFF',
    'contains a byte-order mark (U+FEFF) in the middle of the file (two files joined?)',
  ],
  'invalid-encoding': [
    '\uFFFD',
    'has bytes that are not valid UTF-8 (part of the file may be Windows-1252; pass encoding to choose)',
  ],
} as const;

/** Rejections for what the tokenizer and decoder found in a row, or undefined when clean. */
function rowProblems(row: ReadRow, columns: string[]): Rejection[] | undefined {
  if (!row.problem && !row.marks) return undefined; // the common case, allocation-free
  const out: Rejection[] = [];
  if (row.problem) {
    const column = columns[row.problem.field];
    out.push(
      row.problem.reason === 'unbalanced-quote'
        ? csvRejection(
            row.line,
            column,
            [],
            'unbalanced-quote',
            `a quoted field opens here and is never closed; the rest of line ${row.line} is skipped and reading goes on at line ${row.endLine + 1}`,
          )
        : csvRejection(
            row.line,
            column,
            [],
            'stray-quote',
            `text follows the closing quote of a quoted field${row.endLine > row.line ? ` (the record spans lines ${row.line}–${row.endLine})` : ''}`,
          ),
    );
  }
  const seen = new Set<string>();
  for (const mark of row.marks ?? []) {
    if (seen.has(mark.reason)) continue;
    seen.add(mark.reason);
    const [char, text] = MARK_TEXT[mark.reason];
    const field = row.fields.findIndex((f) => f.includes(char));
    const column = row.problem?.reason === 'unbalanced-quote' ? undefined : columns[field];
    out.push(csvRejection(row.line, column, [], mark.reason, text));
  }
  return out.length ? out : undefined;
}
