import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, readSyncState } from '../src/index.js';
import { ANSI, ndjson, withTempDir } from './helpers/run-cli.js';
import { REAL_BIN, spawnCli, waitFor } from './helpers/spawn-cli.js';

const ROWS = 50_000;
const MIN = 60_000;

/** Row i (1-based) of the generated export: every 97th has an impossible date. */
function row(i: number): string {
  const created = new Date(Date.UTC(2026, 0, 1) + i * MIN)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ');
  return `${i},${i % 97 === 0 ? '2026-02-30 10:00:00' : created},${i % 3 ? 'solved' : 'open'},${i % 2 ? 'email' : 'chat'},${i % 5 ? i % 90 : ''}`;
}

/** The record row i must give, worked out from the row (UTC, so wall time = instant). */
function expected(i: number) {
  const createdAt = Date.UTC(2026, 0, 1) + i * MIN;
  return {
    kind: 'ticket',
    record: {
      id: String(i),
      createdAt,
      status: i % 3 ? 'solved' : 'open',
      channel: i % 2 ? 'email' : 'chat',
      ...(i % 5 ? { firstResponseAt: createdAt + (i % 90) * MIN } : {}),
    },
  };
}

describe('tablero sync csv in a real process, killed and resumed (README §Resume)', () => {
  it('SIGKILL after state writes, twice, then a rerun: every row exactly once, in order', async () => {
    await withTempDir(async (dir) => {
      const lines = ['Id,Created at,Status,Channel,First response minutes'];
      for (let i = 1; i <= ROWS; i++) lines.push(row(i));
      await writeFile(join(dir, 'export.csv'), `${lines.join('\n')}\n`);
      const args = [
        ...['sync', 'csv', 'export.csv', '--preset', 'generic-ticket', '--time-zone', 'UTC'],
        ...['--out', 'tickets.ndjson', '--rejected', 'rejected.ndjson', '--batch-size', '400'],
      ];
      const statePath = join(dir, 'tickets.ndjson.state.json');
      const kills: number[] = [];
      for (const atLeast of [1, ROWS / 2]) {
        const { child, done } = spawnCli(REAL_BIN, args, { cwd: dir });
        const state = await waitFor(async () => {
          const s = await readSyncState(statePath).catch(() => undefined);
          return s && s.records.total >= atLeast ? s : undefined;
        }, `${atLeast} stored records`);
        child.kill('SIGKILL');
        expect((await done).signal).toBe('SIGKILL');
        // The kills must land mid-file for the test to mean anything.
        expect(state.complete).toBe(false);
        kills.push(state.records.total);
      }
      expect(kills[1]).toBeGreaterThan(kills[0]!);

      const final = await spawnCli(REAL_BIN, args, { cwd: dir }).done;
      expect(final.stderr).not.toContain('error');
      expect(final.code).toBe(EXIT_CODES.ok);
      expect(final.stdout).toMatch(/Resumed: [\d,]+ from earlier runs, [\d,]+ in this one\./);
      // No TTY here: plain lines, no escape sequences anywhere.
      expect(final.stdout + final.stderr).not.toMatch(ANSI);

      const good = Array.from({ length: ROWS }, (_, k) => k + 1).filter((i) => i % 97 !== 0);
      const records = ndjson(await readFile(join(dir, 'tickets.ndjson'), 'utf8'));
      expect(records.length).toBe(good.length);
      expect(records).toEqual(good.map(expected));
      // 50,000 / 97 = 515 impossible dates, each reported once, on its line (row i is line i + 1).
      const rejected = ndjson(await readFile(join(dir, 'rejected.ndjson'), 'utf8')) as {
        line: number;
        reason: string;
      }[];
      expect(rejected).toHaveLength(515);
      expect(rejected.map((r) => r.line)).toEqual(
        Array.from({ length: 515 }, (_, k) => (k + 1) * 97 + 1),
      );
      expect(new Set(rejected.map((r) => r.reason))).toEqual(new Set(['bad-date']));
      expect(final.stdout).toContain('515 rows rejected');
    });
  });
});
