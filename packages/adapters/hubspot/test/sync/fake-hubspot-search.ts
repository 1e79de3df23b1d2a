import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * HubSpot's CRM search as HELPDESK-APIS §3.2–3.3 documents it, filtering and sorting as the
 * kit's fake (which only pages recorded results) cannot, for the 10k-cap and equal-timestamp traps: `POST /crm/v3/objects/{type}/search` with filterGroups (GTE, GT, LT, LTE, EQ),
 * sorts, `limit` ≤ 200, `after` offsets, and a 400 for any result past the 10,000th. Archived
 * objects are never returned. `GET /crm/v3/pipelines/tickets` serves the pipelines.
 */
export interface FakeHubspotOptions {
  objects: Record<string, readonly unknown[]>;
  pipelines: readonly unknown[];
  token: string;
}

export interface FakeHubspot {
  url: string;
  searches: { type: string; body: SearchBody }[];
  close(): Promise<void>;
}

interface Filter {
  propertyName: string;
  operator: string;
  value: string;
}
export interface SearchBody {
  filterGroups?: { filters: Filter[] }[];
  sorts?: { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }[];
  limit?: number;
  after?: string;
  properties?: string[];
}
type HubspotObject = {
  id: string | number;
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt?: string;
  archived?: boolean;
};

/** A property as a comparable number: ids and numbers as such, datetimes as epoch ms. */
function value(o: HubspotObject, name: string): number {
  if (name === 'hs_object_id') return Number(o.id);
  const raw =
    name === 'hs_lastmodifieddate'
      ? (o.properties.hs_lastmodifieddate ?? o.updatedAt ?? o.createdAt)
      : o.properties[name];
  const text = String(raw ?? '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text);
}

const OPERATORS: Record<string, (a: number, b: number) => boolean> = {
  EQ: (a, b) => a === b,
  GT: (a, b) => a > b,
  GTE: (a, b) => a >= b,
  LT: (a, b) => a < b,
  LTE: (a, b) => a <= b,
};

export async function startFakeHubspot(options: FakeHubspotOptions): Promise<FakeHubspot> {
  const searches: FakeHubspot['searches'] = [];
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => resolve(text));
    });

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        send(res, 401, { status: 'error', category: 'INVALID_AUTHENTICATION' });
        return;
      }
      if (req.method === 'GET' && url.pathname === '/crm/v3/pipelines/tickets') {
        send(res, 200, { results: options.pipelines });
        return;
      }
      const match = /^\/crm\/v3\/objects\/([a-z_]+)\/search$/.exec(url.pathname);
      if (req.method !== 'POST' || !match || !options.objects[match[1]!]) {
        send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND' });
        return;
      }
      const type = match[1]!;
      const body = JSON.parse(await read(req)) as SearchBody;
      searches.push({ type, body });
      const limit = body.limit ?? 10;
      const after = Number(body.after ?? 0);
      if (limit > 200) {
        send(res, 400, { status: 'error', category: 'VALIDATION_ERROR', message: 'limit > 200' });
        return;
      }
      if (after + limit > 10_000) {
        send(res, 400, {
          status: 'error',
          category: 'VALIDATION_ERROR',
          message: 'Cannot page beyond 10000 results',
        });
        return;
      }
      const groups = body.filterGroups ?? [];
      let rows = (options.objects[type] as HubspotObject[]).filter(
        (o) =>
          o.archived !== true &&
          (groups.length === 0 ||
            groups.some((g) =>
              g.filters.every((f) =>
                OPERATORS[f.operator]!(value(o, f.propertyName), Number(f.value)),
              ),
            )),
      );
      for (const sort of [...(body.sorts ?? [])].reverse()) {
        const sign = sort.direction === 'DESCENDING' ? -1 : 1;
        rows = [...rows].sort(
          (a, b) => sign * (value(a, sort.propertyName) - value(b, sort.propertyName)),
        );
      }
      const page = rows.slice(after, after + limit);
      send(res, 200, {
        total: rows.length,
        results: page,
        ...(after + limit < rows.length
          ? { paging: { next: { after: String(after + limit) } } }
          : {}),
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    searches,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
