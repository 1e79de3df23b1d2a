import { describe, expect, it } from 'vitest';
import { secretForms, type Checkpoint, type SyncBatch } from '../src/index.js';
import {
  createExampleDeskAdapter,
  exampleDeskFixture,
  EXAMPLE_DESK_PAGE_SIZE,
} from '../examples/example-api-adapter/index.js';
import { SECRET, fakeApi } from './helpers.js';

const fixture = exampleDeskFixture();
const route = {
  path: '/api/v2/tickets',
  pagination: 'zendesk-cursor' as const,
  itemsKey: 'tickets',
  pages: fixture.pages,
};

function adapter(url: string, sleeps: number[] = []) {
  return createExampleDeskAdapter({
    baseUrl: `${url}/api/v2`,
    token: SECRET,
    pageSize: EXAMPLE_DESK_PAGE_SIZE,
    http: { timeoutMs: 2000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
  });
}

describe('a sync killed half-way resumes from its checkpoint without loss (issue 4 §Tests)', () => {
  it('through faults on both sides of the kill', async () => {
    const api = await fakeApi({
      routes: [route],
      auth: `Bearer ${SECRET}`,
      faults: [
        { request: 2, fault: { type: 'rate-limit', retryAfter: 2 } },
        { request: 5, fault: { type: 'reset' } },
        { request: 7, fault: { type: 'truncate' } },
        { request: 8, fault: { type: 'status', status: 503 } },
      ],
    });
    const sleeps: number[] = [];
    const stored: SyncBatch[] = [];
    let saved = '';
    // First run: store two batches, then the process "dies".
    for await (const batch of adapter(api.url, sleeps).sync()) {
      stored.push(batch);
      saved = JSON.stringify(batch.checkpoint);
      if (stored.length === 2) break;
    }
    const resumed: SyncBatch[] = [];
    for await (const batch of adapter(api.url, sleeps).sync({
      checkpoint: JSON.parse(saved) as Checkpoint,
    }))
      resumed.push(batch);

    const first = stored.flatMap((b) => b.records.map((r) => r.record.id));
    const rest = resumed.flatMap((b) => b.records.map((r) => r.record.id));
    // Pages 1–2 hold tickets 5000–5009; 5007 is rejected.
    expect(first).toEqual(fixture.ids.slice(0, 9));
    expect([...first, ...rest]).toEqual(fixture.ids);
    expect([...stored, ...resumed].flatMap((b) => b.rejected.map((r) => r.id))).toEqual([
      5007, 5012,
    ]);
    expect(sleeps[0]).toBe(2000);
    expect(api.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual([
      'rate-limit',
      'reset',
      'truncate',
      'status',
    ]);
    // The resumed run asked for page 3 first: nothing before the checkpoint was fetched again.
    const resumedRequests = api.requests.filter((r) => r.n > 3);
    expect(resumedRequests[0]!.page).toBe(3);
    const everything = JSON.stringify([stored, resumed, saved]);
    for (const form of secretForms(SECRET)) expect(everything).not.toContain(form);
  });

  it('refuses a checkpoint from another adapter instead of starting over', async () => {
    const api = await fakeApi({ routes: [route] });
    const run = adapter(api.url).sync({ checkpoint: { adapter: 'csv', version: 1, offset: 10 } });
    await expect(run[Symbol.asyncIterator]().next()).rejects.toThrow(
      /belongs to the "csv" adapter/,
    );
    expect(api.requests).toHaveLength(0);
  });
});
