import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zendeskTokenAuth, type Adapter, type AdapterRecord } from '@tablero/adapter-kit';
import {
  startFakeApi,
  type FakeApi,
  type FakeRoute,
  type FaultRule,
} from '@tablero/adapter-kit/testing';
import { createFreshdeskAdapter } from '@tablero/adapter-freshdesk';
import { createHubspotAdapter } from '@tablero/adapter-hubspot';
import { createZendeskAdapter } from '@tablero/adapter-zendesk';
import { afterEach, describe, expect, it } from 'vitest';
// The adapters' own recorded payloads and expectations, served by the kit's fake server.
import {
  EXPECTED_RATING_IDS as FRESHDESK_RATING_IDS,
  EXPECTED_TICKET_IDS as FRESHDESK_TICKET_IDS,
  freshdeskAuthorization,
  freshdeskRoutes,
} from '../../adapters/freshdesk/test/sync/freshdesk-api.js';
import {
  EXPECTED_ANSWER_IDS as HUBSPOT_ANSWER_IDS,
  EXPECTED_TICKET_IDS as HUBSPOT_TICKET_IDS,
  hubspotSearchRoutes,
} from '../../adapters/hubspot/test/sync/hubspot-api.js';
import {
  ADMIN_EMAIL,
  EXPECTED_IDS as ZENDESK_TICKET_IDS,
  EXPECTED_RATING_IDS as ZENDESK_RATING_IDS,
  pagesOf,
  recordedTickets,
  zendeskAuthorization,
  zendeskRoutes,
} from '../../adapters/zendesk/test/sync/zendesk-api.js';
import { EXIT_CODES, batchTombstones, readSyncState, type Tombstone } from '../src/index.js';
import { ndjson, runCli, withTempDir } from './helpers/run-cli.js';
import { REAL_BIN, spawnCli, waitFor } from './helpers/spawn-cli.js';

interface Vendor {
  name: 'zendesk' | 'freshdesk' | 'hubspot';
  secret: string;
  routes: FakeRoute[];
  authorization: (secret: string) => string;
  /** The environment of the command, pointed at the fake server. */
  env: (url: string, secret: string) => Record<string, string>;
  /** The same adapter run in-process: the CLI must store exactly what it yields. */
  adapter: (url: string) => Adapter;
  ids: { ticket: readonly string[]; 'survey-response': readonly string[] };
  /** Removed by the vendor in the recordings (HELPDESK-APIS gotchas): `id reason`. */
  removed: string[];
  /** The request held back while the first run is killed (a later page of a listing). */
  hold: Omit<FaultRule, 'fault'>;
}

const vendors: Vendor[] = [
  {
    name: 'zendesk',
    secret: 'zd-api-token-7Hq2Lm9Xv4Rt',
    routes: zendeskRoutes(pagesOf(recordedTickets(), 4)),
    authorization: zendeskAuthorization,
    env: (url, secret) => ({
      TABLERO_ZENDESK_SUBDOMAIN: 'acme',
      TABLERO_ZENDESK_EMAIL: ADMIN_EMAIL,
      TABLERO_ZENDESK_TOKEN: secret,
      TABLERO_ZENDESK_BASE_URL: `${url}/api/v2`,
    }),
    adapter: (url) =>
      createZendeskAdapter({
        baseUrl: `${url}/api/v2`,
        auth: zendeskTokenAuth(ADMIN_EMAIL, 'zd-api-token-7Hq2Lm9Xv4Rt'),
      }),
    ids: { ticket: ZENDESK_TICKET_IDS, 'survey-response': ZENDESK_RATING_IDS },
    removed: ['48230 deleted'],
    hold: { path: '/api/v2/incremental/tickets/cursor.json', nth: 3 },
  },
  {
    name: 'freshdesk',
    secret: 'fd-key-Zr8Kp3Wq6Ny1',
    routes: freshdeskRoutes(3),
    authorization: freshdeskAuthorization,
    env: (url, secret) => ({
      TABLERO_FRESHDESK_DOMAIN: 'acme.freshdesk.com',
      TABLERO_FRESHDESK_API_KEY: secret,
      TABLERO_FRESHDESK_BASE_URL: `${url}/api/v2`,
    }),
    adapter: (url) =>
      createFreshdeskAdapter({ baseUrl: `${url}/api/v2`, apiKey: 'fd-key-Zr8Kp3Wq6Ny1' }),
    ids: { ticket: FRESHDESK_TICKET_IDS, 'survey-response': FRESHDESK_RATING_IDS },
    removed: ['10474 spam', '10475 deleted'],
    hold: { path: '/api/v2/tickets', nth: 3 },
  },
  {
    name: 'hubspot',
    secret: 'pat-na1-5c3f9e2a-77b1-4d0e',
    // The search's own page size (200): fewer results than that end a window.
    routes: hubspotSearchRoutes(200),
    authorization: (secret) => `Bearer ${secret}`,
    env: (url, secret) => ({ TABLERO_HUBSPOT_TOKEN: secret, TABLERO_HUBSPOT_BASE_URL: url }),
    adapter: (url) => createHubspotAdapter({ baseUrl: url, token: 'pat-na1-5c3f9e2a-77b1-4d0e' }),
    ids: { ticket: HUBSPOT_TICKET_IDS, 'survey-response': HUBSPOT_ANSWER_IDS },
    removed: ['5123400001 merged', '5123400002 merged'],
    hold: { path: '/crm/v3/objects/feedback_submissions/search', nth: 1 },
  },
];

let server: FakeApi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(vendor: Vendor, faults: FaultRule[] = []) {
  server = await startFakeApi({
    routes: vendor.routes,
    faults,
    auth: vendor.authorization(vendor.secret),
  });
  return server;
}

type Line = AdapterRecord | Tombstone;
const isTombstone = (line: Line): line is Tombstone => line.kind === 'removed';

async function outputLines(dir: string): Promise<Line[]> {
  return ndjson(await readFile(join(dir, 'out.ndjson'), 'utf8')) as Line[];
}

/** Every file the command left (output, rejected, state) and its streams: no secret anywhere. */
async function expectNoSecret(dir: string, secret: string, ...texts: string[]) {
  for (const text of texts) expect(text).not.toContain(secret);
  for (const file of await readdir(dir)) {
    expect(await readFile(join(dir, file), 'utf8'), file).not.toContain(secret);
  }
}

/** What the adapter yields on its own: records and tombstones, in order. */
async function direct(vendor: Vendor, url: string): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const batch of vendor.adapter(url).sync()) {
    lines.push(...batch.records, ...batchTombstones(batch));
  }
  return lines;
}

function expectExactSet(vendor: Vendor, lines: Line[]) {
  const records = lines.filter((l): l is AdapterRecord => !isTombstone(l));
  for (const kind of ['ticket', 'survey-response'] as const) {
    const ids = records.filter((r) => r.kind === kind).map((r) => r.record.id);
    // Sorted for the set, and the same length: nothing missing, nothing twice.
    expect([...ids].sort(), kind).toEqual([...vendor.ids[kind]].sort());
    expect(new Set(ids).size, `${kind} duplicates`).toBe(ids.length);
  }
  expect(records).toHaveLength(vendor.ids.ticket.length + vendor.ids['survey-response'].length);
  expect(lines.filter(isTombstone).map((t) => `${t.id} ${t.reason}`)).toEqual(vendor.removed);
}

const run = (vendor: Vendor, env: Record<string, string>, dir: string, extra: string[] = []) =>
  spawnCli(
    REAL_BIN,
    ['sync', vendor.name, '--out', 'out.ndjson', '--rejected', 'bad.ndjson', ...extra],
    {
      cwd: dir,
      env,
    },
  );

describe.each(vendors)(
  'tablero sync $name in a real process against the kit fake server (issue 5 §For all three)',
  (vendor) => {
    it('syncs the recording through a 429 (Retry-After: 1): exact records, tombstones, a wait line, no secret', async () => {
      await withTempDir(async (dir) => {
        const api = await serve(vendor, [
          { request: 2, fault: { type: 'rate-limit', retryAfter: 1 } },
        ]);
        const env = vendor.env(api.url, vendor.secret);
        const end = await run(vendor, env, dir).done;
        expect(end.stderr).not.toContain('error');
        expect(end.code).toBe(EXIT_CODES.ok);
        expect(api.requests.filter((r) => r.fault === 'rate-limit')).toHaveLength(1);
        // Plain progress (no TTY): the wait is announced at once, with the label and counts.
        // The line shows the wait left when it is printed (waitUntil − now), so a loaded
        // machine may print 9xx ms of the 1 s Retry-After.
        expect(end.stderr).toMatch(
          new RegExp(
            `^${vendor.name}[^:\\n]*: (page \\d+, )?\\d+ records, \\d+ rejected, waiting (1 s|9\\d\\d ms) \\(rate limit\\)$`,
            'm',
          ),
        );
        const lines = await outputLines(dir);
        expectExactSet(vendor, lines);
        expect(lines).toEqual(await direct(vendor, api.url));
        const records = vendor.ids.ticket.length + vendor.ids['survey-response'].length;
        expect(end.stdout).toContain(`Synced ${records} records from ${vendor.name}`);
        expect(end.stdout).toContain(`Removed by ${vendor.name}: ${vendor.removed.length} record`);
        const state = await readSyncState(join(dir, 'out.ndjson.state.json'));
        expect(state).toMatchObject({ complete: true, removed: vendor.removed.length });
        expect(state?.source).toMatchObject({ adapter: vendor.name });
        // Rejected payloads are kept, one line each, naming the record.
        const rejected = ndjson(await readFile(join(dir, 'bad.ndjson'), 'utf8'));
        expect(rejected.length).toBe(state?.rejections.rows);
        expect(rejected.length).toBeGreaterThan(0);
        await expectNoSecret(dir, vendor.secret, end.stdout, end.stderr);
      });
    });

    it('kill -9 while a page is in flight, then the same command: the exact set, nothing twice', async () => {
      await withTempDir(async (dir) => {
        const api = await serve(vendor, [{ ...vendor.hold, fault: { type: 'slow', ms: 60_000 } }]);
        const env = vendor.env(api.url, vendor.secret);
        const first = run(vendor, env, dir);
        const statePath = join(dir, 'out.ndjson.state.json');
        const stored = await waitFor(async () => {
          const state = await readSyncState(statePath).catch(() => undefined);
          const held = api.requests.some((r) => r.fault === 'slow');
          return state && state.records.total > 0 && held ? state : undefined;
        }, 'a stored batch and the held request');
        first.child.kill('SIGKILL');
        expect((await first.done).signal).toBe('SIGKILL');
        expect(stored.complete).toBe(false);
        const partial = await outputLines(dir);
        expect(partial.length).toBeLessThan(
          vendor.ids.ticket.length + vendor.ids['survey-response'].length,
        );

        const second = await run(vendor, env, dir).done;
        expect(second.stderr).not.toContain('error');
        expect(second.code).toBe(EXIT_CODES.ok);
        expect(second.stderr).toContain(`Resuming ${vendor.name}`);
        const lines = await outputLines(dir);
        expectExactSet(vendor, lines);
        expect(lines).toEqual(await direct(vendor, api.url));
        // Each rejection once, too.
        const rejected = ndjson(await readFile(join(dir, 'bad.ndjson'), 'utf8'));
        expect(new Set(rejected.map((r) => JSON.stringify(r))).size).toBe(rejected.length);
        await expectNoSecret(dir, vendor.secret, second.stdout, second.stderr);
      });
    });

    it('a refused credential: exit 5, the error redacted, the secret in no stream or file', async () => {
      await withTempDir(async (dir) => {
        const api = await serve(vendor);
        // The server expects another secret: every request is answered 401.
        const wrong = `${vendor.secret}-revoked`;
        for (const extra of [[], ['--json']]) {
          const end = await run(vendor, vendor.env(api.url, wrong), dir, ['--restart', ...extra])
            .done;
          expect(end.code).toBe(EXIT_CODES.remote);
          expect(end.stderr).toMatch(/tablero: error: .*401/);
          if (extra.length > 0) {
            expect(JSON.parse(end.stdout)).toMatchObject({ status: 'failed', exitCode: 5 });
          }
          await expectNoSecret(dir, wrong, end.stdout, end.stderr);
          await expectNoSecret(dir, vendor.secret, end.stdout, end.stderr);
        }
      });
    });

    it('--help names the environment variables, the tombstones, and no test hook', async () => {
      const end = await spawnCli(REAL_BIN, ['sync', vendor.name, '--help'], { cwd: process.cwd() })
        .done;
      expect(end.code).toBe(EXIT_CODES.ok);
      const prefix = `TABLERO_${vendor.name.toUpperCase()}_`;
      const names = [...end.stdout.matchAll(new RegExp(`^  (${prefix}[A-Z_]+)`, 'gm'))].map(
        (m) => m[1],
      );
      expect(names.length).toBeGreaterThan(0);
      expect(names).not.toContain(`${prefix}BASE_URL`);
      expect(end.stdout).not.toContain('BASE_URL');
      expect(end.stdout).toMatch(/secret: never printed/);
      expect(end.stdout).toContain('{"kind":"removed","of":"ticket"');
      expect(end.stdout).not.toMatch(/not available yet/i);
    });
  },
);

describe('API credentials: only from the environment, checked before any request (README §Credentials)', () => {
  it('a token flag is refused with the variable to set', async () => {
    await withTempDir(async (dir) => {
      const end = await runCli(['sync', 'hubspot', '--out', 'o.ndjson', '--token', 'pat-na1-x'], {
        cwd: dir,
      });
      expect(end.code).toBe(EXIT_CODES.usage);
      expect(end.stderr).toContain('TABLERO_HUBSPOT_TOKEN');
      expect(end.stderr).not.toContain('pat-na1-x');
    });
  });

  it('Zendesk: an API token without its email, or with an OAuth token too, is a usage error', async () => {
    await withTempDir(async (dir) => {
      const base = { TABLERO_ZENDESK_SUBDOMAIN: 'acme' };
      const cases: [Record<string, string>, RegExp][] = [
        [{ TABLERO_ZENDESK_TOKEN: 'zd-secret-1234' }, /needs TABLERO_ZENDESK_EMAIL/],
        [
          {
            TABLERO_ZENDESK_EMAIL: 'a@b.es',
            TABLERO_ZENDESK_TOKEN: 'zd-secret-1234',
            TABLERO_ZENDESK_OAUTH_TOKEN: 'oauth-secret-5678',
          },
          /not both/,
        ],
        [{}, /no Zendesk credentials/],
        [
          {
            TABLERO_ZENDESK_SUBDOMAIN: 'evil.com/x',
            TABLERO_ZENDESK_OAUTH_TOKEN: 'oauth-secret-5678',
          },
          /must be the account name/,
        ],
      ];
      for (const [env, message] of cases) {
        const end = await runCli(['sync', 'zendesk', '--out', 'o.ndjson'], {
          cwd: dir,
          env: { ...base, ...env },
        });
        expect(end.code).toBe(EXIT_CODES.usage);
        expect(end.stderr).toMatch(message);
        expect(end.stderr).not.toMatch(/zd-secret-1234|oauth-secret-5678/);
      }
    });
  });

  it('Zendesk with an OAuth token: sent as Bearer, the same records as with an API token', async () => {
    await withTempDir(async (dir) => {
      const oauth = 'zd-oauth-4Fh8Qp2Ks6';
      server = await startFakeApi({ routes: vendors[0]!.routes, auth: `Bearer ${oauth}` });
      const end = await runCli(['sync', 'zendesk', '--out', 'out.ndjson'], {
        cwd: dir,
        env: {
          TABLERO_ZENDESK_SUBDOMAIN: 'acme',
          TABLERO_ZENDESK_OAUTH_TOKEN: oauth,
          TABLERO_ZENDESK_BASE_URL: `${server.url}/api/v2`,
        },
      });
      expect(end.code).toBe(EXIT_CODES.ok);
      expect(server.requests.every((r) => r.authorized)).toBe(true);
      expectExactSet(vendors[0]!, await outputLines(dir));
      await expectNoSecret(dir, oauth, end.stdout, end.stderr);
    });
  });

  it('a base URL override must be https, or http on this machine only (credentials go there)', async () => {
    await withTempDir(async (dir) => {
      const end = await runCli(['sync', 'hubspot', '--out', 'o.ndjson'], {
        cwd: dir,
        env: {
          TABLERO_HUBSPOT_TOKEN: 'pat-na1-secret',
          TABLERO_HUBSPOT_BASE_URL: 'http://example.com',
        },
      });
      expect(end.code).toBe(EXIT_CODES.usage);
      expect(end.stderr).toContain('TABLERO_HUBSPOT_BASE_URL must be an https:// URL');
      expect(end.stderr).not.toContain('pat-na1-secret');
    });
  });
});

describe('what an adapter skipped is said, not dropped silently (brief §Standards)', () => {
  it('HubSpot feedback without its scope (403): tickets synced, a warning in the summary, --quiet and --json', async () => {
    const hubspot = vendors[2]!;
    await withTempDir(async (dir) => {
      const api = await serve(hubspot, [
        {
          path: '/crm/v3/objects/feedback_submissions/search',
          times: Infinity,
          fault: { type: 'status', status: 403, body: { category: 'MISSING_SCOPES' } },
        },
      ]);
      const env = hubspot.env(api.url, hubspot.secret);
      const warning =
        'Warning: feedback submissions skipped: HTTP 403 (the token lacks crm.objects.feedback_submissions.read).';
      const text = await runCli(['sync', 'hubspot', '--out', 'a.ndjson'], { cwd: dir, env });
      expect(text.code).toBe(EXIT_CODES.ok);
      expect(text.stdout).toContain(warning);
      const quiet = await runCli(['sync', 'hubspot', '--out', 'b.ndjson', '--quiet'], {
        cwd: dir,
        env,
      });
      expect(quiet.stderr).toContain(warning);
      const json = await runCli(['sync', 'hubspot', '--out', 'c.ndjson', '--json'], {
        cwd: dir,
        env,
      });
      const summary = JSON.parse(json.stdout) as {
        warnings: string[];
        records: { byKind: object };
      };
      expect(summary.warnings).toEqual([warning.slice('Warning: '.length, -1)]);
      expect(summary.records.byKind).toEqual({ ticket: hubspot.ids.ticket.length });
    });
  });
});
