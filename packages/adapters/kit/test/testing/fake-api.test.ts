import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_MARKER, pagesOf, startFakeApi } from '../../src/testing/index.js';
import { fakeApi, ids, items, ticketsRoute } from '../helpers.js';

async function getJson(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('startFakeApi: serving recorded pages', () => {
  it('listens on 127.0.0.1 with an ephemeral port', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(api.url.endsWith(':0')).toBe(false);
  });

  it('records method, path, query and headers, with the Authorization value replaced', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()], auth: 'Bearer right' });
    await getJson(`${api.url}/api/v2/tickets?page%5Bsize%5D=3`, {
      headers: { authorization: 'Bearer right', 'x-api-key': 'k-right', 'x-trace': 't1' },
    });
    const wrong = await getJson(`${api.url}/api/v2/tickets`, {
      headers: { authorization: 'Bearer wrong' },
    });
    expect(wrong.status).toBe(401);
    expect(api.requests).toMatchObject([
      {
        n: 1,
        method: 'GET',
        path: '/api/v2/tickets',
        query: { 'page[size]': '3' },
        authorized: true,
        page: 1,
      },
      { n: 2, authorized: false },
    ]);
    expect(api.requests[0]!.headers).toMatchObject({
      authorization: AUTHORIZATION_MARKER,
      'x-api-key': AUTHORIZATION_MARKER,
      'x-trace': 't1',
    });
    expect(JSON.stringify(api.requests)).not.toMatch(/right|wrong/);
  });

  it('answers unknown paths with 404 and unknown cursors with 400', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    expect((await getJson(`${api.url}/nope`)).status).toBe(404);
    expect((await getJson(`${api.url}/api/v2/tickets?page%5Bafter%5D=forged`)).status).toBe(400);
  });

  it('pagesOf splits records into pages, the last one shorter', () => {
    expect(pagesOf(items(7), 3).map(ids)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pagesOf([], 3)).toEqual([]);
  });
});

describe('startFakeApi: vendor shapes (Freshdesk bare arrays, filtered lists, keyset search)', () => {
  it('body \'array\' sends each page as a bare JSON array, paged by Link rel="next" (HELPDESK-APIS §2.3)', async () => {
    const api = await fakeApi({ routes: [{ ...ticketsRoute('link'), body: 'array' }] });
    const seen: unknown[][] = [];
    let next: string | undefined = `${api.url}/api/v2/tickets?per_page=3`;
    while (next) {
      const res = await getJson(next);
      const body = JSON.parse(res.text) as unknown;
      expect(Array.isArray(body)).toBe(true);
      seen.push(body as unknown[]);
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    expect(seen.map(ids)).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
    expect(api.requests.map((r) => r.query)).toEqual([
      { per_page: '3' },
      { per_page: '3', page: '2' },
      { per_page: '3', page: '3' },
      { per_page: '3', page: '4' },
    ]);
  });

  it("body 'array' and 'keyset' without its options are refused at start", async () => {
    await expect(startFakeApi({ routes: [{ ...ticketsRoute(), body: 'array' }] })).rejects.toThrow(
      /body 'array' needs 'link' pagination/,
    );
    await expect(
      startFakeApi({ routes: [{ ...ticketsRoute(), pagination: 'keyset' }] }),
    ).rejects.toThrow(/'keyset' pagination needs `keyset`/);
  });

  it('routes on one path are chosen by query (null: absent), the first match answering', async () => {
    const route = (query: Record<string, string | null>, from: number) => ({
      path: '/api/v2/tickets',
      pagination: 'link' as const,
      body: 'array' as const,
      query,
      pages: [items(from + 1).slice(from)],
    });
    const api = await fakeApi({
      routes: [
        route({ filter: 'spam' }, 5),
        route({ filter: 'deleted' }, 8),
        route({ filter: null }, 0),
      ],
    });
    const get = async (q: string) =>
      ids(JSON.parse((await getJson(`${api.url}/api/v2/tickets${q}`)).text) as unknown[]);
    expect(await get('?filter=spam')).toEqual([6]);
    expect(await get('?filter=deleted&page=1')).toEqual([9]);
    expect(await get('?page=1')).toEqual([1]);
    expect((await getJson(`${api.url}/api/v2/tickets?filter=other`)).status).toBe(404);
  });

  it('keyset paging: the page after the named last key, an empty page after the last, 400 for an unknown key', async () => {
    const api = await fakeApi({
      routes: [
        {
          path: '/search',
          method: 'POST',
          pagination: 'keyset',
          itemsKey: 'results',
          pages: pagesOf(items(6), 3),
          keyset: {
            after: ({ body }) => (body as { gt?: string } | undefined)?.gt ?? null,
          },
        },
      ],
    });
    const post = async (body: unknown) => {
      const res = await getJson(`${api.url}/search`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return { status: res.status, body: JSON.parse(res.text) as { results?: unknown[] } };
    };
    expect(ids((await post({})).body.results!)).toEqual([1, 2, 3]);
    expect(ids((await post({ gt: '3' })).body.results!)).toEqual([4, 5, 6]);
    expect((await post({ gt: '6' })).body.results).toEqual([]);
    expect((await post({ gt: '4' })).status).toBe(400);
    expect(api.requests.map((r) => r.page)).toEqual([1, 2, 3, undefined]);
  });
});

describe('startFakeApi: faults', () => {
  it('429 with Retry-After in seconds and as an HTTP date', async () => {
    const at = Date.UTC(2026, 0, 5, 9, 0, 7);
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [
        { request: 1, fault: { type: 'rate-limit', retryAfter: 3 } },
        { request: 2, fault: { type: 'rate-limit', retryAt: at } },
      ],
    });
    const a = await getJson(`${api.url}/api/v2/tickets`);
    const b = await getJson(`${api.url}/api/v2/tickets`);
    expect([a.status, a.headers.get('retry-after')]).toEqual([429, '3']);
    expect([b.status, b.headers.get('retry-after')]).toEqual([
      429,
      'Mon, 05 Jan 2026 09:00:07 GMT',
    ]);
    expect((await getJson(`${api.url}/api/v2/tickets`)).status).toBe(200);
  });

  it('faults by route and nth request, by page, and `times`', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute('page'), { path: '/other', pagination: 'page', pages: [[{ id: 1 }]] }],
      faults: [
        { path: '/other', nth: 2, fault: { type: 'status', status: 502 } },
        { page: 3, times: 2, fault: { type: 'status', status: 503 } },
      ],
    });
    const statuses: number[] = [];
    for (const url of [
      '/other',
      '/other',
      '/other',
      '/api/v2/tickets?page=3',
      '/api/v2/tickets?page=3',
      '/api/v2/tickets?page=3',
    ]) {
      statuses.push((await getJson(`${api.url}${url}`)).status);
    }
    expect(statuses).toEqual([200, 502, 200, 503, 503, 200]);
  });

  it('truncated JSON keeps a consistent Content-Length but does not parse', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'truncate', bytes: 15 } }],
    });
    const res = await getJson(`${api.url}/api/v2/tickets`);
    expect(res.status).toBe(200);
    expect(res.text).toHaveLength(15);
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it('connection reset makes fetch fail', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'reset' } }],
    });
    await expect(fetch(`${api.url}/api/v2/tickets`)).rejects.toThrow(TypeError);
  });

  it('duplicate repeats the previous page’s last items', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute('page')],
      faults: [{ page: 2, fault: { type: 'duplicate', count: 2 } }],
    });
    const body = JSON.parse((await getJson(`${api.url}/api/v2/tickets?page=2`)).text) as {
      tickets: unknown[];
    };
    expect(ids(body.tickets)).toEqual([2, 3, 4, 5, 6]);
  });

  it('slow answers arrive; close() ends requests that never answer', async () => {
    const api = await startFakeApi({
      routes: [ticketsRoute()],
      faults: [
        { request: 1, fault: { type: 'slow', ms: 20 } },
        { request: 2, fault: { type: 'timeout' } },
      ],
    });
    expect((await getJson(`${api.url}/api/v2/tickets`)).status).toBe(200);
    const hanging = fetch(`${api.url}/api/v2/tickets`).then(
      () => 'answered',
      () => 'failed',
    );
    await expect.poll(() => api.requests.length).toBe(2);
    await api.close();
    expect(await hanging).toBe('failed');
  });

  it('inject() adds faults at run time', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    expect((await getJson(`${api.url}/api/v2/tickets`)).status).toBe(200);
    api.inject({ request: 2, fault: { type: 'status', status: 500 } });
    expect((await getJson(`${api.url}/api/v2/tickets`)).status).toBe(500);
  });
});
