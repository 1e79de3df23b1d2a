import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '@tablero/core';
import type { Checkpoint } from '@tablero/adapter-kit';
import { createHubspotAdapter, type HubspotSyncBatch } from '../../src/index.js';
import { fixture } from '../fixture.js';
import { startFakeHubspot, type FakeHubspot } from './fake-hubspot-search.js';

const TOKEN = 'pat-na1-incremental-5Kp';
const NOW = Date.parse('2025-03-10T12:00:00.000Z');
const pipelines = fixture<{ results: unknown[] }>('pipelines.json').results;
let api: FakeHubspot | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const ticket = (id: number, modified: string) => ({
  id: String(id),
  properties: {
    hs_object_id: String(id),
    createdate: '2025-03-01T08:00:00.000Z',
    hs_lastmodifieddate: modified,
    hs_pipeline: '0',
    hs_pipeline_stage: '1',
  },
  createdAt: '2025-03-01T08:00:00.000Z',
  archived: false,
});

async function sync(
  tickets: unknown[],
  options: { now?: number; pageSize?: number; checkpoint?: Checkpoint } = {},
) {
  api ??= await startFakeHubspot({
    token: TOKEN,
    pipelines,
    objects: { tickets, feedback_submissions: [] },
  });
  const adapter = createHubspotAdapter({
    baseUrl: api.url,
    token: TOKEN,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    http: {
      sleep: async () => {},
      random: () => 0.5,
      now: () => options.now ?? NOW,
      timeoutMs: 5000,
    },
  });
  const batches: HubspotSyncBatch[] = [];
  for await (const b of adapter.sync(
    options.checkpoint ? { checkpoint: options.checkpoint } : {},
  )) {
    batches.push(b);
  }
  const tickets_ = batches.flatMap((b) =>
    b.records.flatMap((r) => (r.kind === 'ticket' ? [r.record as Ticket] : [])),
  );
  return { api, batches, tickets: tickets_ };
}

describe('HubSpot incremental search (HELPDESK-APIS §3.3, gotchas 1–3)', () => {
  it('survives the 10,000 cap and a same-timestamp storm: every ticket once, never `after`', async () => {
    // A bulk job stamped 10,050 tickets with one hs_lastmodifieddate (gotcha 2).
    const storm = Array.from({ length: 10_050 }, (_, i) =>
      ticket(7_000_000 + i, '2025-03-05T00:00:00.000Z'),
    );
    const { api, tickets } = await sync(storm);
    expect(tickets).toHaveLength(10_050);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(10_050);
    const searches = api.searches.filter((s) => s.type === 'tickets');
    expect(searches).toHaveLength(51); // 50 full pages of 200, then 50
    expect(searches.every((s) => s.body.after === undefined && s.body.limit === 200)).toBe(true);
    // Each query starts after the previous page's last id, sorted by id.
    const second = searches[1]!.body;
    expect(second.sorts).toEqual([{ propertyName: 'hs_object_id', direction: 'ASCENDING' }]);
    expect(second.filterGroups![0]!.filters).toContainEqual({
      propertyName: 'hs_object_id',
      operator: 'GT',
      value: String(7_000_199),
    });
  }, 60_000); // 10,050 tickets through both schemas: a data-size allowance, not a speed test

  it('the fake is faithful: paging the same query with `after` fails at 10,000', async () => {
    const { api } = await sync([ticket(1, '2025-03-05T00:00:00.000Z')]);
    const res = await fetch(`${api.url}/crm/v3/objects/tickets/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 200, after: '9900' }),
    });
    expect(res.status).toBe(400);
  });

  it('reads the window [previous end, a minute before the run); the next run takes what came after', async () => {
    const tickets = [
      ticket(1, '2025-03-09T10:00:00.000Z'),
      ticket(2, '2025-03-10T11:58:59.999Z'), // inside: before NOW − 60 s
      ticket(3, '2025-03-10T11:59:30.000Z'), // still settling in the search index
    ];
    const first = await sync(tickets);
    expect(first.tickets.map((t) => t.id)).toEqual(['1', '2']);
    const last = first.batches.at(-1)!.checkpoint;
    expect(last).toMatchObject({
      mode: 'incremental',
      phase: 'tickets',
      since: NOW - 60_000,
      until: null,
      lastId: null,
    });
    const window = api!.searches[0]!.body.filterGroups![0]!.filters;
    expect(window).toEqual([
      { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: '0' },
      { propertyName: 'hs_lastmodifieddate', operator: 'LT', value: String(NOW - 60_000) },
    ]);
    const next = await sync(tickets, {
      now: NOW + 3_600_000,
      checkpoint: JSON.parse(JSON.stringify(last)),
    });
    expect(next.tickets.map((t) => t.id)).toEqual(['3']);
  });

  it('a run killed inside a window resumes after the last stored id, in the same window', async () => {
    const tickets = Array.from({ length: 9 }, (_, i) =>
      ticket(100 + i, '2025-03-08T00:00:00.000Z'),
    );
    const first = await sync(tickets, { pageSize: 4 });
    const afterFirstPage = JSON.parse(JSON.stringify(first.batches[0]!.checkpoint));
    expect(afterFirstPage).toMatchObject({ phase: 'tickets', lastId: '103', until: NOW - 60_000 });
    // Even an hour later, the resumed run keeps the window it started with.
    const rest = await sync(tickets, {
      pageSize: 4,
      now: NOW + 3_600_000,
      checkpoint: afterFirstPage,
    });
    expect(rest.tickets.map((t) => t.id)).toEqual(['104', '105', '106', '107', '108']);
  });

  it('refuses a checkpoint of the other mode instead of misreading it', async () => {
    const first = await sync([ticket(1, '2025-03-05T00:00:00.000Z')]);
    const full = { ...first.batches.at(-1)!.checkpoint, mode: 'full' };
    await expect(sync([], { checkpoint: full })).rejects.toThrow(/from a full sync/);
  });
});
