import { afterEach } from 'vitest';
import { createHttpClient, type HttpClientOptions, type ProgressEvent } from '../src/index.js';
import { pagesOf, startFakeApi, type FakeApi, type FakeApiOptions } from '../src/testing/index.js';

export const SECRET = 'sk-live-Q9zX4mT2pL7w';

/** Items `{ id: 1 … n }`, the simplest payload whose exact set a test can check. */
export const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, subject: `item ${i + 1}` }));
export const ids = (list: readonly unknown[]) => list.map((x) => (x as { id: number }).id);
export const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const servers: FakeApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A fake API closed after the test. */
export async function fakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const api = await startFakeApi(options);
  servers.push(api);
  return api;
}

/** The route most tests use: 10 items in pages of 3 (4 pages), Zendesk cursor style. */
export const ticketsRoute = (
  pagination:
    'zendesk-cursor' | 'link' | 'page' | 'hubspot' | 'zendesk-incremental' = 'zendesk-cursor',
) => ({
  path: '/api/v2/tickets',
  pagination,
  itemsKey: pagination === 'hubspot' ? 'results' : 'tickets',
  pages: pagesOf(items(10), 3),
});

/** A client whose sleeps, randomness and clock are recorded or fixed: no real waiting. */
export function testClient(api: FakeApi, options: Partial<HttpClientOptions> = {}) {
  const sleeps: number[] = [];
  const events: ProgressEvent[] = [];
  const logs: string[] = [];
  const client = createHttpClient({
    baseUrl: `${api.url}/api/v2`,
    auth: { type: 'bearer', token: SECRET },
    // Generous: a busy machine must not turn a slow answer into a spurious retry. Tests of the
    // timeout fault pass a short one.
    timeoutMs: 2000,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => Date.UTC(2026, 0, 5, 9, 0, 0),
    onProgress: (e) => events.push(e),
    log: (line) => logs.push(line),
    ...options,
  });
  return { client, sleeps, events, logs };
}
