import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Freshdesk API on 127.0.0.1 that behaves as HELPDESK-APIS §2.3 documents, which the kit's
 * generic fake cannot (bare JSON array bodies, filters): `updated_since` (inclusive) or else
 * only tickets created in the last 30 days, `order_by=updated_at&order_type=asc`, spam and
 * deleted tickets left out unless `filter=spam` / `filter=deleted` asks for them, `per_page` ≤ 100, a `Link: rel="next"` header, and page numbers
 * beyond `maxPage` refused with Freshdesk's 400.
 */
export interface FakeFreshdeskOptions {
  tickets: readonly unknown[];
  ratings: readonly unknown[];
  apiKey: string;
  /** Default 300. */
  maxPage?: number;
  /** "Now" for the 30-day default window. */
  now: number;
}

export interface FakeFreshdesk {
  url: string;
  requests: { path: string; query: Record<string, string> }[];
  close(): Promise<void>;
}

type Row = Record<string, unknown>;
const at = (row: Row, field: string) => Date.parse(String(row[field] ?? ''));

export async function startFakeFreshdesk(options: FakeFreshdeskOptions): Promise<FakeFreshdesk> {
  const requests: FakeFreshdesk['requests'] = [];
  const maxPage = options.maxPage ?? 300;
  const auth = `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;

  function send(res: ServerResponse, status: number, body: unknown, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  function list(req: IncomingMessage, res: ServerResponse, url: URL, rows: Row[], cap: number) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    if (page > cap) {
      send(res, 400, {
        description: 'Validation failed',
        errors: [
          {
            field: 'page',
            message: `You cannot access tickets beyond the ${cap}th page. Please provide a smaller page number.`,
            code: 'invalid_value',
          },
        ],
      });
      return;
    }
    const slice = rows.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < rows.length) {
      const next = new URL(url.pathname + url.search, `http://${req.headers.host}`);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams) });
    if (req.headers.authorization !== auth) {
      send(res, 401, {
        code: 'invalid_credentials',
        message: 'You have to be logged in to perform this action.',
      });
      return;
    }
    if (url.pathname === '/api/v2/tickets') {
      const since = url.searchParams.get('updated_since');
      // The default list leaves spam and deleted tickets out; `filter` lists only those.
      const filter = url.searchParams.get('filter');
      let rows = (options.tickets as Row[]).filter((t) =>
        filter === 'spam'
          ? t.spam === true && t.deleted !== true
          : filter === 'deleted'
            ? t.deleted === true
            : t.spam !== true && t.deleted !== true,
      );
      rows = since
        ? rows.filter((t) => at(t, 'updated_at') >= Date.parse(since))
        : rows.filter((t) => at(t, 'created_at') > options.now - 30 * 86_400_000);
      const asc =
        url.searchParams.get('order_by') === 'updated_at' &&
        url.searchParams.get('order_type') === 'asc';
      rows = [...rows].sort((a, b) =>
        asc
          ? at(a, 'updated_at') - at(b, 'updated_at') || Number(a.id) - Number(b.id)
          : at(b, 'created_at') - at(a, 'created_at'),
      );
      list(req, res, url, rows, maxPage);
      return;
    }
    if (url.pathname === '/api/v2/surveys/satisfaction_ratings') {
      const since = url.searchParams.get('created_since');
      const rows = (options.ratings as Row[])
        .filter((r) => !since || at(r, 'created_at') >= Date.parse(since))
        .sort((a, b) => at(a, 'created_at') - at(b, 'created_at') || Number(a.id) - Number(b.id));
      list(req, res, url, rows, Infinity);
      return;
    }
    send(res, 404, { code: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
