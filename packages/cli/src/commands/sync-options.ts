import type { OptionSpec } from '../args/parse-command-args.js';

/** Output, resume and reporting options every `tablero sync <source>` shares. */
export const SYNC_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'out',
    type: 'string',
    short: 'o',
    valueName: 'file',
    description: 'NDJSON file of core records, one {"kind","record"} per line (required)',
  },
  {
    name: 'state',
    type: 'string',
    valueName: 'file',
    description: 'resume state, saved after every batch (default: <out>.state.json)',
  },
  {
    name: 'rejected',
    type: 'string',
    valueName: 'file',
    description: 'NDJSON file of rejected rows: place, field, reason, message',
  },
  {
    name: 'restart',
    type: 'boolean',
    description: 'ignore any saved state and replace the output files',
  },
  {
    name: 'strict',
    type: 'boolean',
    description: 'exit 1 when any row was rejected (the valid rows are still written)',
  },
  {
    name: 'quiet',
    type: 'boolean',
    short: 'q',
    description: 'no progress and no summary; errors and rejected-row warnings only',
  },
  {
    name: 'json',
    type: 'boolean',
    description: 'print a JSON summary on stdout at the end (progress stays on stderr)',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
