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
