import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/index.js';
import { ndjson, runCli, withTempDir } from './helpers/run-cli.js';

const ZENDESK = fileURLToPath(new URL('./fixtures/zendesk-export.csv', import.meta.url));
const MIN = 60_000;

/** The Zendesk fixture with its preset and zone, in short flags. */
const ZENDESK_MADRID = [ZENDESK, '-p', 'zendesk', '-z', 'Europe/Madrid'];
const csv = (dir: string, args: string[]) => runCli(['sync', 'csv', ...args], { cwd: dir });

describe('tablero sync csv: a Zendesk export into core records (HELPDESK-APIS.md §1.7)', () => {
  it('writes the exact records, and the bad row to --rejected', async () => {
    await withTempDir(async (dir) => {
      const run = await csv(dir, [
        ...[ZENDESK, '--preset', 'zendesk', '--time-zone', 'Europe/Madrid'],
        ...['--out', 'tickets.ndjson', '--rejected', 'rejected.ndjson'],
      ]);
      expect(run.code).toBe(EXIT_CODES.ok);
      // 2 March 2026 09:15 in Madrid is CET (UTC+1): 08:15 UTC.
      const created101 = Date.UTC(2026, 2, 2, 8, 15);
      // 29 March 2026 01:30 in Madrid is still CET (the clocks go forward at 02:00): 00:30 UTC.
      const created102 = Date.UTC(2026, 2, 29, 0, 30);
      expect(ndjson(await readFile(join(dir, 'tickets.ndjson'), 'utf8'))).toEqual([
        {
          kind: 'ticket',
          record: {
            id: '101',
            source: { system: 'zendesk', id: '101' },
            createdAt: created101,
            status: 'solved',
            // First reply 30 min after creation; first resolution 105 min after.
            firstResponseAt: created101 + 30 * MIN,
            resolvedAt: created101 + 105 * MIN,
            // "Solved at" 11:00 Madrid = 10:00 UTC, the same instant as the first resolution.
            fullyResolvedAt: Date.UTC(2026, 2, 2, 10, 0),
            channel: 'email',
            priority: 'normal',
            group: 'Soporte',
            assignee: 'Ana',
            customerId: '9001',
            tags: ['vip', 'facturación'],
            agentTouches: 2,
            reopens: 0,
            custom: { organization: 'Acme', satisfactionScore: 'Good' },
          },
        },
        {
          kind: 'ticket',
          record: {
            id: '102',
            source: { system: 'zendesk', id: '102' },
            createdAt: created102,
            status: 'open',
            channel: 'web',
            priority: 'high',
            group: 'Soporte',
            customerId: '9002',
            agentTouches: 0,
            reopens: 0,
            custom: { organization: 'Acme', satisfactionScore: 'Not Offered' },
          },
        },
      ]);
      expect(ndjson(await readFile(join(dir, 'rejected.ndjson'), 'utf8'))).toEqual([
        expect.objectContaining({ line: 4, column: 'Created at', reason: 'bad-date' }),
      ]);
      expect(run.stdout).toContain('Synced 2 records from zendesk-export.csv into tickets.ndjson');
      expect(run.stdout).toContain('Read as utf-8 (valid-utf-8), delimiter "," (detected).');
      expect(run.stdout).toMatch(
        /1 row rejected \(every one is in rejected\.ndjson\):\n {2}bad-date {2}1 {2}line 4\n/,
      );
    });
  });

  it('--json reports the totals and how the file was read', async () => {
    await withTempDir(async (dir) => {
      const run = await csv(dir, [...ZENDESK_MADRID, '-o', 'o.ndjson', '--json']);
      expect(run.code).toBe(EXIT_CODES.ok);
      expect(JSON.parse(run.stdout)).toMatchObject({
        status: 'complete',
        source: 'csv',
        label: 'zendesk-export.csv',
        records: { total: 2, thisRun: 2, byKind: { ticket: 2 } },
        rejected: {
          rows: 1,
          problems: 1,
          byReason: [{ reason: 'bad-date', count: 1, first: ['line 4'] }],
        },
        // Three data rows under the header, read as UTF-8 with commas.
        details: {
          encoding: 'utf-8',
          delimiter: ',',
          rowsRead: 3,
          blankLines: 0,
          unusedColumns: [],
        },
      });
    });
  });

  it('--strict turns the rejected row into exit 1, with the valid rows written', async () => {
    await withTempDir(async (dir) => {
      const run = await csv(dir, [...ZENDESK_MADRID, '-o', 'o.ndjson', '--strict']);
      expect(run.code).toBe(EXIT_CODES.rejected);
      expect(ndjson(await readFile(join(dir, 'o.ndjson'), 'utf8'))).toHaveLength(2);
    });
  });
});

describe('tablero sync csv: a Spanish Excel export (issue 4 §Why)', () => {
  it('reads ; and Windows-1252 and dd/mm/yyyy, as told', async () => {
    await withTempDir(async (dir) => {
      const text = [
        'Número;Fecha de creación;Estado;Canal;Grupo;Primera respuesta (min)',
        '7;02/03/2026 09:15;Resuelto;email;Atención;30',
        '8;31/10/2026 23:59;Abierto;chat;Facturación;',
      ].join('\r\n');
      // Windows-1252: every character here is one byte, é = 0xE9, ó = 0xF3, ú = 0xFA.
      await writeFile(join(dir, 'tickets.csv'), Buffer.from(text, 'latin1'));
      const run = await csv(dir, [
        ...['tickets.csv', '--preset', 'generic-ticket', '--time-zone', 'Europe/Madrid'],
        ...['--delimiter', ';', '--encoding', 'windows-1252', '--date-format', 'dd/MM/yyyy HH:mm'],
        ...['--out', 'o.ndjson'],
      ]);
      expect(run.stderr).not.toContain('error');
      expect(run.code).toBe(EXIT_CODES.ok);
      expect(run.stdout).toContain('Read as windows-1252 (given), delimiter ";" (given).');
      const created7 = Date.UTC(2026, 2, 2, 8, 15); // CET
      expect(ndjson(await readFile(join(dir, 'o.ndjson'), 'utf8'))).toEqual([
        {
          kind: 'ticket',
          record: {
            id: '7',
            createdAt: created7,
            status: 'solved',
            channel: 'email',
            group: 'Atención',
            firstResponseAt: created7 + 30 * MIN,
          },
        },
        {
          kind: 'ticket',
          // 31 October 2026 is after the clocks went back (25 Oct): CET, UTC+1.
          record: {
            id: '8',
            createdAt: Date.UTC(2026, 9, 31, 22, 59),
            status: 'open',
            channel: 'chat',
            group: 'Facturación',
          },
        },
      ]);
    });
  });
});

describe('tablero sync csv --print-mapping: save a mapping, reuse it (issue 4 §adapter-csv)', () => {
  it('prints the preset with the options applied; passed back with --mapping it reads the same', async () => {
    await withTempDir(async (dir) => {
      const printed = await csv(dir, [
        ...['--preset', 'zendesk', '--print-mapping', '--time-zone', 'Europe/Madrid'],
        ...['--date-format', 'yyyy-MM-dd HH:mm:ss'],
      ]);
      expect(printed.code).toBe(EXIT_CODES.ok);
      expect(printed.stderr).toBe('');
      const mapping = JSON.parse(printed.stdout) as Record<string, unknown>;
      expect(mapping).toMatchObject({
        name: 'zendesk',
        kind: 'ticket',
        system: 'zendesk',
        dateFormat: 'yyyy-MM-dd HH:mm:ss',
        timeZone: 'Europe/Madrid',
      });
      await writeFile(join(dir, 'mapping.json'), printed.stdout);
      // The mapping names its zone, so --time-zone may be left out.
      const viaMapping = await csv(dir, [ZENDESK, '--mapping', 'mapping.json', '-o', 'a.ndjson']);
      const viaPreset = await csv(dir, [...ZENDESK_MADRID, '-o', 'b.ndjson']);
      expect(viaMapping.code).toBe(EXIT_CODES.ok);
      expect(viaPreset.code).toBe(EXIT_CODES.ok);
      const a = ndjson(await readFile(join(dir, 'a.ndjson'), 'utf8'));
      expect(a).toHaveLength(2);
      expect(a).toEqual(ndjson(await readFile(join(dir, 'b.ndjson'), 'utf8')));
    });
  });

  it('still checks the preset name', async () => {
    const run = await csv('/tmp', ['--preset', 'nope', '--print-mapping']);
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('unknown preset "nope"');
  });
});

describe('tablero sync csv: clear errors (issue 4 §The CLI)', () => {
  const base = ['--time-zone', 'Europe/Madrid', '--out', 'o.ndjson'];

  it('a missing file exits 3 and names it', async () => {
    await withTempDir(async (dir) => {
      const run = await csv(dir, ['nope.csv', '--preset', 'zendesk', ...base]);
      expect(run.code).toBe(EXIT_CODES.input);
      expect(run.stderr).toBe(
        `tablero: error: nope.csv not found (looked in ${join(dir, 'nope.csv')}).\n`,
      );
    });
  });

  it('a directory exits 3', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'exports'));
      const run = await csv(dir, ['exports', '--preset', 'zendesk', ...base]);
      expect(run.code).toBe(EXIT_CODES.input);
      expect(run.stderr).toContain('exports is a directory, not a CSV file.');
    });
  });

  it('a bad preset lists the valid ones and suggests the near one', async () => {
    const run = await csv('/tmp', [ZENDESK, '--preset', 'zendesc', ...base]);
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toBe(
      'tablero: error: unknown preset "zendesc"; the presets are zendesk, freshdesk, hubspot, generic-ticket, generic-survey.\nDid you mean --preset zendesk?\n',
    );
  });

  it('a bad time zone, and a missing one, are usage errors', async () => {
    const bad = await csv('/tmp', [
      ZENDESK,
      '-p',
      'zendesk',
      '-z',
      'Europe/Madird',
      '-o',
      'o.ndjson',
    ]);
    expect(bad.code).toBe(EXIT_CODES.usage);
    expect(bad.stderr).toContain('"Europe/Madird" is not an IANA time zone.');
    const missing = await csv('/tmp', [ZENDESK, '-p', 'zendesk', '-o', 'o.ndjson']);
    expect(missing.code).toBe(EXIT_CODES.usage);
    expect(missing.stderr).toContain('--time-zone is required');
  });

  it('no file, no mapping, or both preset and mapping: usage errors', async () => {
    const noFile = await csv('/tmp', ['--preset', 'zendesk', ...base]);
    expect(noFile.stderr).toContain('missing the CSV file');
    const noMapping = await csv('/tmp', [ZENDESK, ...base]);
    expect(noMapping.stderr).toContain(
      'say how to read the columns: --preset zendesk|freshdesk|hubspot|generic-ticket|generic-survey, or --mapping <file>.',
    );
    const both = await csv('/tmp', [ZENDESK, '-p', 'zendesk', '-m', 'm.json', ...base]);
    expect(both.stderr).toContain('--preset and --mapping are alternatives');
    for (const run of [noFile, noMapping, both]) expect(run.code).toBe(EXIT_CODES.usage);
  });

  it('bad delimiter, encoding, decimal and batch size name the value', async () => {
    const cases: [string[], string][] = [
      [
        ['--delimiter', ';;'],
        `--delimiter must be one character other than '"' (or "tab"), got ";;".`,
      ],
      [
        ['--encoding', 'ebcdic'],
        'unknown encoding "ebcdic"; the encodings are utf-8, utf-16le, utf-16be, windows-1252 (or auto).',
      ],
      [['--decimal', 'x'], '--decimal must be ".", "," or auto, got "x".'],
      [['--batch-size', '0'], '--batch-size must be a whole number of 1 or more, got "0".'],
    ];
    for (const [extra, message] of cases) {
      const run = await csv('/tmp', [ZENDESK, '-p', 'zendesk', ...base, ...extra]);
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stderr).toContain(`tablero: error: ${message}`);
    }
  });

  it('mapping files: missing exits 3; not JSON, or not a mapping, exits 2 naming the field', async () => {
    await withTempDir(async (dir) => {
      const missing = await csv(dir, [ZENDESK, '--mapping', 'm.json', ...base]);
      expect(missing.code).toBe(EXIT_CODES.input);
      expect(missing.stderr).toContain(`the mapping file ${join(dir, 'm.json')} was not found.`);
      await writeFile(join(dir, 'bad.json'), '{ "kind": ');
      const notJson = await csv(dir, [ZENDESK, '--mapping', 'bad.json', ...base]);
      expect(notJson.code).toBe(EXIT_CODES.usage);
      expect(notJson.stderr).toContain('is not valid JSON');
      await writeFile(
        join(dir, 'wrong.json'),
        JSON.stringify({ kind: 'ticket', fields: { id: { column: 'Id' } } }),
      );
      const wrong = await csv(dir, [ZENDESK, '--mapping', 'wrong.json', ...base]);
      expect(wrong.code).toBe(EXIT_CODES.usage);
      expect(wrong.stderr).toMatch(/tablero: error: mapping fields\.createdAt: /);
    });
  });

  it("a file that is not the preset's export exits 3, naming the missing column", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'other.csv'), 'a,b\n1,2\n');
      const run = await csv(dir, ['other.csv', '-p', 'zendesk', ...base]);
      expect(run.code).toBe(EXIT_CODES.input);
      expect(run.stderr).toContain('no column for required field');
      expect(run.stderr).toContain('Is other.csv the export this preset reads?');
    });
  });

  it('a file changed since the saved state is not resumed', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'export.csv');
      await writeFile(file, await readFile(ZENDESK));
      const args = ['export.csv', '-p', 'zendesk', ...base];
      expect((await csv(dir, args)).code).toBe(EXIT_CODES.ok);
      await writeFile(
        file,
        `${await readFile(file, 'utf8')}104,9004,Open,Low,Mail,,,,2026-03-04 10:00:00,,0,0,,,,Acme,\n`,
      );
      const rerun = await csv(dir, args);
      expect(rerun.code).toBe(EXIT_CODES.usage);
      expect(rerun.stderr).toMatch(
        /belongs to a different sync \(it differs in: (modified, )?size\)/,
      );
    });
  });
});
