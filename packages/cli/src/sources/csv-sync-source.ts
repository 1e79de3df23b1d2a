import { access, constants, readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  CSV_ENCODINGS,
  CSV_PRESETS,
  CsvError,
  createCsvAdapter,
  fileSource,
  isCsvPresetName,
  presetMapping,
  resolveMapping,
  type CsvAdapter,
  type CsvAdapterOptions,
  type CsvEncoding,
  type CsvMappingInput,
} from '@tablero/adapter-csv/node';
import { isValidTimeZone } from '@tablero/core';
import { closestName } from '../args/closest-name.js';
import { CliError, usageError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';
import type { PreparedSync, SyncSource, SyncSourceContext } from './sync-source.js';

/** Names people type for a tab. */
const TAB_NAMES = new Set(['tab', '\\t', '\t', 'tsv']);
/**
 * Records per batch. Every batch costs an fsync of the output and an atomic state write, so
 * the CLI asks for larger batches than the adapter's own default (250, tuned for its memory):
 * at 250 a million-row file spends most of its time waiting on the disk.
 */
const DEFAULT_BATCH = 5000;

/** Where each preset's file comes from (HELPDESK-APIS.md §1.7, §2.7, §3.8). */
const PRESET_NOTES: Partial<Record<string, string>> = {
  zendesk: 'Zendesk Support: Reports → CSV export',
  freshdesk: 'Freshdesk: Tickets → Export',
  hubspot: 'HubSpot: tickets view → Export',
  'generic-ticket': 'any ticket sheet, headers in English or Spanish',
  'generic-survey': 'any survey sheet (NPS, CSAT, CES…), headers in English or Spanish',
};
const HELP = 'Run `tablero sync csv --help` for the options.';

/** `tablero sync csv <file>`: a helpdesk CSV export through `@tablero/adapter-csv`. */
export const csvSource: SyncSource = {
  name: 'csv',
  summary: 'a CSV export file (Zendesk, Freshdesk, HubSpot, or a generic ticket or survey file)',
  usage: [
    '<file> (--preset <name> | --mapping <file>) --time-zone <zone> --out <file> [options]',
    '--preset <name> --print-mapping [--time-zone <zone>] > mapping.json',
  ],
  positionals: [{ name: 'file', description: 'the CSV file to read' }],
  options: [
    {
      name: 'preset',
      type: 'string',
      short: 'p',
      valueName: 'name',
      description: `column mapping of a known export: ${CSV_PRESETS.join(', ')}`,
    },
    {
      name: 'mapping',
      type: 'string',
      short: 'm',
      valueName: 'file',
      description: 'a saved column mapping (JSON), instead of --preset',
    },
    {
      name: 'time-zone',
      type: 'string',
      short: 'z',
      valueName: 'zone',
      description:
        'IANA zone of the times in the file, e.g. Europe/Madrid (required unless the mapping has one)',
    },
    {
      name: 'delimiter',
      type: 'string',
      short: 'd',
      valueName: 'char',
      description: 'field delimiter: , ; tab | or any one character (default: detected)',
    },
    {
      name: 'encoding',
      type: 'string',
      short: 'e',
      valueName: 'name',
      description: `${CSV_ENCODINGS.join(', ')} (default: detected)`,
    },
    {
      name: 'date-format',
      type: 'string',
      valueName: 'pattern',
      description: 'date pattern overriding the mapping\'s, e.g. "dd/MM/yyyy HH:mm"',
    },
    {
      name: 'decimal',
      type: 'string',
      valueName: 'sep',
      description: 'decimal separator: . , or auto (comma when the file is ;-delimited)',
    },
    {
      name: 'print-mapping',
      type: 'boolean',
      description:
        'print the mapping (preset or file, with the options above) as JSON and stop: save it, edit it, pass it to --mapping',
    },
    {
      name: 'batch-size',
      type: 'string',
      valueName: 'n',
      description: `records per batch, i.e. per fsync and saved state (default ${DEFAULT_BATCH.toLocaleString('en-US')})`,
    },
  ],
  env: [],
  helpSections: [
    {
      title: 'Presets',
      // From the adapter's own list, so a new preset shows up here without a CLI change.
      rows: CSV_PRESETS.map((name) => [
        name,
        PRESET_NOTES[name] ?? `${presetMapping(name).kind} export`,
      ]),
    },
    {
      title: 'Examples',
      text: [
        'tablero sync csv export.csv --preset zendesk --time-zone Europe/Madrid --out tickets.ndjson',
        'tablero sync csv encuestas.csv --preset generic-survey --time-zone Europe/Madrid \\',
        '  --delimiter ";" --encoding windows-1252 --date-format "dd/MM/yyyy HH:mm" \\',
        '  --out surveys.ndjson --rejected rejected.ndjson',
      ].join('\n'),
    },
  ],
  preflight: printMapping,
  prepare: prepareCsv,
};

/** The adapter options the flags give, checked; `requireTimeZone` is off for --print-mapping. */
async function readCsvOptions(
  context: SyncSourceContext,
  requireTimeZone: boolean,
): Promise<Omit<CsvAdapterOptions, 'input'>> {
  const { args, cwd } = context;
  const preset = args.strings.get('preset');
  const mappingFile = args.strings.get('mapping');
  if (preset !== undefined && mappingFile !== undefined) {
    throw usageError(
      '--preset and --mapping are alternatives: a mapping file is a whole mapping.',
      'To change a preset, save it with --print-mapping, edit it, and pass it with --mapping.',
    );
  }
  if (preset === undefined && mappingFile === undefined) {
    throw usageError(
      `say how to read the columns: --preset ${CSV_PRESETS.join('|')}, or --mapping <file>.`,
      HELP,
    );
  }
  if (preset !== undefined && !isCsvPresetName(preset)) {
    const near = closestName(preset, CSV_PRESETS);
    throw usageError(
      `unknown preset "${preset}"; the presets are ${CSV_PRESETS.join(', ')}.`,
      near ? `Did you mean --preset ${near}?` : HELP,
    );
  }
  const mapping =
    mappingFile === undefined ? undefined : await readMapping(resolve(cwd, mappingFile));
  const timeZone = args.strings.get('time-zone');
  if (requireTimeZone && timeZone === undefined && !mapping?.timeZone) {
    throw usageError(
      '--time-zone is required: exports write local times without an offset, so name the zone they were written in (e.g. --time-zone Europe/Madrid).',
      HELP,
    );
  }
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw usageError(
      `"${timeZone}" is not an IANA time zone.`,
      'Use a name like Europe/Madrid, America/Mexico_City or UTC.',
    );
  }
  return {
    ...(preset !== undefined && isCsvPresetName(preset) ? { preset } : {}),
    ...(mapping ? { mapping } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...readDelimiter(args.strings.get('delimiter')),
    ...readEncoding(args.strings.get('encoding')),
    ...readDecimal(args.strings.get('decimal')),
    ...(args.strings.has('date-format') ? { dateFormat: args.strings.get('date-format')! } : {}),
    batchSize: readBatchSize(args.strings.get('batch-size')),
  };
}

/**
 * `--print-mapping`: the mapping the flags describe (preset or file, with --date-format,
 * --decimal and --time-zone applied) as JSON, to save, edit and pass back with --mapping.
 */
async function printMapping(context: SyncSourceContext): Promise<string | undefined> {
  if (!context.args.flags.has('print-mapping')) return undefined;
  const options = await readCsvOptions(context, false);
  try {
    const mapping = resolveMapping(options);
    const withZone = options.timeZone ? { ...mapping, timeZone: options.timeZone } : mapping;
    return `${JSON.stringify(withZone, null, 2)}\n`;
  } catch (error) {
    if (error instanceof CsvError) throw usageError(`${error.message}.`, HELP);
    throw error;
  }
}

async function prepareCsv(context: SyncSourceContext): Promise<PreparedSync> {
  const { args, cwd } = context;
  const file = args.positionals[0];
  if (file === undefined) {
    throw usageError('missing the CSV file: `tablero sync csv <file> …`.', HELP);
  }
  const options = await readCsvOptions(context, true);
  const preset = options.preset;
  const mappingFile = args.strings.get('mapping');

  const path = resolve(cwd, file);
  const info = await readableFile(path, file);
  let adapter: CsvAdapter;
  try {
    adapter = createCsvAdapter({ ...options, input: await fileSource(path) });
  } catch (error) {
    if (error instanceof CsvError) throw usageError(`${error.message}.`, HELP);
    throw error;
  }

  return {
    adapter,
    identity: {
      adapter: 'csv',
      input: path,
      size: info.size,
      modified: info.mtimeMs,
      ...(preset !== undefined ? { preset } : { mappingFile: resolve(cwd, mappingFile!) }),
      // The resolved mapping: a changed mapping file, or overrides, change the records.
      mapping: adapter.mapping,
      timeZone: adapter.timeZone,
      encoding: options.encoding ?? 'auto',
      delimiter: options.delimiter ?? 'auto',
    },
    label: basename(path),
    failureExitCode: EXIT_CODES.input,
    secrets: [],
    describeFailure: (error) => {
      if (!(error instanceof CsvError)) {
        // File-system errors (the file vanished mid-read) are the input's; anything else
        // thrown from inside the adapter is a bug, and saying so gets it reported.
        if ((error as NodeJS.ErrnoException | undefined)?.code !== undefined) return undefined;
        return {
          exitCode: EXIT_CODES.internal,
          hint: 'This is a bug in @tablero/adapter-csv, not in your file: please report it with this message.',
        };
      }
      switch (error.reason) {
        case 'missing-column':
          return {
            exitCode: EXIT_CODES.input,
            hint: `Is ${basename(path)} the export this preset reads? The presets are ${CSV_PRESETS.join(', ')}; --mapping takes your own.`,
          };
        case 'source-changed':
        case 'bad-checkpoint':
          return {
            exitCode: EXIT_CODES.usage,
            hint: 'Pass --restart to read the file from the start (this replaces the output files).',
          };
        default:
          return undefined;
      }
    },
    details: () => csvDetails(adapter),
  };
}

/** What the CSV adapter learnt about the file: the settings it read with, columns left over. */
function csvDetails(adapter: CsvAdapter): { notes: string[]; json: Record<string, unknown> } {
  const { settings, unusedColumns, unmappedFields, rowsRead, blankLines } = adapter.summary;
  const notes: string[] = [];
  if (settings) {
    const delimiter = settings.delimiter === '\t' ? 'tab' : `"${settings.delimiter}"`;
    notes.push(
      `Read as ${settings.encoding} (${settings.encodingEvidence}), delimiter ${delimiter} (${settings.delimiterEvidence}).`,
    );
  }
  if (unmappedFields.length > 0) {
    notes.push(`Fields with no column in this file: ${unmappedFields.join(', ')}.`);
  }
  if (unusedColumns.length > 0) {
    notes.push(`Columns not used: ${unusedColumns.join(', ')}.`);
  }
  return {
    notes,
    json: {
      ...(settings ? { encoding: settings.encoding, delimiter: settings.delimiter } : {}),
      rowsRead,
      blankLines,
      unmappedFields,
      unusedColumns,
    },
  };
}

async function readableFile(path: string, shown: string) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw inputError(`${shown} is a directory, not a CSV file.`);
    await access(path, constants.R_OK);
    return info;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw inputError(`${shown} not found (looked in ${path}).`);
    if (code === 'EACCES' || code === 'EPERM')
      throw inputError(`${shown} cannot be read: permission denied.`);
    throw inputError(`${shown} cannot be read: ${(error as Error).message}`);
  }
}

/** A mapping file's JSON; its shape is checked by the adapter, which names the bad field. */
async function readMapping(path: string): Promise<CsvMappingInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(
      code === 'ENOENT'
        ? `the mapping file ${path} was not found.`
        : `the mapping file ${path} cannot be read: ${(error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError(`the mapping file ${path} is not valid JSON: ${(error as Error).message}.`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw usageError(`the mapping file ${path} must hold a JSON object (a column mapping).`);
  }
  return json as CsvMappingInput;
}

function readDelimiter(value: string | undefined): { delimiter?: string } {
  if (value === undefined) return {};
  if (TAB_NAMES.has(value.toLowerCase())) return { delimiter: '\t' };
  if (value === 'auto') return {};
  if ([...value].length !== 1 || value === '"') {
    throw usageError(
      `--delimiter must be one character other than '"' (or "tab"), got "${value}".`,
      HELP,
    );
  }
  return { delimiter: value };
}

function readEncoding(value: string | undefined): { encoding?: CsvEncoding } {
  if (value === undefined || value === 'auto') return {};
  const aliases: Record<string, CsvEncoding> = {
    utf8: 'utf-8',
    cp1252: 'windows-1252',
    'latin-1': 'windows-1252',
    latin1: 'windows-1252',
    'iso-8859-1': 'windows-1252',
  };
  const name = value.toLowerCase();
  const encoding = (CSV_ENCODINGS as readonly string[]).includes(name)
    ? (name as CsvEncoding)
    : aliases[name];
  if (!encoding) {
    throw usageError(
      `unknown encoding "${value}"; the encodings are ${CSV_ENCODINGS.join(', ')} (or auto).`,
      HELP,
    );
  }
  return { encoding };
}

function readDecimal(value: string | undefined): { decimal?: '.' | ',' | 'auto' } {
  if (value === undefined) return {};
  if (value === '.' || value === ',' || value === 'auto') return { decimal: value };
  throw usageError(`--decimal must be ".", "," or auto, got "${value}".`, HELP);
}

function readBatchSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw usageError(`--batch-size must be a whole number of 1 or more, got "${value}".`, HELP);
  }
  return n;
}

function inputError(message: string): CliError {
  return new CliError(message, EXIT_CODES.input);
}
