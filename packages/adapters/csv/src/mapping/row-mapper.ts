import type { AdapterRecord, Rejection } from '@tablero/adapter-kit';
import { SurveyResponseSchema, TicketSchema } from '@tablero/core';
import { CsvError } from '../csv-error.js';
import { compileDateFormat, type DateParser } from '../values/date-format.js';
import { parseBoolean } from '../values/parse-boolean.js';
import { splitWords } from '../values/split-words.js';
import { parseDuration, type DurationUnit } from '../values/parse-duration.js';
import { parseNumber, type DecimalSeparator } from '../values/parse-number.js';
import {
  CHANNEL_WORDS,
  PRIORITY_WORDS,
  STATUS_WORDS,
  SURVEY_KIND_WORDS,
} from '../values/vocabularies.js';
import {
  REQUIRED_FIELDS,
  SURVEY_FIELD_TYPES,
  TICKET_FIELD_TYPES,
  type CsvMapping,
  type FieldRule,
  type FieldType,
} from './csv-mapping.js';
import {
  SURVEY_SLOTS,
  TICKET_SLOTS,
  buildSurveyResponse,
  buildTicket,
  type SlotValue,
} from './build-record.js';
import { normalizeHeader } from './normalize-header.js';
import { csvRejection, type CsvRejectionReason } from './rejection.js';

type Value = string | number | boolean | string[];

/** A cell read failed: why, in words and as a reason code. */
class CellError {
  constructor(
    readonly reason: CsvRejectionReason,
    readonly message: string,
  ) {}
}

/** Reads one cell; `createdAt` is the row's, for durations after creation. */
type Reader = (cell: string, createdAt: number | undefined) => Value | undefined | CellError;

interface CompiledRule {
  /** Column index, or -1 for a constant / the line number. */
  index: number;
  column: string | undefined;
  read: Reader;
  constant?: Value;
  /** The row's line number is the value (ids of files without an id column). */
  line?: true;
}

interface CompiledField {
  field: string;
  /** Index into the row's value array (the field's schema position, or its place in `custom`). */
  slot: number;
  rules: CompiledRule[];
  required: boolean;
  custom: boolean;
  /** Durations after creation read this field's value: checked once here, not per row. */
  createdAt: boolean;
}

export interface RowMapperOptions {
  timeZone: string;
  /** The file's delimiter, for `decimal: 'auto'`. */
  delimiter: string;
  /** `schema` also runs the core zod schema on every record (slower; the mapper's own checks already match it). */
  validate?: 'mapper' | 'schema';
}

/** A row's outcome: its record, or every reason it was refused. */
export type MappedRow = AdapterRecord | Rejection[];

/** What the header told us, for the summary and the checkpoint. */
export interface HeaderInfo {
  columns: string[];
  /** Fields whose columns are not in this file (optional ones; required ones throw). */
  unmapped: string[];
  /** Columns the mapping does not use. */
  unused: string[];
  /** Header-level problems (duplicate names), reported as line-1 rejections. */
  rejected: Rejection[];
}

/**
 * Compiles a mapping against a file's header into a function from rows to core records. Done
 * once per file: header matching, date patterns and vocabularies are resolved here so the
 * per-row work is array lookups and the cell readers.
 */
export class RowMapper {
  readonly header: HeaderInfo;
  readonly #mapping: CsvMapping;
  readonly #fields: CompiledField[];
  readonly #width: number;
  readonly #columns: string[];
  readonly #validate: 'mapper' | 'schema';
  /** The current row's values by slot; every compiled field overwrites its own on every row. */
  readonly #values: SlotValue[];
  readonly #customValues: SlotValue[];
  readonly #customNames: string[] = [];

  constructor(mapping: CsvMapping, columns: string[], options: RowMapperOptions) {
    this.#mapping = mapping;
    this.#width = columns.length;
    this.#validate = options.validate ?? 'mapper';
    this.#columns = columns;
    const decimal: DecimalSeparator =
      mapping.decimal === 'auto' ? (options.delimiter === ';' ? ',' : '.') : mapping.decimal;
    const normalized = columns.map(normalizeHeader);
    const index = new Map<string, number>();
    const rejected: Rejection[] = [];
    normalized.forEach((name, i) => {
      if (name === '') return;
      if (index.has(name)) {
        const first = columns[index.get(name)!]!;
        rejected.push(
          csvRejection(
            1,
            columns[i]!,
            [],
            'duplicate-header',
            `column ${i + 1} repeats the header "${first}" of column ${index.get(name)! + 1}; the first one is used`,
          ),
        );
        return;
      }
      index.set(name, i);
    });
    const types: Record<string, FieldType> =
      mapping.kind === 'ticket' ? TICKET_FIELD_TYPES : SURVEY_FIELD_TYPES;
    const slots: Readonly<Record<string, number>> =
      mapping.kind === 'ticket' ? TICKET_SLOTS : SURVEY_SLOTS;
    // One parser per column, not per format: each keeps its own last-day cache, which a
    // date column (sorted, or nearly) hits on most rows.
    const dateParser = (format: string): DateParser => {
      try {
        return compileDateFormat(format, options.timeZone);
      } catch (error) {
        throw new CsvError('bad-mapping', (error as Error).message);
      }
    };
    const context = { decimal, dateParser, dateFormat: mapping.dateFormat };
    const used = new Set<number>();
    const unmapped: string[] = [];
    const compile = (
      field: string,
      rules: FieldRule[],
      type: FieldType | CustomType,
      custom: boolean,
    ) => {
      const compiled: CompiledRule[] = [];
      for (const rule of rules) {
        const read = readerFor(type, rule, context);
        if (rule.value !== undefined) {
          compiled.push({ index: -1, column: undefined, read, constant: rule.value });
        } else if (rule.line) {
          compiled.push({ index: -1, column: undefined, read, line: true });
        } else {
          const names = Array.isArray(rule.column) ? rule.column : [rule.column!];
          const at = names.map((n) => index.get(normalizeHeader(n))).find((i) => i !== undefined);
          if (at === undefined) continue;
          used.add(at);
          compiled.push({ index: at, column: columns[at], read });
        }
      }
      const required = !custom && REQUIRED_FIELDS[mapping.kind].includes(field);
      if (compiled.length === 0) {
        if (required) {
          const wanted = rules
            .flatMap((r) => (Array.isArray(r.column) ? r.column : r.column ? [r.column] : []))
            .map((c) => `"${c}"`)
            .join(', ');
          missing.push({ field, text: `"${field}" (looked for ${wanted})` });
          return;
        }
        unmapped.push(custom ? `custom.${field}` : field);
        return;
      }
      let slot = slots[field]!;
      if (custom) {
        slot = this.#customNames.length;
        this.#customNames.push(field);
      }
      this.#fields.push({
        field,
        slot,
        rules: compiled,
        required,
        custom,
        createdAt: !custom && field === 'createdAt',
      });
    };
    this.#fields = [];
    const missing: { field: string; text: string }[] = [];
    // createdAt first: durations after creation need it.
    const order = Object.keys(mapping.fields).sort(
      (a, b) => Number(b === 'createdAt') - Number(a === 'createdAt'),
    );
    for (const field of order) {
      const source = mapping.fields[field]!;
      compile(field, Array.isArray(source) ? source : [source], types[field]!, false);
    }
    for (const [key, rule] of Object.entries(mapping.custom ?? {})) {
      compile(key, [rule], rule.type ?? 'string', true);
    }
    if (missing.length) {
      // All of them at once, in the mapping's order: one fix-and-retry, not one per column.
      const fields = Object.keys(mapping.fields);
      missing.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
      throw new CsvError(
        'missing-column',
        `${mapping.name ?? 'the mapping'}: no column for required field${missing.length > 1 ? 's' : ''} ${missing.map((m) => m.text).join(', ')}; the header has ${columns.map((c) => `"${c}"`).join(', ')}`,
      );
    }
    this.#values = new Array<SlotValue>(Object.keys(types).length).fill(undefined);
    this.#customValues = new Array<SlotValue>(this.#customNames.length).fill(undefined);
    this.header = {
      columns,
      unmapped,
      unused: columns.filter((_, i) => !used.has(i) && columns[i] !== ''),
      rejected,
    };
  }

  /**
   * Whether a row repeats the header, as when two exports are joined with `cat`. Compared as
   * written (the same tool wrote both), which costs one string comparison on ordinary rows.
   */
  isHeaderRow(fields: string[]): boolean {
    if (fields.length !== this.#width) return false;
    for (let i = 0; i < fields.length; i++) {
      const field =
        i === 0 && fields[0]!.charCodeAt(0) === 0xfeff ? fields[0]!.slice(1) : fields[i];
      if (field !== this.#columns[i]) return false;
    }
    return true;
  }

  /** Maps one row; every problem in it is reported, not only the first. */
  map(fields: string[], line: number): MappedRow {
    if (fields.length !== this.#width) {
      return [
        csvRejection(
          line,
          undefined,
          [],
          'ragged-row',
          `the row has ${fields.length} fields, the header has ${this.#width}`,
        ),
      ];
    }
    const values = this.#values;
    const customValues = this.#customValues;
    let rejected: Rejection[] | undefined;
    let createdAt: number | undefined;
    let anyCustom = false;
    const compiled = this.#fields;
    for (let k = 0; k < compiled.length; k++) {
      const f = compiled[k]!;
      let value: Value | undefined;
      /** Whether the field came out empty for want of a value (not because a cell was refused). */
      let empty = false;
      const rules = f.rules;
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r]!;
        if (rule.constant !== undefined) {
          value = rule.constant;
          break;
        }
        // A column was tried: an empty field is now the file's doing (a line number never is).
        empty = rule.column !== undefined;
        const cell = rule.line ? String(line) : fields[rule.index]!;
        if (isBlank(cell)) continue;
        const read = rule.read(cell, createdAt);
        if (typeof read === 'object' && read instanceof CellError) {
          (rejected ??= []).push(this.#cellRejection(f, rule, read, line));
          empty = false;
        } else value = read;
        break;
      }
      if (value === undefined && empty && f.required) {
        (rejected ??= []).push(
          csvRejection(
            line,
            f.rules[0]!.column,
            [f.field],
            'missing-value',
            `${f.field} is required but the cell is empty`,
          ),
        );
      }
      if (f.custom) {
        customValues[f.slot] = value;
        if (value !== undefined) anyCustom = true;
      } else {
        values[f.slot] = value;
        if (f.createdAt) createdAt = value as number | undefined;
      }
    }
    if (rejected) return rejected;
    return this.#finish(anyCustom ? this.#custom() : undefined, line);
  }

  #cellRejection(f: CompiledField, rule: CompiledRule, error: CellError, line: number): Rejection {
    return csvRejection(
      line,
      rule.column,
      f.custom ? ['custom', f.field] : [f.field],
      error.reason,
      error.message,
    );
  }

  /** The row's `custom` object, its keys in the mapping's order. */
  #custom(): Record<string, string | number | boolean> {
    const custom: Record<string, string | number | boolean> = {};
    const values = this.#customValues;
    const names = this.#customNames;
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      if (value === undefined) continue;
      if (j < CUSTOM_WRITERS.length) CUSTOM_WRITERS[j]!(custom, names[j]!, value);
      else custom[names[j]!] = value as string | number | boolean;
    }
    return custom;
  }

  #finish(custom: Record<string, string | number | boolean> | undefined, line: number): MappedRow {
    const m = this.#mapping;
    const values = this.#values;
    if (m.kind === 'ticket') {
      const created = values[TICKET_SLOTS.createdAt] as number;
      let rejected: Rejection[] | undefined;
      for (let k = 0; k < LATER_INSTANTS.length; k++) {
        const field = LATER_INSTANTS[k]!;
        const at = values[LATER_SLOTS[k]!] as number | undefined;
        if (at !== undefined && at < created) {
          (rejected ??= []).push(
            csvRejection(
              line,
              this.#columnOf(field),
              [field],
              'before-created',
              `${field} (${new Date(at).toISOString()}) is before createdAt (${new Date(created).toISOString()})`,
            ),
          );
        }
      }
      if (rejected) return rejected;
    }
    const record =
      m.kind === 'ticket'
        ? buildTicket(values, m.system, custom)
        : buildSurveyResponse(values, custom);
    if (this.#validate === 'schema') {
      const schema = m.kind === 'ticket' ? TicketSchema : SurveyResponseSchema;
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        return parsed.error.issues.map((issue) => {
          const field = String(issue.path[0] ?? '');
          return csvRejection(
            line,
            this.#columnOf(field),
            issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            'invalid-record',
            issue.message,
          );
        });
      }
    }
    return m.kind === 'ticket'
      ? { kind: 'ticket', record: record as never }
      : { kind: 'survey-response', record: record as never };
  }

  #columnOf(field: string): string | undefined {
    return this.#fields.find((f) => f.field === field && !f.custom)?.rules[0]?.column;
  }
}

type CustomType = 'string' | 'number' | 'boolean' | 'instant';

type CustomWriter = (custom: Record<string, unknown>, key: string, value: unknown) => void;
/*
 * One store site per custom slot. A single \`custom[key] = value\` sees every custom name and
 * goes megamorphic; each of these sees one name, so V8 caches its store. Measured: 100 → 51 ms
 * per million rows of five custom columns. The functions must stay separate literals.
 */
const CUSTOM_WRITERS: readonly CustomWriter[] = [
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
  (o, k, v) => void (o[k] = v),
];

/** Ticket instants that cannot come before `createdAt` (the core schema's rule). */
const LATER_INSTANTS = ['firstResponseAt', 'resolvedAt', 'fullyResolvedAt', 'closedAt'] as const;
const LATER_SLOTS = LATER_INSTANTS.map((field) => TICKET_SLOTS[field]);

interface ReaderContext {
  decimal: DecimalSeparator;
  dateParser: (format: string) => DateParser;
  dateFormat: string;
}

/**
 * `cell.trim() === ''` without the call for the usual cell, whose first character is printable
 * ASCII and so not white space.
 */
function isBlank(cell: string): boolean {
  if (cell.length === 0) return true;
  const c = cell.charCodeAt(0);
  return c > 32 && c < 127 ? false : cell.trim() === '';
}

/** `cell.trim()`, without the call when both ends are printable ASCII (as nearly always). */
function trimmed(cell: string): string {
  const a = cell.charCodeAt(0);
  const z = cell.charCodeAt(cell.length - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 ? cell : cell.trim();
}

const fail = (reason: CsvRejectionReason, message: string) => new CellError(reason, message);

function enumReader<T extends string>(
  words: ReadonlyMap<string, T>,
  rule: FieldRule,
  what: string,
  fallback?: T,
): Reader {
  const extra = new Map<string, T>();
  const allowed = new Set(words.values());
  for (const [label, value] of Object.entries(rule.values ?? {})) {
    if (!allowed.has(value as T)) {
      throw new CsvError(
        'bad-mapping',
        `values: "${label}" → "${value}" is not a ${what} (one of ${[...allowed].join(', ')})`,
      );
    }
    extra.set(normalizeHeader(label), value as T);
  }
  // Enum columns hold a handful of distinct labels: each is normalised once, then found again
  // by comparing with the few seen so far, which is cheaper than hashing a fresh cell string
  // for a Map (more distinct labels than that go to a Map).
  const labels: string[] = [];
  const results: (T | CellError)[] = [];
  const many = new Map<string, T | CellError>();
  return (cell) => {
    for (let i = 0; i < labels.length; i++) if (labels[i] === cell) return results[i]!;
    let result = many.get(cell);
    if (result === undefined) {
      result = lookup(cell);
      if (labels.length < 16) {
        labels.push(cell);
        results.push(result);
      } else if (many.size < 10_000) many.set(cell, result);
    }
    return result;
  };
  function lookup(cell: string): T | CellError {
    const key = normalizeHeader(cell);
    const hit = extra.get(key) ?? words.get(key);
    if (hit !== undefined) return hit;
    if (fallback !== undefined) return fallback;
    return fail(
      'unknown-value',
      `"${cell.trim()}" is not a known ${what} (add it to the mapping's values, e.g. { "${cell.trim()}": "${[...allowed][0]}" })`,
    );
  }
}

function readerFor(type: FieldType | CustomType, rule: FieldRule, ctx: ReaderContext): Reader {
  const { decimal } = ctx;
  switch (type) {
    case 'string': {
      const prefix = rule.prefix ?? '';
      return prefix === '' ? trimmed : (cell) => prefix + trimmed(cell);
    }
    case 'instant': {
      if (rule.duration) {
        const unit: DurationUnit = rule.duration;
        return (cell, createdAt) => {
          const ms = parseDuration(cell, unit, decimal);
          if (ms === undefined)
            return fail('bad-duration', `"${cell.trim()}" is not a duration in ${unit}`);
          // Without createdAt the row is already refused for it; one reason is enough.
          return createdAt === undefined ? undefined : createdAt + ms;
        };
      }
      const parse = ctx.dateParser(rule.format ?? ctx.dateFormat);
      return (cell) => {
        const ms = parse(cell);
        return typeof ms === 'number' ? ms : fail('bad-date', ms);
      };
    }
    case 'status':
      return enumReader(STATUS_WORDS, rule, 'ticket status');
    case 'priority':
      return enumReader(PRIORITY_WORDS, rule, 'priority');
    case 'survey-kind':
      return enumReader(SURVEY_KIND_WORDS, rule, 'survey kind');
    case 'channel':
      // Channel vocabularies are open-ended (§4.2): an unknown one is `other`, never a lost row.
      return enumReader(CHANNEL_WORDS, rule, 'channel', 'other');
    case 'list': {
      if (rule.separator === undefined) return splitWords;
      const split = rule.separator;
      return (cell) =>
        cell
          .split(split)
          .map((t) => t.trim())
          .filter(Boolean);
    }
    case 'integer':
      return (cell) => {
        const n = parseNumber(cell, decimal);
        if (n === undefined || !Number.isInteger(n) || n < 0) {
          return fail('bad-number', `"${cell.trim()}" is not a whole number of 0 or more`);
        }
        return n;
      };
    case 'number':
      return (cell) => {
        const n = parseNumber(cell, decimal);
        return n === undefined
          ? fail(
              'bad-number',
              `"${cell.trim()}" is not a number (decimal ${decimal === ',' ? 'comma' : 'point'})`,
            )
          : n;
      };
    case 'seconds': {
      const unit: DurationUnit = rule.duration ?? 'seconds';
      return (cell) => {
        const ms = parseDuration(cell, unit, decimal);
        return ms === undefined
          ? fail('bad-duration', `"${cell.trim()}" is not a duration in ${unit}`)
          : ms / 1000;
      };
    }
    case 'boolean':
      return (cell) => {
        const b = parseBoolean(cell);
        return b === undefined
          ? fail('bad-boolean', `"${cell.trim()}" is not yes/no (sí, no, true, false, 1, 0…)`)
          : b;
      };
    case 'score':
      return (cell) => {
        const n = parseNumber(cell, decimal);
        if (n !== undefined) return n;
        const word = normalizeHeader(cell);
        if (word === 'good' || word === 'bueno' || word === 'buena') return 'good';
        if (word === 'bad' || word === 'malo' || word === 'mala') return 'bad';
        return cell.trim();
      };
  }
}
