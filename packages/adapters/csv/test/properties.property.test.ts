import fc from 'fast-check';
import { TicketSchema } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { iterableSource, readCsv, readRows, type CsvEncoding } from '../src/index.js';
import {
  chunksOf,
  splitAt,
  writeCsv,
  type TestEncoding,
  type WriteOptions,
} from './support/write-csv.js';

const ENCODING_OF: Record<TestEncoding, CsvEncoding> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
};

/** Text that a CSV cell may hold: anything but NUL, U+FEFF and U+FFFD (reported as errors by design). */
const anyCell = fc
  .string({ unit: 'binary', maxLength: 12 })
  .filter((s) => !/[\0\uFEFF\uFFFD]/.test(s));
/** Cells with the characters that stress a tokenizer, multi-byte letters and an emoji. */
const trickyCell = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      ' ',
      ',',
      ';',
      '\t',
      '|',
      '"',
      '\r',
      '\n',
      'ñ',
      'é',
      '€',
      '😀',
      '1',
      '.',
    ),
    {
      maxLength: 10,
    },
  )
  .map((chars) => chars.join(''));
/** What Windows-1252 can hold (this test helper's subset). */
const cp1252Cell = fc
  .array(
    fc.constantFrom('a', 'B', ' ', ',', ';', '"', '\r\n', 'á', 'ñ', 'Ü', '€', '¿', '\t', '|'),
    {
      maxLength: 8,
    },
  )
  .map((chars) => chars.join(''));

/**
 * Windows-1252 text that detection can tell from UTF-8: no characters stored as 0x80–0xBF
 * (€, ¿, ¡), which could follow a letter like Ü (0xDC) and form a valid UTF-8 sequence — such
 * a file *is* valid UTF-8, and is read as such unless `encoding` says otherwise (README).
 */
const detectableCell = fc
  .array(fc.constantFrom('a', 'B', ' ', ',', ';', '"', '\r\n', 'á', 'ñ', 'Ü', 'é', '\t', '|'), {
    maxLength: 8,
  })
  .map((chars) => chars.join(''));

const writeOptions = fc.record<WriteOptions>({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  quoting: fc.constantFrom('minimal', 'all'),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  finalNewline: fc.boolean(),
});

const table = (cell: fc.Arbitrary<string>) =>
  fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 8,
    }),
  );

const cuts = fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 });

describe('RFC 4180 round trip (property): any table, delimiter, quoting, newline, encoding and chunking', () => {
  it('reads back the same rows, and every record end maps to its exact byte offset', async () => {
    await fc.assert(
      fc.asyncProperty(
        writeOptions.chain((options) =>
          fc.record({
            options: fc.constant(options),
            rows: table(
              options.encoding === 'windows-1252' ? cp1252Cell : fc.oneof(anyCell, trickyCell),
            ),
            cuts,
          }),
        ),
        async ({ options, rows, cuts }) => {
          const { bytes, ends } = writeCsv(rows, options);
          const source = iterableSource(chunksOf(splitAt(bytes, cuts)));
          const read: string[][] = [];
          const byteEnds: number[] = [];
          for await (const group of readRows(source, {
            encoding: ENCODING_OF[options.encoding],
            delimiter: options.delimiter,
          })) {
            for (const row of group.rows) {
              expect(row.problem).toBeUndefined();
              read.push(row.fields);
              byteEnds.push(group.byteAt(row.end));
            }
          }
          expect(read).toEqual(rows);
          expect(byteEnds).toEqual(ends);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects the encoding and delimiter of any such file whose first line has the delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        writeOptions.chain((options) =>
          fc.record({
            options: fc.constant(options),
            header: fc.array(fc.constantFrom('id', 'fecha', 'Estado', 'canal', 'número'), {
              minLength: 2,
              maxLength: 5,
            }),
            rows: fc.array(fc.array(detectableCell, { minLength: 5, maxLength: 5 }), {
              maxLength: 6,
            }),
            cuts,
          }),
        ),
        async ({ options, header, rows, cuts }) => {
          const body = rows.map((r) => r.slice(0, header.length));
          const { bytes } = writeCsv([header, ...body], { ...options, quoting: 'all' });
          const source = iterableSource(chunksOf(splitAt(bytes, cuts)));
          const read: string[][] = [];
          for await (const group of readRows(source)) {
            expect(group.settings.encoding).toBe(
              // Without a BOM and without bytes above 0x7F, UTF-8 and Windows-1252 read alike.
              options.encoding === 'windows-1252' && bytes.every((b) => b < 0x80)
                ? 'utf-8'
                : ENCODING_OF[options.encoding],
            );
            expect(group.settings.delimiter).toBe(options.delimiter);
            read.push(...group.rows.map((r) => r.fields));
          }
          expect(read).toEqual([header, ...body]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tickets round trip (property, generic-ticket preset)', () => {
  const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
  const ticket = fc.record({
    id: fc.stringMatching(/^[A-Z]{1,3}-\d{1,6}$/),
    createdAt: fc.integer({
      min: Date.UTC(2000, 0, 1) / 60_000,
      max: Date.UTC(2040, 0, 1) / 60_000,
    }),
    status: fc.constantFrom(...STATUSES),
    firstResponseMinutes: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    escalated: fc.option(fc.boolean(), { nil: undefined }),
    group: fc.option(
      cp1252Cell.filter((s) => s.trim() === s && s !== ''),
      { nil: undefined },
    ),
  });

  it('writes tickets as CSV in any dialect and reads back the same records (UTC wall times)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(ticket, { minLength: 1, maxLength: 10 }),
        writeOptions,
        cuts,
        fc.constantFrom('sí', 'si', 'true', 'yes', '1', 'verdadero'),
        async (tickets, options, cuts, yes) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const wall = (minutes: number) => {
            const d = new Date(minutes * 60_000);
            return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
          };
          const header = [
            'Id',
            'Fecha de creación',
            'ESTADO',
            'Primera respuesta (min)',
            'Escalado',
            'Grupo',
          ];
          const rows = tickets.map((t) => [
            t.id,
            wall(t.createdAt),
            t.status,
            t.firstResponseMinutes === undefined ? '' : String(t.firstResponseMinutes),
            t.escalated === undefined ? '' : t.escalated ? yes : 'no',
            t.group ?? '',
          ]);
          const { bytes } = writeCsv([header, ...rows], options);
          const result = await readCsv(iterableSource(chunksOf(splitAt(bytes, cuts))), {
            preset: 'generic-ticket',
            timeZone: 'UTC',
            encoding: ENCODING_OF[options.encoding],
          });
          expect(result.rejected).toEqual([]);
          // The mapper's own checks promise what the core schema checks.
          for (const t of result.tickets) expect(TicketSchema.safeParse(t).success).toBe(true);
          expect(result.tickets).toEqual(
            tickets.map((t) => ({
              id: t.id,
              createdAt: t.createdAt * 60_000,
              status: t.status,
              ...(t.firstResponseMinutes === undefined
                ? {}
                : { firstResponseAt: (t.createdAt + t.firstResponseMinutes) * 60_000 }),
              ...(t.escalated === undefined ? {} : { escalated: t.escalated }),
              ...(t.group === undefined ? {} : { group: t.group }),
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('record byte offsets with invalid UTF-8 bytes (property; checkpoints of a mixed-encoding file)', () => {
  // Rows of ASCII, two-byte letters and lone Windows-1252 bytes (invalid in UTF-8), cut anywhere:
  // every record end must still map to its exact byte offset, whichever end of the piece the
  // count starts from.
  const piece = fc.constantFrom([0x61], [0x2c], [0xc3, 0xb1], [0xe9], [0x80], [0xe2, 0x82, 0xac]);
  const row = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.flat());
  it('byteAt(row.end) is the byte after each record’s line break', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), cuts, async (rows, at) => {
        const bytes: number[] = [];
        const ends: number[] = [];
        for (const r of rows) {
          bytes.push(0x78, ...r, 0x0a); // a leading "x" keeps every line non-blank
          ends.push(bytes.length);
        }
        const source = iterableSource(chunksOf(splitAt(new Uint8Array(bytes), at)));
        const byteEnds: number[] = [];
        for await (const group of readRows(source, { encoding: 'utf-8', delimiter: ',' })) {
          for (const r of group.rows) byteEnds.push(group.byteAt(r.end));
        }
        expect(byteEnds).toEqual(ends);
      }),
      { numRuns: 300 },
    );
  });
});
