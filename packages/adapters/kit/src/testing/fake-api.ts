import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How a route pages, mimicking one vendor each (HELPDESK-APIS §1.3, §2.3, §3.3). */
export type FakePagination =
  /** `?page[after]=c`, body `meta.has_more`/`meta.after_cursor`, `links.next`. */
  | 'zendesk-cursor'
  /** `?start_time=` then `?cursor=c`, body `after_cursor`, `end_of_stream`. */
  | 'zendesk-incremental'
  /** `?after=c`, body `results`, `paging.next.after`. */
  | 'hubspot'
  /** `?page=n&per_page=m`, `Link: <…>; rel="next"` header (Freshdesk). */
  | 'link'
  /** `?page=n`, an empty page after the last. */
  | 'page'
  /**
   * Keyset: the request names the last key it holds (`keyset.after`), the answer is the page
   * after the one ending with that key, and an empty page after the last (HubSpot search sorted
   * by `hs_object_id` with a `GT` filter, HELPDESK-APIS §3.3).
   */
  | 'keyset';

/** What a `keyset` route needs: where a request names its last key, and each item's key. */
export interface FakeKeyset {
  /** The last key the request holds, or `null` for the first page. */
  after: (request: { query: URLSearchParams; body: unknown }) => string | null;
  /** Default: `String(item.id)`. */
  key?: (item: unknown) => string;
}

export interface FakeRoute {
  /** Request path, e.g. `/api/v2/tickets`. */
  path: string;
  /**
   * Default GET. A POST route (HubSpot search) reads the cursor or page from the top-level
   * fields of the JSON request body instead of the query.
   */
  method?: 'GET' | 'POST';
  /** The recorded payload, one array of items per page, served in order. */
  pages: readonly (readonly unknown[])[];
  pagination: FakePagination;
  /** Key of the items array in the body. Default `results` for `hubspot`, else `items`. */
  itemsKey?: string;
  /** Sent with every response of the route (e.g. `X-RateLimit-Remaining`). */
  headers?: Readonly<Record<string, string>>;
  /**
   * `array`: the page's items as a bare JSON array, paging only in headers (Freshdesk's lists,
   * HELPDESK-APIS §2.3). Only with `link` pagination. Default `object` (`{ [itemsKey]: items }`).
   */
  body?: 'object' | 'array';
  /**
   * Serve only requests whose query has these values (`null`: the parameter is absent), so one
   * path can answer several lists (Freshdesk's `filter=spam`, `filter=deleted`). Routes are
   * tried in order; the first that matches answers.
   */
  query?: Readonly<Record<string, string | null>>;
  /** Required with `keyset` pagination. */
  keyset?: FakeKeyset;
}

export type FakeFault =
  /** 429 with `Retry-After: <seconds>`, or an HTTP date when `retryAt` (epoch ms) is given. */
  | {
      type: 'rate-limit';
      retryAfter?: number;
      retryAt?: number;
      headers?: Readonly<Record<string, string>>;
      body?: unknown;
    }
  /** Any status, 500/502/503 by default with a small JSON error body. */
  | { type: 'status'; status: number; headers?: Readonly<Record<string, string>>; body?: unknown }
  /** Never answers: the client's timeout must fire. */
  | { type: 'timeout' }
  /** Answers correctly after `ms`. */
  | { type: 'slow'; ms: number }
  /** Sends the JSON cut after `bytes` (default: half), with a matching Content-Length. */
  | { type: 'truncate'; bytes?: number }
  /** Destroys the socket before answering (ECONNRESET on the client). */
  | { type: 'reset' }
  /** Repeats the last `count` (default 1) items of the previous page at the start of this one. */
  | { type: 'duplicate'; count?: number };

export interface FaultRule {
  fault: FakeFault;
  /** The server-wide request number (1-based) to fault. */
  request?: number;
  /** Only requests to this route. */
  path?: string;
  /** The nth (1-based) request to `path`. */
  nth?: number;
  /** Only requests for this page (1-based index into the route's pages). */
  page?: number;
  /** How many matching requests get the fault. Default 1; `Infinity` for all. */
  times?: number;
}

export interface RecordedRequest {
  /** Server-wide, 1-based. */
  n: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names; credential headers (`authorization`, `x-api-key`, `cookie`…) hold `AUTHORIZATION_MARKER`. */
  headers: Record<string, string>;
  /** Whether the Authorization header equalled `auth`, when the server was given one. */
  authorized?: boolean;
  /** The parsed JSON body of a POST. */
  body?: unknown;
  /** 1-based page the request asked for, when it named a known page. */
  page?: number;
  fault?: FakeFault['type'];
}

export interface FakeApiOptions {
  routes: readonly FakeRoute[];
  faults?: readonly FaultRule[];
  /** The exact Authorization header to expect; others get 401. */
  auth?: string;
}

export interface FakeApi {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Adds fault rules at run time (they apply to requests from now on). */
  inject(...rules: FaultRule[]): void;
  close(): Promise<void>;
}

export const AUTHORIZATION_MARKER = '[authorization]';

/** Request headers that carry credentials: recorded as `AUTHORIZATION_MARKER`, never as sent. */
const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
]);

const token = (page: number) => Buffer.from(`page:${page}`).toString('base64url');
function pageOfToken(value: string): number | undefined {
  const m = /^page:(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

/** Where a route reads its paging parameters: the query, or a POST route's JSON body. */
function paramsOf(route: FakeRoute, query: URLSearchParams, body: unknown): URLSearchParams {
  if ((route.method ?? 'GET') !== 'POST') return query;
  const params = new URLSearchParams();
  if (body != null && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value));
    }
  }
  return params;
}

/** Whether a request's query selects this route (its path already matches). */
function matchesQuery(route: FakeRoute, query: URLSearchParams): boolean {
  return Object.entries(route.query ?? {}).every(([name, value]) => query.get(name) === value);
}

/** A keyset request's page: 1 with no key, else the page after the one ending with the key. */
function keysetPage(route: FakeRoute, after: string | null): number | undefined {
  if (after === null) return 1;
  const key = route.keyset?.key ?? ((item: unknown) => String((item as { id?: unknown }).id));
  const index = route.pages.findIndex((page) => page.length > 0 && key(page.at(-1)) === after);
  return index === -1 ? undefined : index + 2;
}

/** The 1-based page a request asks for, or `undefined` for a cursor the server never issued. */
function requestedPage(
  route: FakeRoute,
  query: URLSearchParams,
  request: { query: URLSearchParams; body: unknown },
): number | undefined {
  if (route.pagination === 'keyset') return keysetPage(route, route.keyset!.after(request));
  const cursorParam = {
    'zendesk-cursor': 'page[after]',
    'zendesk-incremental': 'cursor',
    hubspot: 'after',
  } as const;
  if (route.pagination === 'link' || route.pagination === 'page') {
    const n = Number(query.get('page') ?? '1');
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  }
  const cursor = query.get(cursorParam[route.pagination]);
  return cursor === null ? 1 : pageOfToken(cursor);
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function pageReply(
  route: FakeRoute,
  page: number,
  items: readonly unknown[],
  origin: string,
  query: URLSearchParams,
): Reply {
  const total = route.pages.length;
  const key = route.itemsKey ?? (route.pagination === 'hubspot' ? 'results' : 'items');
  const more = page < total;
  const headers: Record<string, string> = { ...route.headers };
  const nextUrl = (param: string, value: string) => {
    const next = new URL(route.path, origin);
    for (const [k, v] of query) if (k !== param) next.searchParams.append(k, v);
    next.searchParams.set(param, value);
    return next.href;
  };
  switch (route.pagination) {
    case 'zendesk-cursor':
      return {
        status: 200,
        headers,
        body: {
          [key]: items,
          meta: {
            has_more: more,
            after_cursor: more ? token(page + 1) : null,
            before_cursor: page > 1 ? token(page - 1) : null,
          },
          links: { next: more ? nextUrl('page[after]', token(page + 1)) : null, prev: null },
        },
      };
    case 'zendesk-incremental': {
      // Zendesk always hands out a cursor, even at the end, for the next run to start from.
      const after = token(Math.min(page + 1, total + 1));
      return {
        status: 200,
        headers,
        body: {
          [key]: items,
          after_cursor: after,
          after_url: nextUrl('cursor', after),
          before_cursor: null,
          before_url: null,
          end_of_stream: !more,
        },
      };
    }
    case 'hubspot':
      return {
        status: 200,
        headers,
        body: {
          [key]: items,
          ...(more
            ? {
                paging: {
                  next: { after: token(page + 1), link: nextUrl('after', token(page + 1)) },
                },
              }
            : {}),
        },
      };
    case 'link':
      if (more) headers.link = `<${nextUrl('page', String(page + 1))}>; rel="next"`;
      return { status: 200, headers, body: route.body === 'array' ? items : { [key]: items } };
    case 'page':
      return { status: 200, headers, body: { [key]: items, page, total_pages: total } };
    case 'keyset':
      return { status: 200, headers, body: { [key]: items } };
  }
}

/**
 * A recorded-payload API on 127.0.0.1 with an ephemeral port, for adapter tests. It pages like
 * the vendor it mimics, injects the faults real APIs produce, and records every request with
 * the Authorization value hidden (tests assert what was sent, never the secret itself).
 */
export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  for (const route of options.routes) {
    if (route.body === 'array' && route.pagination !== 'link') {
      throw new TypeError(
        `fake API route ${route.path}: body 'array' needs 'link' pagination (a bare array has nowhere else to put its paging)`,
      );
    }
    if (route.pagination === 'keyset' && !route.keyset) {
      throw new TypeError(`fake API route ${route.path}: 'keyset' pagination needs \`keyset\``);
    }
  }
  const rules = [...(options.faults ?? [])].map((rule) => ({ rule, used: 0 }));
  const requests: RecordedRequest[] = [];
  const perRoute = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function faultFor(
    n: number,
    path: string,
    nth: number,
    page: number | undefined,
  ): FakeFault | undefined {
    for (const entry of rules) {
      const { rule } = entry;
      if (entry.used >= (rule.times ?? 1)) continue;
      if (rule.request !== undefined && rule.request !== n) continue;
      if (rule.path !== undefined && rule.path !== path) continue;
      if (rule.nth !== undefined && rule.nth !== nth) continue;
      if (rule.page !== undefined && rule.page !== page) continue;
      entry.used++;
      return rule.fault;
    }
    return undefined;
  }

  function send(res: ServerResponse, reply: Reply, truncateTo?: number) {
    let text = JSON.stringify(reply.body);
    if (truncateTo !== undefined) text = text.slice(0, truncateTo);
    const bytes = Buffer.from(text, 'utf8');
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.length),
      ...reply.headers,
    });
    res.end(bytes);
  }

  function handle(req: IncomingMessage, res: ServerResponse, text: string) {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    const n = requests.length + 1;
    const route = options.routes.find(
      (r) => r.path === url.pathname && matchesQuery(r, url.searchParams),
    );
    const nth = (perRoute.get(url.pathname) ?? 0) + 1;
    perRoute.set(url.pathname, nth);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const page = route
      ? requestedPage(route, paramsOf(route, url.searchParams, body), {
          query: url.searchParams,
          body,
        })
      : undefined;

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name] = CREDENTIAL_HEADERS.has(name) ? AUTHORIZATION_MARKER : String(value);
    }
    const recorded: RecordedRequest = {
      n,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      ...(options.auth !== undefined
        ? { authorized: req.headers.authorization === options.auth }
        : {}),
      ...(body !== undefined ? { body } : {}),
      ...(page !== undefined ? { page } : {}),
    };
    requests.push(recorded);

    const fault = faultFor(n, url.pathname, nth, page);
    if (fault) recorded.fault = fault.type;

    const answer = () => {
      if (!route || req.method !== (route.method ?? 'GET')) {
        send(res, { status: 404, headers: {}, body: { error: 'not_found', path: url.pathname } });
        return;
      }
      if (options.auth !== undefined && !recorded.authorized) {
        send(res, { status: 401, headers: {}, body: { error: "Couldn't authenticate you" } });
        return;
      }
      if (
        page === undefined ||
        (page > Math.max(1, route.pages.length) &&
          route.pagination !== 'page' &&
          route.pagination !== 'keyset' &&
          route.pagination !== 'zendesk-incremental')
      ) {
        send(res, {
          status: 400,
          headers: {},
          body: { error: 'invalid_cursor', page: page ?? null },
        });
        return;
      }
      let items = [...(route.pages[page - 1] ?? [])];
      if (fault?.type === 'duplicate') {
        const count = fault.count ?? 1;
        const previous = page > 1 ? (route.pages[page - 2] ?? []) : items;
        items = [...previous.slice(-count), ...items];
      }
      const reply = pageReply(route, page, items, origin, url.searchParams);
      if (fault?.type === 'truncate') {
        const full = JSON.stringify(reply.body).length;
        send(res, reply, fault.bytes ?? Math.floor(full / 2));
        return;
      }
      send(res, reply);
    };

    switch (fault?.type) {
      case 'rate-limit': {
        const retry: Record<string, string> =
          fault.retryAt !== undefined
            ? { 'retry-after': new Date(fault.retryAt).toUTCString() }
            : fault.retryAfter !== undefined
              ? { 'retry-after': String(fault.retryAfter) }
              : {};
        send(res, {
          status: 429,
          headers: { ...retry, ...fault.headers },
          body: fault.body ?? { error: 'rate_limited' },
        });
        return;
      }
      case 'status':
        send(res, {
          status: fault.status,
          headers: { ...fault.headers },
          body: fault.body ?? { error: `status_${fault.status}` },
        });
        return;
      case 'timeout':
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer();
        }, fault.ms);
        timers.add(timer);
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
      default:
        answer();
    }
  }

  const server = createServer((req, res) => {
    // A POST's body decides its page, so the whole body is read before anything else.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject(...more) {
      rules.push(...more.map((rule) => ({ rule, used: 0 })));
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** Splits records into pages of `size` (the last may be shorter). */
export function pagesOf<T>(records: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < records.length; i += size) pages.push(records.slice(i, i + size));
  return pages;
}
