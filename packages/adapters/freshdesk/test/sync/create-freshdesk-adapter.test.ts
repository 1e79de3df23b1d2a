import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyResponse, Ticket } from '@tablero/core';
import type { Checkpoint } from '@tablero/adapter-kit';
import {
  FreshdeskWindowError,
  createFreshdeskAdapter,
  type FreshdeskAdapterOptions,
  type FreshdeskSyncBatch,
} from '../../src/index.js';
import type { FakeFreshdesk, FakeFreshdeskOptions } from './fake-freshdesk.js';
import {
  EXPECTED_RATING_IDS,
  EXPECTED_TICKET_IDS,
  recordedTickets,
  startRecordedFreshdesk,
} from './freshdesk-api.js';

const KEY = 'fd-test-key-2b7T';
let api: FakeFreshdesk | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sync(
  server: Partial<FakeFreshdeskOptions> = {},
  adapter: Partial<FreshdeskAdapterOptions> = {},
  checkpoint?: Checkpoint,
) {
  api ??= await startRecordedFreshdesk(KEY, server);
  const run = createFreshdeskAdapter({
    baseUrl: `${api.url}/api/v2`,
    apiKey: KEY,
    http: { sleep: async () => {}, random: () => 0.5, timeoutMs: 1000, maxAttempts: 2 },
    ...adapter,
  }).sync(checkpoint ? { checkpoint } : {});
  const batches: FreshdeskSyncBatch[] = [];
  for await (const b of run) batches.push(b);
  const of = <K extends string>(kind: K) =>
    batches.flatMap((b) => b.records.flatMap((r) => (r.kind === kind ? [r.record] : [])));
  return {
    api,
    batches,
    tickets: of('ticket') as Ticket[],
    answers: of('survey-response') as SurveyResponse[],
  };
}

const ticketRequests = (fake: FakeFreshdesk) =>
  fake.requests.filter((r) => r.path === '/api/v2/tickets').map((r) => r.query);

describe('Freshdesk sync: tickets by updated_since, ascending (HELPDESK-APIS §2.3)', () => {
  it('reads every live ticket and every rating, with the documented parameters', async () => {
    const { api, tickets, answers } = await sync();
    expect(tickets.map((t) => t.id).sort()).toEqual([...EXPECTED_TICKET_IDS].sort());
    expect(answers.map((a) => a.id).sort()).toEqual([...EXPECTED_RATING_IDS].sort());
    const query = {
      updated_since: '2000-01-01T00:00:00Z',
      order_by: 'updated_at',
      order_type: 'asc',
      per_page: '100',
      page: '1',
      include: 'stats',
    };
    expect(ticketRequests(api)).toEqual([
      query,
      { ...query, filter: 'spam' },
      { ...query, filter: 'deleted' },
    ]);
  });

  it('never falls into the 30-day default window (gotcha 1)', async () => {
    const { api, tickets } = await sync();
    expect(ticketRequests(api).every((q) => q.updated_since !== undefined)).toBe(true);
    // What the same server gives a request without updated_since: the recent tickets only.
    const bare = await fetch(`${api.url}/api/v2/tickets?per_page=100`, {
      headers: { authorization: `Basic ${Buffer.from(`${KEY}:X`).toString('base64')}` },
    }).then((r) => r.json() as Promise<{ id: number }[]>);
    const missing = tickets.map((t) => t.id).filter((id) => !bare.some((b) => String(b.id) === id));
    expect(missing.sort()).toEqual(['10452', '10462', '10466', '10467']); // created 1–3 March
  });

  it('walks past the page cap by re-windowing at the last updated_at, each ticket once (gotcha 2)', async () => {
    const { api, tickets } = await sync({ maxPage: 2 }, { perPage: 3, maxPage: 2 });
    expect(tickets.map((t) => t.id).sort()).toEqual([...EXPECTED_TICKET_IDS].sort());
    const asked = ticketRequests(api);
    expect(asked.every((q) => Number(q.page) <= 2)).toBe(true);
    // 21 live tickets, 3 a page: a window of 2 pages, then a new one from its last updated_at
    const windows = [...new Set(asked.map((q) => q.updated_since))];
    expect(windows.length).toBeGreaterThan(3);
    const sorted = (
      recordedTickets() as { id: number; updated_at: string; spam?: boolean; deleted?: boolean }[]
    )
      .filter((t) => !t.spam && !t.deleted)
      .sort((a, b) => Date.parse(a.updated_at) - Date.parse(b.updated_at) || a.id - b.id);
    // the 6th ticket in updated_at order ends the first window and starts the second
    expect(windows[1]).toBe(sorted[5]!.updated_at);
  });

  it('refuses to loop when more than a window of tickets share one updated_at', async () => {
    const storm = Array.from({ length: 7 }, (_, i) => ({
      id: 20000 + i,
      status: 2,
      priority: 1,
      source: 1,
      created_at: '2025-03-10T00:00:00Z',
      updated_at: '2025-03-10T00:00:00Z', // a bulk update stamped them all alike
      stats: null,
    }));
    const failed = await sync({ maxPage: 2, tickets: storm }, { perPage: 3, maxPage: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(FreshdeskWindowError);
    expect(String(failed)).toMatch(/more than 2 pages of tickets updated at 2025-03-10T00:00:00Z/);
  });

  it('the last checkpoint starts the next run at the newest updated_at and created_at seen', async () => {
    const first = await sync();
    const last = first.batches.at(-1)!.checkpoint;
    expect(last).toEqual({
      adapter: 'freshdesk',
      version: 2,
      phase: 'tickets',
      pass: 'all',
      since: '2025-03-08T11:00:00Z', // 10472, the last updated
      runSince: '2025-03-08T11:00:00Z',
      newest: '2025-03-08T11:00:00Z',
      page: 1,
      ratingsSince: '2025-03-08T13:00:00Z', // rating 120, the last created
      ratingsPage: 1,
    });
    const next = await sync({}, {}, JSON.parse(JSON.stringify(last)));
    // Inclusive bounds: only the boundary records come again (a sink keys them by id).
    expect(next.tickets.map((t) => t.id)).toEqual(['10472']);
    expect(next.answers.map((a) => a.id)).toEqual(['120']);
  });

  it('lists spam and deleted tickets in passes of their own, as removed ids (gotcha 4)', async () => {
    const { tickets, batches } = await sync();
    expect(tickets.some((t) => t.id === '10474' || t.id === '10475')).toBe(false);
    expect(batches.flatMap((b) => b.removed)).toEqual([
      { id: '10474', reason: 'spam' },
      { id: '10475', reason: 'deleted' },
    ]);
  });

  it('removedPasses: false reads the live list only', async () => {
    const { api, batches } = await sync({}, { removedPasses: false });
    expect(ticketRequests(api).map((q) => q.filter)).toEqual([undefined]);
    expect(batches.flatMap((b) => b.removed)).toEqual([]);
  });
});
