import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, readSyncState } from '../src/index.js';
import { expectedFakeRecords, fakeRejection } from './helpers/fake-adapter.js';
import { testSources } from './helpers/fake-source.js';
import { ANSI, ndjson, runCli, withTempDir } from './helpers/run-cli.js';

const sources = testSources();
const sync = (dir: string, args: string[], extra: Parameters<typeof runCli>[1] = { cwd: dir }) =>
  runCli(['sync', 'fake', ...args], { sources, ...extra, cwd: dir });

describe('sync runner: records as NDJSON, state after each batch (README §Output and resume)', () => {
  it('writes every record once, as {kind, record} lines in source order', async () => {
    await withTempDir(async (dir) => {
      const run = await sync(dir, ['--records', '10', '--batch', '3', '--out', 'out.ndjson']);
      expect(run.code).toBe(EXIT_CODES.ok);
      const lines = ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'));
      expect(lines).toEqual(expectedFakeRecords({ records: 10, batchSize: 3 }));
      const state = await readSyncState(join(dir, 'out.ndjson.state.json'));
      // 10 rows in batches of 3: the last checkpoint points past row 9.
      expect(state?.checkpoint).toEqual({ adapter: 'fake', version: 1, next: 10 });
      expect(state?.complete).toBe(true);
      expect(state?.records).toEqual({ total: 10, byKind: { ticket: 10 } });
      expect(state?.output.bytes).toBe(Buffer.byteLength(await readFile(join(dir, 'out.ndjson'))));
    });
  });

  it('writes rejections to --rejected and tallies them by reason with the first places', async () => {
    await withTempDir(async (dir) => {
      const run = await sync(dir, [
        ...['--records', '20', '--batch', '4', '--reject-every', '3'],
        ...['--out', 'out.ndjson', '--rejected', 'bad.ndjson'],
      ]);
      expect(run.code).toBe(EXIT_CODES.ok);
      // Rows 2, 5, 8, 11, 14, 17 (0-based) are rejected: 6 of 20.
      const rejected = ndjson(await readFile(join(dir, 'bad.ndjson'), 'utf8'));
      expect(rejected).toEqual([2, 5, 8, 11, 14, 17].map(fakeRejection));
      expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toHaveLength(14);
      // Even rows are bad-date (2, 8, 14 → lines 4, 10, 16), odd rows missing-id (5, 11, 17).
      expect(run.stdout).toContain('6 rows rejected (every one is in bad.ndjson):');
      expect(run.stdout).toMatch(/bad-date\s+3\s+lines 4, 10, 16\n/);
      expect(run.stdout).toMatch(/missing-id\s+3\s+lines 7, 13, 19\n/);
    });
  });

  it('with --strict, rejected rows exit 1 after writing every valid row', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '6', '--reject-every', '3', '--out', 'o.ndjson', '--strict'];
      const run = await sync(dir, args);
      expect(run.code).toBe(EXIT_CODES.rejected);
      expect(ndjson(await readFile(join(dir, 'o.ndjson'), 'utf8'))).toHaveLength(4);
    });
  });

  it('an interrupted sync saves its state, exits 4, and the rerun completes without duplicates', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '30', '--batch', '5', '--delay', '5', '--out', 'out.ndjson'];
      let interrupt = () => {};
      const first = sync(dir, args, {
        cwd: dir,
        onListening: (trigger) => (interrupt = trigger),
      });
      // Interrupt once the first batch is stored.
      const statePath = join(dir, 'out.ndjson.state.json');
      for (;;) {
        const state = await readSyncState(statePath).catch(() => undefined);
        if (state && state.records.total > 0) break;
        await new Promise((r) => setTimeout(r, 2));
      }
      interrupt();
      const stopped = await first;
      expect(stopped.code).toBe(EXIT_CODES.interrupted);
      expect(stopped.stdout).toContain('run the same command again to resume');
      const saved = await readSyncState(statePath);
      expect(saved?.complete).toBe(false);
      expect(saved!.records.total).toBeLessThan(30);

      const second = await sync(dir, args);
      expect(second.code).toBe(EXIT_CODES.ok);
      expect(second.stdout).toContain(`Resumed: ${saved!.records.total} from earlier runs`);
      expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toEqual(
        expectedFakeRecords({ records: 30, batchSize: 5 }),
      );
    });
  });

  it('cuts off lines written after the saved state (a batch killed before its state write)', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '9', '--batch', '3', '--out', 'out.ndjson'];
      await sync(dir, args);
      const statePath = join(dir, 'out.ndjson.state.json');
      const out = join(dir, 'out.ndjson');
      // Rewind the state to after the first batch (3 rows), as if the run died then, and leave
      // the later lines plus half a line in the file, as a kill during a write would.
      const state = (await readSyncState(statePath))!;
      const text = await readFile(out, 'utf8');
      const firstThree = text.split('\n').slice(0, 3).join('\n') + '\n';
      await writeFile(
        statePath,
        JSON.stringify({
          ...state,
          complete: false,
          checkpoint: { adapter: 'fake', version: 1, next: 3 },
          output: { ...state.output, bytes: Buffer.byteLength(firstThree) },
          records: { total: 3, byKind: { ticket: 3 } },
        }),
      );
      await writeFile(out, text + '{"kind":"ticket","rec');
      const rerun = await sync(dir, args);
      expect(rerun.code).toBe(EXIT_CODES.ok);
      expect(ndjson(await readFile(out, 'utf8'))).toEqual(
        expectedFakeRecords({ records: 9, batchSize: 3 }),
      );
    });
  });

  it("a lock keeps a second run off the same files; a dead owner's lock is taken over", async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'out.ndjson.state.json.lock');
      const args = ['--records', '3', '--out', 'out.ndjson'];
      // This test process is alive and on this host: its lock is held.
      const owner = { pid: process.pid, host: hostname(), startedAt: '2026-11-30T09:00:00.000Z' };
      await writeFile(lock, JSON.stringify(owner));
      const refused = await sync(dir, args);
      expect(refused.code).toBe(EXIT_CODES.usage);
      expect(refused.stderr).toContain(
        `another tablero sync (pid ${process.pid}, since 2026-11-30T09:00:00.000Z) is writing these files.`,
      );
      // A process that has exited: its lock is stale.
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      await writeFile(lock, JSON.stringify({ ...owner, pid: dead }));
      const run = await sync(dir, args);
      expect(run.code).toBe(EXIT_CODES.ok);
      await expect(stat(lock)).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });

  it('removes a temporary state file a killed run left behind', async () => {
    await withTempDir(async (dir) => {
      const stale = join(dir, '.out.ndjson.state.json.4242.1764493200000.tmp');
      await writeFile(stale, '{"half": ');
      const run = await sync(dir, ['--records', '2', '--out', 'out.ndjson']);
      expect(run.code).toBe(EXIT_CODES.ok);
      await expect(stat(stale)).rejects.toMatchObject({ code: 'ENOENT' });
      expect((await readdir(dir)).sort()).toEqual(['out.ndjson', 'out.ndjson.state.json']);
    });
  });

  it('a completed sync run again adds nothing and says so', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '4', '--out', 'out.ndjson'];
      await sync(dir, args);
      const again = await sync(dir, args);
      expect(again.code).toBe(EXIT_CODES.ok);
      expect(again.stdout).toContain('Nothing new from fake: out.ndjson holds 4 records.');
      expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toHaveLength(4);
    });
  });

  it('refuses to resume a state made with other options, naming what differs', async () => {
    await withTempDir(async (dir) => {
      await sync(dir, ['--records', '4', '--out', 'out.ndjson']);
      const other = await sync(dir, ['--records', '5', '--out', 'out.ndjson']);
      expect(other.code).toBe(EXIT_CODES.usage);
      expect(other.stderr).toContain('belongs to a different sync (it differs in: records)');
      expect(other.stderr).toContain('--restart');
    });
  });

  it('refuses to overwrite an existing output no state accounts for; --restart replaces it', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'out.ndjson'), 'precious\n');
      const refused = await sync(dir, ['--records', '2', '--out', 'out.ndjson']);
      expect(refused.code).toBe(EXIT_CODES.usage);
      expect(refused.stderr).toContain(
        'already exists and no saved state says which sync wrote it',
      );
      expect(await readFile(join(dir, 'out.ndjson'), 'utf8')).toBe('precious\n');
      const restarted = await sync(dir, ['--records', '2', '--out', 'out.ndjson', '--restart']);
      expect(restarted.code).toBe(EXIT_CODES.ok);
      expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toEqual(
        expectedFakeRecords({ records: 2, batchSize: 3 }),
      );
    });
  });

  it('refuses to resume when the output is shorter than the state says', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '4', '--out', 'out.ndjson'];
      await sync(dir, args);
      await writeFile(join(dir, 'out.ndjson'), '');
      const run = await sync(dir, args);
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stderr).toMatch(
        /cannot resume: .*out\.ndjson has 0 bytes, but the saved state says \d+ were written/,
      );
    });
  });

  it('names the field of a state file that is not a sync state', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 's.json'), JSON.stringify({ tablero: 'sync-state', version: 1 }));
      const run = await sync(dir, ['--out', 'o.ndjson', '--state', 's.json']);
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stderr).toContain('s.json is not a tablero sync state (field "source"');
    });
  });

  it('an adapter failure of a file source exits 3 and keeps what was stored before it', async () => {
    await withTempDir(async (dir) => {
      const args = ['--records', '10', '--batch', '3', '--fail-at', '7', '--out', 'out.ndjson'];
      const run = await sync(dir, args);
      expect(run.code).toBe(EXIT_CODES.input);
      expect(run.stderr).toContain('tablero: error: row 7 broke');
      // Batches [0–2] and [3–5] were stored; the batch holding row 7 never was.
      expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toEqual(
        expectedFakeRecords({ records: 6, batchSize: 3 }),
      );
      expect(run.stdout).toContain('Stopped by an error after 6 records');
    });
  });

  it('cannot write the output: exit 6 with the OS reason', async () => {
    await withTempDir(async (dir) => {
      const run = await sync(dir, ['--out', 'missing-dir/out.ndjson', '--state', 's.json']);
      expect(run.code).toBe(EXIT_CODES.output);
      expect(run.stderr).toMatch(/cannot open .*missing-dir\/out\.ndjson for writing: ENOENT/);
    });
  });

  it('--json prints one JSON summary on stdout', async () => {
    await withTempDir(async (dir) => {
      const run = await sync(dir, [
        ...['--records', '6', '--reject-every', '2', '--out', 'o.ndjson', '--json'],
      ]);
      expect(run.code).toBe(EXIT_CODES.ok);
      const summary = JSON.parse(run.stdout) as Record<string, unknown>;
      // Rows 1, 3, 5 rejected (odd 0-based → missing-id): 3 kept, 3 rejected.
      expect(summary).toMatchObject({
        status: 'complete',
        exitCode: 0,
        source: 'fake',
        out: join(dir, 'o.ndjson'),
        state: join(dir, 'o.ndjson.state.json'),
        rejectedFile: null,
        resumed: false,
        records: { total: 3, thisRun: 3, byKind: { ticket: 3 } },
        rejected: {
          rows: 3,
          problems: 3,
          problemsThisRun: 3,
          byReason: [{ reason: 'missing-id', count: 3, first: ['line 3', 'line 5', 'line 7'] }],
        },
      });
    });
  });

  it('on a TTY the progress bar is redrawn in place on stderr; stdout stays plain', async () => {
    await withTempDir(async (dir) => {
      let t = 0;
      const run = await sync(dir, ['--records', '12', '--batch', '3', '--out', 'o.ndjson'], {
        cwd: dir,
        isTTY: true,
        columns: 120,
        // Each reading of the clock moves it 200 ms, past the redraw interval.
        now: () => (t += 200),
      });
      expect(run.code).toBe(EXIT_CODES.ok);
      const frames = run.stderr.split('\r\x1b[K');
      expect(frames.at(-1)).toBe(''); // cleared before the summary
      expect(frames.some((f) => /^fake {2}\[█+░*\] {2}\d+% .* records {2}0 rejected/.test(f))).toBe(
        true,
      );
      expect(frames.some((f) => f.includes('12 records'))).toBe(true);
      expect(run.stderr).not.toContain('\n');
      expect(run.stdout).not.toMatch(ANSI);
    });
  });

  it('--quiet prints nothing on success, but still warns about rejected rows', async () => {
    await withTempDir(async (dir) => {
      const clean = await sync(dir, ['--records', '3', '--out', 'a.ndjson', '--quiet']);
      expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' });
      const rejected = await sync(dir, [
        ...['--records', '3', '--reject-every', '3', '--out', 'b.ndjson', '-q'],
      ]);
      expect(rejected.stdout).toBe('');
      expect(rejected.stderr).toContain('1 row rejected');
    });
  });
});
