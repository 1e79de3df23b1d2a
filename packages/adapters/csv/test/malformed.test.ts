import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvAdapterOptions } from '../src/index.js';

const DIR = fileURLToPath(new URL('./fixtures/malformed/', import.meta.url));

/** [line, column (undefined: the whole row), reason] */
type Expected = [number, string | undefined, string];

interface Case {
  /** What is wrong with the file, as a person would say it. */
  what: string;
  rejected: Expected[];
  /** Ids of the records that must come out: every valid row. */
  kept: string[];
  options?: Partial<CsvAdapterOptions>;
  also?: (result: Awaited<ReturnType<typeof readCsv>>) => void;
}

// Most files share the header `id,created_at,status,channel,group,first_response_minutes,escalated`
// (generic-ticket preset) and rows T1…T4 with one row broken; line 1 is the header.
const CASES: Record<string, Case> = {
  'ragged-short.csv': {
    what: 'a row with fewer fields than the header',
    rejected: [[3, undefined, 'ragged-row']],
    kept: ['T1', 'T3'],
  },
  'ragged-long.csv': {
    what: 'a row with more fields than the header',
    rejected: [[3, undefined, 'ragged-row']],
    kept: ['T1', 'T3'],
  },
  'trailing-delimiter.csv': {
    what: 'one row ends with an extra delimiter',
    rejected: [[3, undefined, 'ragged-row']],
    kept: ['T1', 'T3'],
  },
  'whitespace-only-line.csv': {
    what: 'a line of spaces (not an empty line: it is a one-field row)',
    rejected: [[3, undefined, 'ragged-row']],
    kept: ['T1', 'T2'],
  },
  'unbalanced-quote-eof.csv': {
    what: 'the last row opens a quote that never closes',
    rejected: [[4, 'created_at', 'unbalanced-quote']],
    kept: ['T1', 'T2'],
  },
  'unbalanced-quote-middle.csv': {
    what: 'a quote opens in line 3 and never closes; the rows after it are read again',
    rejected: [[3, 'channel', 'unbalanced-quote']],
    kept: ['T1', 'T3', 'T4'],
  },
  'runaway-quote.csv': {
    what: 'an unclosed quote followed by more text than maxQuotedChars',
    rejected: [[3, 'group', 'unbalanced-quote']],
    kept: ['T1', 'T3', 'T4'],
    options: { maxQuotedChars: 1000 },
  },
  'stray-quote.csv': {
    what: 'text after the closing quote of a field ("…"x)',
    rejected: [[3, 'created_at', 'stray-quote']],
    kept: ['T1', 'T3'],
  },
  'quote-inside-unquoted.csv': {
    what: 'a quote inside an unquoted field is taken literally, as Excel does (not an error)',
    rejected: [],
    kept: ['T1', 'T2', 'T3'],
    also: (r) => expect(r.tickets[1]!.group).toBe('Equipo "B"'),
  },
  'bad-date.csv': {
    what: '30 February',
    rejected: [[3, 'created_at', 'bad-date']],
    kept: ['T1', 'T3'],
  },
  'bad-date-format.csv': {
    what: 'a dd/mm/yyyy date in an ISO file',
    rejected: [[3, 'created_at', 'bad-date']],
    kept: ['T1', 'T3'],
  },
  'bad-duration.csv': {
    what: 'minutes written as a word',
    rejected: [[3, 'first_response_minutes', 'bad-duration']],
    kept: ['T1', 'T3'],
  },
  'negative-duration.csv': {
    what: 'a negative first-response time',
    rejected: [[3, 'first_response_minutes', 'bad-duration']],
    kept: ['T1', 'T3'],
  },
  'bad-boolean.csv': {
    what: '"quizás" where yes/no is expected',
    rejected: [[3, 'escalated', 'bad-boolean']],
    kept: ['T1', 'T3'],
  },
  'unknown-status.csv': {
    what: 'a status outside the vocabulary',
    rejected: [[3, 'status', 'unknown-value']],
    kept: ['T1', 'T3'],
  },
  'unknown-channel-kept.csv': {
    what: 'an unknown channel becomes "other" (channels are open-ended, HELPDESK-APIS §4.2)',
    rejected: [],
    kept: ['T1', 'T2'],
    also: (r) => expect(r.tickets[1]!.channel).toBe('other'),
  },
  'missing-id.csv': {
    what: 'an empty id cell',
    rejected: [[3, 'id', 'missing-value']],
    kept: ['T1', 'T3'],
  },
  'missing-created.csv': {
    what: 'an empty creation date (never read as 0 or 1970)',
    rejected: [[3, 'created_at', 'missing-value']],
    kept: ['T1', 'T3'],
  },
  'two-errors-one-row.csv': {
    what: 'two bad cells in one row: both reported',
    rejected: [
      [3, 'created_at', 'bad-date'],
      [3, 'escalated', 'bad-boolean'],
    ],
    kept: ['T1', 'T3'],
  },
  'before-created.csv': {
    what: 'resolved before it was created',
    rejected: [[3, 'resolved_at', 'before-created']],
    kept: ['T1', 'T3'],
  },
  'empty-file.csv': {
    what: 'zero bytes',
    rejected: [[1, undefined, 'empty-file']],
    kept: [],
  },
  'header-only.csv': {
    what: 'a header and no rows (not an error: an empty export)',
    rejected: [],
    kept: [],
    also: (r) => expect(r.summary.rowsRead).toBe(0),
  },
  'header-only-no-newline.csv': {
    what: 'a header without a final line break',
    rejected: [],
    kept: [],
  },
  'blank-lines.csv': {
    what: 'empty lines between rows are skipped and counted, line numbers still physical',
    rejected: [],
    kept: ['T1', 'T2', 'T3'],
    also: (r) => expect(r.summary.blankLines).toBe(3),
  },
  'duplicate-header.csv': {
    what: 'two columns named "status" and "Status"; the first is used',
    rejected: [[1, 'Status', 'duplicate-header']],
    kept: ['T1', 'T2'],
    also: (r) => expect(r.tickets.map((t) => t.status)).toEqual(['open', 'solved']),
  },
  'repeated-header.csv': {
    what: 'two exports joined: the header again on line 4',
    rejected: [[4, undefined, 'repeated-header']],
    kept: ['T1', 'T2', 'T3'],
  },
  'bom-in-middle.csv': {
    what: 'two UTF-8-with-BOM exports joined: a BOM before the second header',
    rejected: [[4, 'id', 'bom-in-middle']],
    kept: ['T1', 'T2', 'T3'],
  },
  'nul-byte.csv': {
    what: 'a 0x00 byte inside a field',
    rejected: [[3, 'channel', 'nul-byte']],
    kept: ['T1', 'T3'],
  },
  'nul-padding-at-end.csv': {
    what: 'six 0x00 bytes after the last line (padded download)',
    rejected: [[4, 'id', 'nul-byte']],
    kept: ['T1', 'T2'],
  },
  'mixed-encoding.csv': {
    what: 'a UTF-8 file with one row in Windows-1252 ("T\\xE9cnico")',
    rejected: [[3, 'group', 'invalid-encoding']],
    kept: ['T1', 'T3'],
    also: (r) => expect(r.summary.settings?.encoding).toBe('utf-8'),
  },
  'truncated-utf8-at-end.csv': {
    what: 'the file ends in the middle of a two-byte character',
    rejected: [[3, 'group', 'invalid-encoding']],
    kept: ['T1'],
  },
  'windows-1252-bad-date.csv': {
    what: 'a whole Windows-1252 file (detected, accents intact) with 32 March',
    rejected: [[3, 'created_at', 'bad-date']],
    kept: ['T1', 'T4'],
    also: (r) => {
      expect(r.summary.settings?.encoding).toBe('windows-1252');
      expect(r.tickets[1]!.group).toBe('Técnico');
    },
  },
  'utf16le-tab-ragged.csv': {
    what: 'UTF-16 LE with BOM, tab-delimited, one short row',
    rejected: [[4, undefined, 'ragged-row']],
    kept: ['T1', 'T2', 'T4'],
    also: (r) => {
      expect(r.summary.settings).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
      expect(r.tickets[1]!.group).toBe('Facturación');
    },
  },
  'utf16be-bad-boolean.csv': {
    what: 'UTF-16 BE with BOM, one bad yes/no',
    rejected: [[3, 'escalated', 'bad-boolean']],
    kept: ['T1'],
  },
  'mixed-newlines.csv': {
    what: 'CRLF, CR and LF in one file, and 25:30 as a time',
    rejected: [[3, 'created_at', 'bad-date']],
    kept: ['T1', 'T3'],
  },
  'quoted-newlines-then-bad.csv': {
    what: 'a comment spanning lines 2–4, then a bad status on physical line 5',
    rejected: [[5, 'status', 'unknown-value']],
    kept: ['T1', 'T3'],
  },
  'semicolon-decimal-comma-ragged.csv': {
    what: '`;` file with decimal commas (1.234,5 minutes) and a short row',
    rejected: [[3, undefined, 'ragged-row']],
    kept: ['T1', 'T3'],
    also: (r) => {
      const [t1, t3] = r.tickets;
      // 15,5 minutes = 930 s; 1.234,5 minutes = 74,070 s after creation.
      expect(t1!.firstResponseAt! - t1!.createdAt).toBe(930_000);
      expect(t3!.firstResponseAt! - t3!.createdAt).toBe(74_070_000);
    },
  },
};

describe('malformed corpus (issue #4 §Tests): exact row-level errors, every valid row kept', () => {
  it('covers every file in the corpus, and at least 30', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.csv'));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [file, c] of Object.entries(CASES)) {
    it(`${file}: ${c.what}`, async () => {
      const bytes = new Uint8Array(readFileSync(DIR + file));
      const result = await readCsv(bytes, {
        preset: 'generic-ticket',
        timeZone: 'Europe/Madrid',
        ...c.options,
      });
      expect(result.rejected.map((r) => [r.line, r.column, r.reason])).toEqual(c.rejected);
      expect(result.tickets.map((t) => t.id)).toEqual(c.kept);
      // Every message names its line (and column when there is one).
      for (const r of result.rejected) {
        expect(r.message).toContain(`line ${r.line}`);
        if (r.column !== undefined) expect(r.message).toContain(`"${r.column}"`);
      }
      // Nothing silently dropped: every data row is either a record or a rejected row.
      const { rowsRead, mapped, rejectedRows } = result.summary;
      expect(mapped + rejectedRows).toBe(rowsRead);
      expect(mapped).toBe(c.kept.length);
      c.also?.(result);
    });
  }
});
