import { describe, expect, it } from 'vitest';
import {
  PaginationError,
  hubspotPaging,
  hubspotSearchPaging,
  itemsAt,
  paginateCursor,
  paginateLink,
  paginatePages,
  zendeskCursorPaging,
  zendeskIncrementalPaging,
  type Page,
} from '../../src/index.js';
import type { FaultRule as FakeFaultRule } from '../../src/testing/index.js';
import { fakeApi, ids, range, testClient, ticketsRoute } from '../helpers.js';

type AnyPage = Page<unknown, string | number>;

async function all(pages: AsyncIterable<AnyPage>): Promise<AnyPage[]> {
  const out: AnyPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** One fault of each kind, one per request, across the listing. */
const EVERY_FAULT: FakeFaultRule[] = [
  { request: 1, fault: { type: 'rate-limit', retryAfter: 2 } },
  { request: 3, fault: { type: 'status', status: 500 } },
  { request: 4, fault: { type: 'timeout' } },
  { request: 6, fault: { type: 'truncate' } },
  { request: 7, fault: { type: 'reset' } },
  { request: 8, fault: { type: 'status', status: 503 } },
  { request: 9, fault: { type: 'status', status: 502 } },
];

const cases = {
  'cursor: Zendesk page[after] / meta.has_more (HELPDESK-APIS §1.3a)': {
    route: ticketsRoute('zendesk-cursor'),
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginateCursor(c, {
        path: '/tickets',
        query: { 'page[size]': 3 },
        ...zendeskCursorPaging('tickets'),
        ...(start !== undefined ? { start: String(start) } : {}),
      }),
  },
  'cursor: Zendesk incremental export, end_of_stream (HELPDESK-APIS §1.3b)': {
    route: ticketsRoute('zendesk-incremental'),
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginateCursor(c, {
        path: '/tickets',
        ...zendeskIncrementalPaging('tickets', 1_700_000_000),
        ...(start !== undefined ? { start: String(start) } : {}),
      }),
  },
  'cursor: HubSpot paging.next.after (HELPDESK-APIS §3.3)': {
    route: ticketsRoute('hubspot'),
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginateCursor(c, {
        path: '/tickets',
        query: { limit: 3 },
        ...hubspotPaging(),
        ...(start !== undefined ? { start: String(start) } : {}),
      }),
  },
  'cursor in a POST body: HubSpot search (HELPDESK-APIS §3.3)': {
    route: { ...ticketsRoute('hubspot'), method: 'POST' as const },
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginateCursor(c, {
        path: '/tickets',
        ...hubspotSearchPaging({ filterGroups: [], sorts: ['hs_object_id'], limit: 3 }),
        ...(start !== undefined ? { start: String(start) } : {}),
      }),
  },
  'link: RFC 8288 rel="next", Freshdesk (HELPDESK-APIS §2.3)': {
    route: ticketsRoute('link'),
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginateLink(c, {
        path: '/tickets',
        query: { per_page: 3, updated_since: '2015-01-01T00:00:00Z' },
        items: itemsAt('tickets'),
        ...(start !== undefined ? { start: String(start) } : {}),
      }),
  },
  'page numbers, stop on a short page': {
    route: ticketsRoute('page'),
    run: (c: ReturnType<typeof testClient>['client'], start?: string | number) =>
      paginatePages(c, {
        path: '/tickets',
        perPage: 3,
        items: itemsAt('tickets'),
        ...(start !== undefined ? { start: Number(start) } : {}),
      }),
  },
};

describe.each(Object.entries(cases))('%s', (_name, { route, run }) => {
  it('yields exactly every record once, in order', async () => {
    const api = await fakeApi({ routes: [route] });
    const pages = await all(run(testClient(api).client));
    expect(pages.flatMap((p) => ids(p.items))).toEqual(range(10));
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    expect(pages.at(-1)!.next).toBeUndefined();
  });

  it('yields the exact record set through every fault', async () => {
    const api = await fakeApi({ routes: [route], faults: EVERY_FAULT });
    const { client, sleeps } = testClient(api, { timeoutMs: 400 });
    const pages = await all(run(client));
    expect(pages.flatMap((p) => ids(p.items))).toEqual(range(10));
    expect(api.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual([
      'rate-limit',
      'status',
      'timeout',
      'truncate',
      'reset',
      'status',
      'status',
    ]);
    expect(sleeps[0]).toBe(2000);
  });

  it('resumes after any page from its `next`', async () => {
    const api = await fakeApi({ routes: [route] });
    const { client } = testClient(api);
    const first = await all(run(client));
    for (let k = 0; k < first.length - 1; k++) {
      const rest = await all(run(client, first[k]!.next));
      const seen = [...first.slice(0, k + 1), ...rest].flatMap((p) => ids(p.items));
      expect(seen, `resume after page ${k + 1}`).toEqual(range(10));
    }
  });
});

describe('paginator guards', () => {
  it('a cursor that repeats is an error, not an endless loop', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('zendesk-cursor')] });
    const { client } = testClient(api);
    const stuck = paginateCursor(client, {
      path: '/tickets',
      cursorParam: 'x',
      items: itemsAt('tickets'),
      next: () => 'same',
    });
    await expect(all(stuck)).rejects.toThrow(PaginationError);
    expect(api.requests).toHaveLength(2);
  });

  it('a page without its items array is an error, not an empty end', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('zendesk-cursor')] });
    const { client } = testClient(api);
    await expect(
      all(paginateCursor(client, { path: '/tickets', ...zendeskCursorPaging('results') })),
    ).rejects.toThrow('response has no array at `results`');
  });

  it('page numbers stop at maxPage (Freshdesk refuses page 301)', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('page')] });
    const { client } = testClient(api);
    const pages = await all(
      paginatePages(client, { path: '/tickets', items: itemsAt('tickets'), maxPage: 2 }),
    );
    expect(pages.flatMap((p) => ids(p.items))).toEqual(range(6));
    expect(pages.at(-1)!.next).toBeUndefined();
  });

  it('page numbers without perPage stop at the first empty page', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('page')] });
    const { client } = testClient(api);
    const pages = await all(paginatePages(client, { path: '/tickets', items: itemsAt('tickets') }));
    expect(pages.flatMap((p) => ids(p.items))).toEqual(range(10));
    expect(api.requests.map((r) => r.query.page)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('the Link paginator resumes from an absolute URL and passes the abort signal', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('link')] });
    const { client } = testClient(api);
    const pages = await all(
      paginateLink(client, { path: '/tickets', query: { per_page: 3 }, items: itemsAt('tickets') }),
    );
    expect(pages[0]!.next).toBe(`${api.url}/api/v2/tickets?per_page=3&page=2`);
    const controller = new AbortController();
    controller.abort();
    await expect(
      all(
        paginateLink(client, {
          path: '/tickets',
          items: itemsAt('tickets'),
          signal: controller.signal,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('HubSpot search paging', () => {
  it('POSTs the filters with the cursor as `after`, never in the query', async () => {
    const api = await fakeApi({ routes: [{ ...ticketsRoute('hubspot'), method: 'POST' }] });
    const { client } = testClient(api);
    const search = {
      filterGroups: [
        {
          filters: [
            { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: '1700000000000' },
          ],
        },
      ],
      limit: 3,
    };
    await all(paginateCursor(client, { path: '/tickets', ...hubspotSearchPaging(search) }));
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'POST']);
    expect(api.requests[0]!.body).toEqual(search);
    expect(api.requests[1]!.body).toMatchObject({ ...search, after: expect.any(String) });
    expect(api.requests.every((r) => Object.keys(r.query).length === 0)).toBe(true);
    expect(api.requests[1]!.headers['content-type']).toBe('application/json');
  });
});

describe('paginateLink: a next link to another origin', () => {
  it('is refused before anything is sent there', async () => {
    const api = await fakeApi({ routes: [ticketsRoute('link')] });
    const calls: string[] = [];
    const { client } = testClient(api, {
      fetch: async (input) => {
        calls.push(String(input));
        return new Response(JSON.stringify({ tickets: [{ id: 1 }] }), {
          headers: { link: '<https://evil.test/api/v2/tickets?page=2>; rel="next"' },
        });
      },
    });
    const run = paginateLink(client, { path: '/tickets', items: itemsAt('tickets') });
    await expect(all(run)).rejects.toThrow('rel="next" points to another origin');
    expect(calls).toEqual([`${api.url}/api/v2/tickets`]);
  });
});
