import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, readSyncState } from '../src/index.js';
import { expectedFakeRecords } from './helpers/fake-adapter.js';
import { ANSI, ndjson, withTempDir } from './helpers/run-cli.js';
import { FAKE_BIN, spawnCli, waitFor } from './helpers/spawn-cli.js';

const storedState = (path: string, atLeast: number) => async () => {
  const state = await readSyncState(path).catch(() => undefined);
  return state && state.records.total >= atLeast ? state : undefined;
};

describe('sync in a real process: killed at any moment, resumed without loss or duplicates (README §Resume)', () => {
  it('SIGKILL after a state write, several times, then a full rerun gives the exact record set', async () => {
    await withTempDir(async (dir) => {
      // 600 rows in batches of 20 with a pause per batch: 30 batches, several seconds in all.
      const args = ['sync', 'fake', '--records', '600', '--batch', '20', '--delay', '15'];
      const all = [
        ...args,
        '--reject-every',
        '7',
        '--out',
        'out.ndjson',
        '--rejected',
        'bad.ndjson',
      ];
      const statePath = join(dir, 'out.ndjson.state.json');
      let killedAt = 0;
      for (const target of [1, 100, 300]) {
        const { child, done } = spawnCli(FAKE_BIN, all, { cwd: dir });
        const state = await waitFor(storedState(statePath, target), `${target} stored records`);
        child.kill('SIGKILL');
        const end = await done;
        expect(end.signal).toBe('SIGKILL');
        // The kill must land mid-run for this test to mean anything.
        expect(state.complete).toBe(false);
        expect(state.records.total).toBeGreaterThanOrEqual(killedAt);
        killedAt = state.records.total;
      }
      const final = await spawnCli(FAKE_BIN, all, { cwd: dir }).done;
      expect(final.code).toBe(EXIT_CODES.ok);
      const records = ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'));
      const expected = expectedFakeRecords({ records: 600, batchSize: 20, rejectEvery: 7 });
      expect(records).toHaveLength(expected.length);
      expect(records).toEqual(expected);
      // Every 7th row of 600 is rejected: 85 rows, each written once.
      const rejected = ndjson(await readFile(join(dir, 'bad.ndjson'), 'utf8')) as {
        line: number;
      }[];
      expect(rejected.map((r) => r.line)).toEqual(
        Array.from({ length: 85 }, (_, k) => (k + 1) * 7 + 1),
      );
      const state = await readSyncState(statePath);
      expect(state?.records.total).toBe(515);
      expect(state?.rejections.total).toBe(85);
    });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} saves the state and exits 4; the rerun completes`, async () => {
      await withTempDir(async (dir) => {
        const args = ['sync', 'fake', '--records', '300', '--batch', '10', '--delay', '15'];
        const all = [...args, '--out', 'out.ndjson'];
        const { child, done } = spawnCli(FAKE_BIN, all, { cwd: dir });
        await waitFor(storedState(join(dir, 'out.ndjson.state.json'), 1), 'a stored batch');
        child.kill(signal);
        const end = await done;
        expect(end.code).toBe(EXIT_CODES.interrupted);
        expect(end.stderr).toContain(`${signal}: stopping after the current batch`);
        expect(end.stdout).toMatch(/Interrupted after \d+ records stored in out\.ndjson\./);
        const rerun = await spawnCli(FAKE_BIN, all, { cwd: dir }).done;
        expect(rerun.code).toBe(EXIT_CODES.ok);
        expect(ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8'))).toEqual(
          expectedFakeRecords({ records: 300, batchSize: 10 }),
        );
      });
    });
  }

  it('without a TTY, progress comes as plain lines with no ANSI escapes', async () => {
    await withTempDir(async (dir) => {
      const args = ['sync', 'fake', '--records', '40', '--batch', '10', '--reject-every', '4'];
      const end = await spawnCli(FAKE_BIN, [...args, '--out', 'o.ndjson'], { cwd: dir }).done;
      expect(end.code).toBe(EXIT_CODES.ok);
      expect(end.stderr).toMatch(/^fake: /m);
      expect(end.stderr).toMatch(/records, \d+ rejected/);
      expect(end.stdout).toContain('10 rows rejected');
      expect(end.stdout + end.stderr).not.toMatch(ANSI);
    });
  });
});
