import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Adapter, AdapterRecord } from '@tablero/adapter-kit';
import { startFakeApi, type FakeApi, type FaultRule } from '@tablero/adapter-kit/testing';
import { afterEach, describe, expect, it } from 'vitest';
// The kit's reference API adapter: what `sync zendesk` will look like once registered.
import {
  createExampleDeskAdapter,
  exampleDeskApi,
  exampleDeskFixture,
  EXAMPLE_DESK_PAGE_SIZE,
} from '../../adapters/kit/examples/example-api-adapter/index.js';
import { EXIT_CODES, apiSyncSource, readSyncState, syncSourceRegistry } from '../src/index.js';
import { ndjson, runCli, withTempDir } from './helpers/run-cli.js';
import { waitFor } from './helpers/spawn-cli.js';

const TOKEN = 'exd-live-9f8e7d6c5b4a3210';
const fixture = exampleDeskFixture();
const api = exampleDeskApi(fixture.pages);
const waits: number[] = [];

/** Registering an API adapter: a factory and its environment, nothing else. */
const exampleDeskSource = apiSyncSource({
  name: 'example-desk',
  title: 'Example Desk',
  env: [
    {
      name: 'TABLERO_EXAMPLE_DESK_URL',
      description: 'API base URL',
      secret: false,
      required: true,
    },
    { name: 'TABLERO_EXAMPLE_DESK_TOKEN', description: 'API token', secret: true, required: true },
  ],
  createAdapter: (env): Adapter =>
    createExampleDeskAdapter({
      baseUrl: env.get('TABLERO_EXAMPLE_DESK_URL')!,
      token: env.get('TABLERO_EXAMPLE_DESK_TOKEN')!,
      pageSize: EXAMPLE_DESK_PAGE_SIZE,
      // Waits are recorded, not slept: no test waits for real time.
      http: { sleep: async (ms) => void waits.push(ms), random: () => 0.5, maxAttempts: 3 },
    }),
});
const sources = syncSourceRegistry([exampleDeskSource]);

let server: FakeApi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  waits.length = 0;
});

async function serve(faults: FaultRule[] = []) {
  server = await startFakeApi({ routes: api.routes, faults, auth: api.authorization(TOKEN) });
  return { TABLERO_EXAMPLE_DESK_URL: `${server.url}/api/v2`, TABLERO_EXAMPLE_DESK_TOKEN: TOKEN };
}

/** What the adapter gives on its own, read directly: the CLI must store exactly this. */
async function direct(env: Record<string, string>): Promise<AdapterRecord[]> {
  const adapter = createExampleDeskAdapter({
    baseUrl: env.TABLERO_EXAMPLE_DESK_URL!,
    token: TOKEN,
    pageSize: EXAMPLE_DESK_PAGE_SIZE,
  });
  const out: AdapterRecord[] = [];
  for await (const batch of adapter.sync()) out.push(...batch.records);
  return out;
}

async function expectNoSecretIn(dir: string, ...texts: string[]) {
  for (const text of texts) expect(text).not.toContain(TOKEN);
  for (const file of await readdir(dir)) {
    expect(await readFile(join(dir, file), 'utf8')).not.toContain(TOKEN);
  }
}

describe('an API adapter registered as a sync source (issue 5 §For all three)', () => {
  it('syncs every page into the exact record set, through a 429 and a 503', async () => {
    await withTempDir(async (dir) => {
      const env = await serve([
        { path: '/api/v2/tickets', nth: 2, fault: { type: 'rate-limit', retryAfter: 7 } },
        { path: '/api/v2/tickets', nth: 4, fault: { type: 'status', status: 503 } },
      ]);
      const run = await runCli(
        ['sync', 'example-desk', '--out', 'o.ndjson', '--rejected', 'r.ndjson'],
        { cwd: dir, sources, env },
      );
      expect(run.stderr).not.toContain('error');
      expect(run.code).toBe(EXIT_CODES.ok);
      const records = ndjson(await readFile(join(dir, 'o.ndjson'), 'utf8')) as AdapterRecord[];
      expect(records.map((r) => r.record.id)).toEqual(fixture.ids);
      expect(records).toEqual(await direct(env));
      // The 429 asked for 7 s: the client waited exactly that, once.
      expect(waits).toContain(7000);
      const rejected = ndjson(await readFile(join(dir, 'r.ndjson'), 'utf8'));
      expect(rejected).toEqual(fixture.rejections.map((r) => expect.objectContaining(r)));
      expect(run.stdout).toContain('Synced 21 records from example-desk');
      await expectNoSecretIn(dir, run.stdout, run.stderr);
    });
  });

  it('interrupted mid-listing, resumed: the same set, no duplicates, no stored page fetched again', async () => {
    await withTempDir(async (dir) => {
      // Page 3 hangs, so the interruption lands while it is being fetched.
      const env = await serve([
        { path: '/api/v2/tickets', nth: 3, fault: { type: 'slow', ms: 30_000 } },
      ]);
      const args = ['sync', 'example-desk', '--out', 'o.ndjson'];
      let interrupt = () => {};
      const first = runCli([...args, '--json'], {
        cwd: dir,
        sources,
        env,
        onListening: (trigger) => (interrupt = trigger),
      });
      await waitFor(async () => {
        const state = await readSyncState(join(dir, 'o.ndjson.state.json')).catch(() => undefined);
        return state && state.records.total >= 9 ? state : undefined;
      }, 'two stored pages');
      await waitFor(async () => (server!.requests.length >= 3 ? true : undefined), 'page 3 asked');
      interrupt();
      const stopped = await first;
      expect(stopped.code).toBe(EXIT_CODES.interrupted);
      // Pages 1 and 2: 10 tickets, of which 5007 is rejected.
      expect(JSON.parse(stopped.stdout)).toMatchObject({
        status: 'interrupted',
        records: { total: 9 },
        rejected: { rows: 1 },
      });

      const second = await runCli(args, { cwd: dir, sources, env });
      expect(second.code).toBe(EXIT_CODES.ok);
      const records = ndjson(await readFile(join(dir, 'o.ndjson'), 'utf8')) as AdapterRecord[];
      expect(records.map((r) => r.record.id)).toEqual(fixture.ids);
      // Run 1 asked for pages 1, 2 and 3 (cut short); run 2 for 3, 4 and 5 only.
      expect(server!.requests.map((r) => r.page)).toEqual([1, 2, 3, 3, 4, 5]);
    });
  });

  it('a wrong token: exit 5, and the token in no message nor file', async () => {
    await withTempDir(async (dir) => {
      const env = await serve();
      server!.inject({ fault: { type: 'status', status: 401 }, times: Infinity });
      for (const extra of [[], ['--json']]) {
        const run = await runCli(
          ['sync', 'example-desk', '--out', 'o.ndjson', '--restart', ...extra],
          {
            cwd: dir,
            sources,
            env,
          },
        );
        expect(run.code).toBe(EXIT_CODES.remote);
        expect(run.stderr).toMatch(/tablero: error: .*401/);
        await expectNoSecretIn(dir, run.stdout, run.stderr);
      }
    });
  });
});
