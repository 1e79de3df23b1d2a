import { afterEach, describe, expect, it } from 'vitest';
import { firstResponseTime, type SurveyResponse, type Ticket } from '@tablero/core';
import { HttpError, zendeskTokenAuth, type ProgressEvent } from '@tablero/adapter-kit';
import { startFakeApi, type FakeApi, type FakeRoute } from '@tablero/adapter-kit/testing';
import {
  createZendeskAdapter,
  type ZendeskAdapterOptions,
  type ZendeskSyncBatch,
} from '../../src/index.js';
import {
  ADMIN_EMAIL,
  EXPECTED_IDS,
  commentRoutes,
  pagesOf,
  recordedTickets,
  zendeskAuthorization,
  zendeskRoutes,
} from './zendesk-api.js';
import { COMMENT_ANSWERED_IDS } from '../fixture.js';

const SECRET = 'zd-test-token-4Hq9';
const EXPORT = '/api/v2/incremental/tickets/cursor.json';
let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const instant = { sleep: async () => {}, random: () => 0.5, timeoutMs: 1000, maxAttempts: 3 };

async function sync(
  routes: FakeRoute[],
  checkpoint?: ZendeskSyncBatch['checkpoint'],
  more: Partial<ZendeskAdapterOptions> = {},
) {
  api ??= await startFakeApi({ routes, auth: zendeskAuthorization(SECRET) });
  const adapter = createZendeskAdapter({
    baseUrl: `${api.url}/api/v2`,
    auth: zendeskTokenAuth(ADMIN_EMAIL, SECRET),
    startTime: 1740000000,
    pageSize: 4,
    http: instant,
    ...more,
  });
  const batches: ZendeskSyncBatch[] = [];
  const events: ProgressEvent[] = [];
  const run = adapter.sync({
    onProgress: (e) => events.push(e),
    ...(checkpoint ? { checkpoint } : {}),
  });
  for await (const batch of run) batches.push(batch);
  const tickets = batches.flatMap((b) =>
    b.records.flatMap((r) => (r.kind === 'ticket' ? [r.record as Ticket] : [])),
  );
  const answers = batches.flatMap((b) =>
    b.records.flatMap((r) => (r.kind === 'survey-response' ? [r.record as SurveyResponse] : [])),
  );
  return { api, batches, events, tickets, answers };
}

describe('Zendesk sync: cursor incremental export (HELPDESK-APIS §1.3b)', () => {
  it('reads every page to end_of_stream, one batch per page, with the documented parameters', async () => {
    const { api, batches, tickets } = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    expect(tickets.map((t) => t.id).sort()).toEqual([...EXPECTED_IDS].sort());
    // 16 recorded tickets, 4 per page; then 5 ratings, 2 per page (the second page holds the
    // offered and unoffered ones, which are no answers)
    expect(batches.map((b) => b.records.map((r) => r.kind)[0] ?? '-')).toEqual([
      'ticket',
      'ticket',
      'ticket',
      'ticket',
      'survey-response',
      '-',
      'survey-response',
    ]);
    const exports = api.requests.filter((r) => r.path === EXPORT);
    expect(exports.map((r) => r.query)).toEqual([
      { start_time: '1740000000', include: 'metric_sets', per_page: '4' },
      ...[2, 3, 4].map((page) => ({
        cursor: Buffer.from(`page:${page}`).toString('base64url'),
        include: 'metric_sets',
        per_page: '4',
      })),
    ]);
    expect(api.requests.every((r) => r.authorized)).toBe(true);
  });

  it('resolves names and custom statuses through the lookups it loads first', async () => {
    const { api, tickets } = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    const byId = new Map(tickets.map((t) => [t.id, t]));
    expect(byId.get('48211')).toMatchObject({ assignee: 'Lucía Fernández', group: 'Facturación' });
    expect(byId.get('48214')?.custom?.zendeskCustomStatus).toBe('Esperando proveedor');
    expect(api.requests.slice(0, 3).map((r) => r.path)).toEqual([
      '/api/v2/custom_statuses',
      '/api/v2/groups',
      '/api/v2/users',
    ]);
  });

  it('reports deleted tickets by id, once, and never as records (gotcha 2)', async () => {
    const { batches, tickets } = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    expect(batches.flatMap((b) => b.deleted)).toEqual(['48230']);
    expect(tickets.some((t) => t.id === '48230')).toBe(false);
  });

  it('does not stop on an empty page while end_of_stream is false', async () => {
    const [a, b, c] = recordedTickets();
    const { batches, tickets } = await sync(zendeskRoutes([[a, b], [], [c]]));
    expect(tickets.map((t) => t.id)).toEqual(['48211', '48212', '48213']);
    expect(batches.slice(0, 3).map((x) => x.records.length)).toEqual([2, 0, 1]);
  });

  it('the last checkpoint is where the next run starts: only what changed since', async () => {
    const first = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    const last = first.batches.at(-1)!.checkpoint;
    expect(last).toEqual({
      adapter: 'zendesk',
      version: 2,
      phase: 'tickets',
      cursor: Buffer.from('page:5').toString('base64url'),
      ratingsAfter: null,
      ratingsSince: Date.parse('2025-03-10T12:00:00Z') / 1000, // newest rating's updated_at
      ratingsMax: null,
    });
    const before = first.api.requests.length;
    const next = await sync([], JSON.parse(JSON.stringify(last)));
    expect(next.tickets).toEqual([]);
    // The fake server ignores start_time; the adapter still emits no rating twice.
    expect(next.answers).toEqual([]);
    const asked = next.api.requests.slice(before);
    expect(asked.filter((r) => r.path === EXPORT).map((r) => r.query.cursor)).toEqual([
      last.cursor,
    ]);
    expect(asked.find((r) => r.path === '/api/v2/satisfaction_ratings')?.query.start_time).toBe(
      String(last.ratingsSince),
    );
  });

  it('maps ratings to binary CSAT answers and reports the unanswered ones', async () => {
    const { answers, batches } = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    expect(answers.map((a) => [a.id, a.score, a.agent])).toEqual([
      ['91021', 'good', 'Lucía Fernández'],
      ['91025', 'bad', 'Marcos Ruiz'],
      ['91032', 'good', '7003'],
    ]);
    expect(batches.flatMap((b) => b.unanswered.map((u) => u.score))).toEqual([
      'offered',
      'unoffered',
    ]);
  });

  it('a killed run resumes inside the ratings phase', async () => {
    const first = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    const inRatings = first.batches[4]!.checkpoint; // after the first ratings page
    expect(inRatings).toMatchObject({ phase: 'ratings', ratingsAfter: expect.any(String) });
    const rest = await sync([], JSON.parse(JSON.stringify(inRatings)));
    expect(rest.tickets).toEqual([]);
    expect(rest.answers.map((a) => a.id)).toEqual(['91032']);
  });

  it('skips ratings with a warning where the plan has none (403/404: gotchas 9, 11)', async () => {
    const routes = zendeskRoutes(pagesOf(recordedTickets(), 4)).filter(
      (r) => r.path !== '/api/v2/satisfaction_ratings',
    );
    const { batches, answers, tickets } = await sync(routes);
    expect(tickets).toHaveLength(EXPECTED_IDS.length);
    expect(answers).toEqual([]);
    expect(batches.flatMap((b) => b.warnings)).toEqual([
      'satisfaction ratings skipped: HTTP 404 (legacy CSAT not available on this account)',
    ]);
  });

  it('reports a page and its rejections as progress', async () => {
    const { events, batches } = await sync(zendeskRoutes(pagesOf(recordedTickets(), 4)));
    const pages = events.filter((e) => e.type === 'page');
    expect(pages.map((e) => e.records)).toEqual(batches.map((b) => b.records.length));
    const rejected = events.flatMap((e) => (e.type === 'rejected' ? [e.rejection.id] : []));
    expect(rejected).toEqual([48301, 48302, 48303, undefined]);
  });

  it('works without custom statuses or groups (404/403 on the plan: gotcha 11)', async () => {
    const routes = zendeskRoutes(pagesOf(recordedTickets(), 4)).filter(
      (r) => r.path !== '/api/v2/custom_statuses' && r.path !== '/api/v2/groups',
    );
    const { tickets } = await sync(routes);
    const hold = tickets.find((t) => t.id === '48214')!;
    expect(hold.status).toBe('on_hold'); // from status "hold"
    expect(hold.custom?.zendeskCustomStatus).toBeUndefined();
    expect(tickets.find((t) => t.id === '48211')!.group).toBe('360001');
  });

  it('fails with a redacted HTTP error on bad credentials', async () => {
    api = await startFakeApi({
      routes: zendeskRoutes([[]]),
      auth: zendeskAuthorization('another-token'),
    });
    const error = await sync([]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(401);
    expect(String(error)).not.toContain(SECRET);
    expect(String(error)).not.toContain(
      Buffer.from(`${ADMIN_EMAIL}/token:${SECRET}`).toString('base64'),
    );
  });

  it('with firstReplyFrom comments, FRT comes from comments and matches Zendesk to the minute', async () => {
    const routes = [...zendeskRoutes(pagesOf(recordedTickets(), 4)), ...commentRoutes()];
    const { api, tickets, batches } = await sync(routes, undefined, { firstReplyFrom: 'comments' });
    const answered = tickets.filter((t) => t.custom?.firstResponseFrom === 'comments');
    expect(answered.map((t) => t.id).sort()).toEqual(COMMENT_ANSWERED_IDS);
    for (const t of answered) {
      // issue 5's cross-check, end to end through the sync
      expect(Math.round(firstResponseTime([t]).median!), t.id).toBe(
        t.custom?.zendeskReplyMinutesCalendar,
      );
    }
    // One comments request per ticket whose metric set shows a reply; 48303's 404 is tolerated.
    const asked = api.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.path);
    expect(asked).toContain('/api/v2/tickets/48303/comments');
    expect(asked).not.toContain('/api/v2/tickets/48215/comments'); // replies: 0
    expect(batches.flatMap((b) => b.rejected).length).toBe(4); // the broken tickets only
  });
});
