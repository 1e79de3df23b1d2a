// @tablero/adapter-csv: CSV exports into the core model, streaming, in browsers and Node alike.
// File paths and Node streams: `@tablero/adapter-csv/node`.

export {
  createCsvAdapter,
  DEFAULT_BATCH_SIZE,
  resolveMapping,
  type CsvAdapter,
  type CsvAdapterOptions,
} from './adapter/create-csv-adapter.js';
export { readCsv, type CsvReadResult } from './adapter/read-csv.js';
export type { CsvSummary } from './adapter/csv-summary.js';
export type { CsvCheckpoint } from './adapter/csv-checkpoint.js';
export { CsvError, type CsvErrorReason } from './csv-error.js';

export {
  CsvMappingSchema,
  FieldRuleSchema,
  FieldSourceSchema,
  CSV_RECORD_KINDS,
  TICKET_FIELD_TYPES,
  SURVEY_FIELD_TYPES,
  REQUIRED_FIELDS,
  type CsvMapping,
  type CsvMappingInput,
  type CsvRecordKind,
  type FieldRule,
  type FieldSource,
} from './mapping/csv-mapping.js';
export { normalizeHeader } from './mapping/normalize-header.js';
export { CSV_REJECTION_REASONS, type CsvRejectionReason } from './mapping/rejection.js';
export {
  RowMapper,
  type HeaderInfo,
  type MappedRow,
  type RowMapperOptions,
} from './mapping/row-mapper.js';
export {
  CSV_PRESETS,
  presetMapping,
  isCsvPresetName,
  type CsvPresetName,
} from './presets/presets.js';

export {
  blobSource,
  bytesSource,
  readableStreamSource,
  iterableSource,
  toCsvSource,
  type CsvInput,
  type CsvSource,
} from './source/csv-source.js';
export {
  readRows,
  type CsvSettings,
  type ReadRow,
  type RowGroup,
  type RowMark,
  type ReadRowsOptions,
} from './parse/read-rows.js';
export {
  CsvTokenizer,
  type CsvRow,
  type CsvTokenizerOptions,
  type TokenProblem,
} from './parse/csv-tokenizer.js';
export { detectEncoding, type DetectedEncoding } from './text/detect-encoding.js';
export { detectDelimiter } from './text/detect-delimiter.js';
export {
  CSV_ENCODINGS,
  CSV_DELIMITERS,
  type CsvEncoding,
  type CsvDelimiter,
} from './text/encodings.js';

export { compileDateFormat, type DateParser } from './values/date-format.js';
export { parseNumber, type DecimalSeparator } from './values/parse-number.js';
export { parseBoolean } from './values/parse-boolean.js';
export { parseDuration, DURATION_UNITS, type DurationUnit } from './values/parse-duration.js';
