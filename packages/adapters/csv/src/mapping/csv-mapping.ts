import { z } from 'zod';
import { DURATION_UNITS } from '../values/parse-duration.js';

/** Record kinds a CSV mapping can produce. */
export const CSV_RECORD_KINDS = ['ticket', 'survey-response'] as const;
export type CsvRecordKind = (typeof CSV_RECORD_KINDS)[number];

/** Ticket fields a mapping may fill, with how the cell is read. */
export const TICKET_FIELD_TYPES = {
  id: 'string',
  createdAt: 'instant',
  status: 'status',
  firstResponseAt: 'instant',
  resolvedAt: 'instant',
  fullyResolvedAt: 'instant',
  closedAt: 'instant',
  channel: 'channel',
  priority: 'priority',
  group: 'string',
  assignee: 'string',
  customerId: 'string',
  customerSegment: 'string',
  language: 'string',
  tier: 'string',
  tags: 'list',
  agentTouches: 'integer',
  reopens: 'integer',
  escalated: 'boolean',
  isComplaint: 'boolean',
  isApplause: 'boolean',
  holdSeconds: 'seconds',
} as const;

/** Survey-response fields a mapping may fill. */
export const SURVEY_FIELD_TYPES = {
  id: 'string',
  kind: 'survey-kind',
  score: 'score',
  answeredAt: 'instant',
  respondentId: 'string',
  customerId: 'string',
  employeeId: 'string',
  ticketId: 'string',
  agent: 'string',
  channel: 'channel',
  language: 'string',
  comment: 'string',
} as const;

export type FieldType =
  | (typeof TICKET_FIELD_TYPES)[keyof typeof TICKET_FIELD_TYPES]
  | (typeof SURVEY_FIELD_TYPES)[keyof typeof SURVEY_FIELD_TYPES];

/** Required fields per kind: a mapping without a column (or constant) for them is refused. */
export const REQUIRED_FIELDS: Record<CsvRecordKind, readonly string[]> = {
  ticket: ['id', 'createdAt', 'status'],
  'survey-response': ['id', 'kind', 'score', 'answeredAt'],
};

/** Types a `custom` column can be kept as. */
export const CUSTOM_TYPES = ['string', 'number', 'boolean', 'instant'] as const;

/**
 * Where one field comes from. Exactly one of `column` (a header, or several spellings tried
 * in order), `value` (a constant) or `line: true` (the row's line number, for files without an
 * id column).
 */
export const FieldRuleSchema = z
  .strictObject({
    column: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    line: z.literal(true).optional(),
    /** Date pattern for instants in this column (default: the mapping's `dateFormat`). */
    format: z.string().min(1).optional(),
    /**
     * The cell is a duration after `createdAt` rather than a date (instants), or a duration
     * to keep in seconds (`holdSeconds`).
     */
    duration: z.enum(DURATION_UNITS).optional(),
    /** Extra or overriding words for enum fields: `{ "Esperando cliente": "pending" }`. */
    values: z.record(z.string(), z.string()).optional(),
    /** List separator for `tags` (default: spaces, commas and semicolons). */
    separator: z.string().min(1).optional(),
    /** For `custom` fields: how to keep the cell (default `string`). */
    type: z.enum(CUSTOM_TYPES).optional(),
    /** Prefix for ids (`zd-`), so ids from several systems do not collide. */
    prefix: z.string().optional(),
  })
  .refine((r) => [r.column, r.value, r.line].filter((x) => x !== undefined).length === 1, {
    message: 'a field rule needs exactly one of column, value or line',
  });

export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** One rule, or several tried in order (the first whose column exists and cell is not empty). */
export const FieldSourceSchema = z.union([FieldRuleSchema, z.array(FieldRuleSchema).min(1)]);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/**
 * A column mapping: plain JSON, so it can be saved next to a file and used again (`tablero
 * sync csv --mapping mapping.json`). Presets are values of this type.
 */
export const CsvMappingSchema = z
  .strictObject({
    /** Format version of this JSON. */
    version: z.literal(1).default(1),
    /** Shown in messages: `zendesk`, `my export`. */
    name: z.string().min(1).optional(),
    kind: z.enum(CSV_RECORD_KINDS),
    /** Fills `Ticket.source.system` (with the row's id) when set. */
    system: z.string().min(1).optional(),
    /** Date pattern used where a field gives none: `iso` (default), `dd/MM/yyyy HH:mm`… */
    dateFormat: z.string().min(1).default('iso'),
    /** `auto`: a comma when the file is `;`-delimited (Excel in Spanish), else a point. */
    decimal: z.enum(['.', ',', 'auto']).default('auto'),
    /** Time zone of wall times, when the sync does not say (IANA name). */
    timeZone: z.string().min(1).optional(),
    fields: z.record(z.string(), FieldSourceSchema),
    /** Extra columns kept in the record's `custom` object, by key. */
    custom: z.record(z.string(), FieldRuleSchema).optional(),
  })
  .superRefine((m, ctx) => {
    const allowed: Record<string, string> =
      m.kind === 'ticket' ? TICKET_FIELD_TYPES : SURVEY_FIELD_TYPES;
    for (const field of Object.keys(m.fields)) {
      if (!(field in allowed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', field],
          message: `"${field}" is not a ${m.kind} field (known: ${Object.keys(allowed).join(', ')})`,
        });
      }
    }
    for (const field of REQUIRED_FIELDS[m.kind]) {
      if (!(field in m.fields)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', field],
          message: `a ${m.kind} mapping needs "${field}"`,
        });
      }
    }
  });

/** A mapping as written in JSON (defaults may be left out). */
export type CsvMappingInput = z.input<typeof CsvMappingSchema>;
/** A mapping with its defaults filled in. */
export type CsvMapping = z.output<typeof CsvMappingSchema>;
