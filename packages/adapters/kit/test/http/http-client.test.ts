import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HttpError,
  abortableSleep,
  basicAuth,
  freshdeskApiKeyAuth,
  secretForms,
  zendeskTokenAuth,
} from '../../src/index.js';
import { AUTHORIZATION_MARKER } from '../../src/testing/index.js';
import { SECRET, fakeApi, testClient, ticketsRoute } from '../helpers.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Everything printed to the console during a test, to prove the secret never is. */
let consoleLines: string[] = [];
beforeEach(() => {
  consoleLines = [];
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  const all = consoleLines.join('\n');
  for (const form of secretForms(SECRET)) expect(all).not.toContain(form);
});

function expectNoSecret(...texts: unknown[]) {
  const all = texts
    .map((t) =>
      t instanceof Error
        ? `${t.message}\n${t.stack}\n${JSON.stringify({ ...t })}`
        : JSON.stringify(t),
    )
    .join('\n');
  for (const form of secretForms(SECRET)) expect(all).not.toContain(form);
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('createHttpClient: auth and requests', () => {
  it('sends the bearer token, joins paths onto the base path and encodes the query', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()], auth: `Bearer ${SECRET}` });
    const { client } = testClient(api);
    const res = await client.get<{ tickets: unknown[] }>('/tickets', {
      query: { 'page[size]': 3, skip: undefined },
    });
    expect(res.status).toBe(200);
    expect(res.body.tickets).toHaveLength(3);
    expect(api.requests[0]).toMatchObject({
      path: '/api/v2/tickets',
      query: { 'page[size]': '3' },
      authorized: true,
    });
    expect(api.requests[0]!.headers.authorization).toBe(AUTHORIZATION_MARKER);
    expect(api.requests[0]!.headers.accept).toBe('application/json');
  });

  it.each([
    [
      'Zendesk email/token',
      zendeskTokenAuth('ana@acme.test', SECRET),
      'ana@acme.test/token',
      SECRET,
    ],
    ['Freshdesk key:X', freshdeskApiKeyAuth(SECRET), SECRET, 'X'],
    ['Basic', basicAuth('user', SECRET), 'user', SECRET],
  ])('sends %s as Basic auth', async (_name, auth, user, password) => {
    const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const api = await fakeApi({ routes: [ticketsRoute()], auth: expected });
    const { client } = testClient(api, { auth });
    await client.get('/tickets');
    expect(api.requests[0]!.authorized).toBe(true);
  });

  it('fails a refused credential at once (401 is not retried), without the secret', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()], auth: 'Bearer something-else' });
    const { client, sleeps } = testClient(api);
    const error = await failure(client.get('/tickets', { query: { api_key: SECRET } }));
    expect(error).toMatchObject({ kind: 'status', status: 401, attempts: 1, method: 'GET' });
    expect(error.message).toContain('HTTP 401');
    expect(error.url).toBe(`${api.url}/api/v2/tickets?api_key=[redacted]`);
    expect(sleeps).toEqual([]);
    expectNoSecret(error);
  });

  it('refuses to send credentials to another origin', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    const { client } = testClient(api);
    const error = await failure(client.get('http://127.0.0.2:9/steal'));
    expect(error.kind).toBe('cross-origin');
    expect(error.message).toBe(
      `GET http://127.0.0.2:9/steal failed before sending: refused: not the origin of baseUrl ${api.url}`,
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe('createHttpClient: 429 waits exactly what the vendor asks (HELPDESK-APIS §1.4, §2.4, §3.4)', () => {
  it('Retry-After in seconds', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'rate-limit', retryAfter: 3 } }],
    });
    const { client, sleeps, events } = testClient(api);
    const res = await client.get('/tickets');
    expect(res.attempts).toBe(2);
    expect(sleeps).toEqual([3000]);
    expect(events).toEqual([
      { type: 'wait', ms: 3000, reason: 'rate-limit', attempt: 1, status: 429 },
    ]);
  });

  it('Retry-After as an HTTP date, against the injected clock', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'rate-limit', retryAt: NOW + 7000 } }],
    });
    const { client, sleeps } = testClient(api);
    await client.get('/tickets');
    expect(sleeps).toEqual([7000]);
  });

  it.each([
    [
      'Zendesk ratelimit-reset',
      { 'x-rate-limit-remaining': '0', 'ratelimit-reset': '11' },
      undefined,
      11_000,
    ],
    [
      'Freshdesk-style X-RateLimit-Reset',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '5' },
      undefined,
      5000,
    ],
    [
      'HubSpot interval headers',
      {
        'x-hubspot-ratelimit-remaining': '0',
        'x-hubspot-ratelimit-interval-milliseconds': '10000',
      },
      undefined,
      10_000,
    ],
    [
      'HubSpot policyName SECONDLY',
      {},
      { status: 'error', category: 'RATE_LIMITS', policyName: 'SECONDLY' },
      1000,
    ],
    ['no header at all (default 60 s)', {}, undefined, 60_000],
  ])('%s', async (_name, headers, body, wait) => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'rate-limit', headers, ...(body ? { body } : {}) } }],
    });
    const { client, sleeps } = testClient(api);
    await client.get('/tickets');
    expect(sleeps).toEqual([wait]);
  });

  it('fails at once when asked to wait longer than maxWaitMs (HubSpot DAILY)', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'rate-limit', body: { policyName: 'DAILY' } } }],
    });
    const { client, sleeps } = testClient(api);
    const error = await failure(client.get('/tickets'));
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, attempts: 1 });
    expect(error.message).toMatch(/until the quota resets.*more than maxWaitMs/);
    expect(sleeps).toEqual([]);
  });

  it('a 503 with Retry-After waits that long instead of backing off', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [
        { request: 1, fault: { type: 'status', status: 503, headers: { 'retry-after': '4' } } },
      ],
    });
    const { client, sleeps, events } = testClient(api);
    await client.get('/tickets');
    expect(sleeps).toEqual([4000]);
    expect(events[0]).toMatchObject({ reason: 'retry', status: 503 });
  });
});

describe('createHttpClient: retries with exponential backoff and full jitter', () => {
  it.each([
    ['HTTP 500', { type: 'status', status: 500 } as const],
    ['HTTP 502', { type: 'status', status: 502 } as const],
    ['HTTP 503', { type: 'status', status: 503 } as const],
    ['a request that never answers', { type: 'timeout' } as const],
    ['an answer later than the timeout', { type: 'slow', ms: 1500 } as const],
    ['truncated JSON', { type: 'truncate' } as const],
    ['a connection reset', { type: 'reset' } as const],
  ])('recovers from %s', async (_name, fault) => {
    const api = await fakeApi({ routes: [ticketsRoute()], faults: [{ request: 1, fault }] });
    const { client, sleeps, events, logs } = testClient(api, { timeoutMs: 500 });
    const res = await client.get<{ tickets: unknown[] }>('/tickets', { query: { token: SECRET } });
    expect(res.body.tickets).toHaveLength(3);
    expect(res.attempts).toBe(2);
    expect(api.requests.map((r) => r.fault)).toEqual([fault.type, undefined]);
    // random 0.5 × min(30 s, 500 ms × 2^0)
    expect(sleeps).toEqual([250]);
    expect(events).toEqual([
      {
        type: 'wait',
        ms: 250,
        reason: 'retry',
        attempt: 1,
        ...(fault.type === 'status'
          ? { status: fault.status }
          : fault.type === 'truncate'
            ? { status: 200 }
            : {}),
      },
    ]);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('token=[redacted]');
    expectNoSecret(logs, events);
  });

  it('grows the wait per retry and caps it', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ times: 6, fault: { type: 'status', status: 503 } }],
    });
    const { client, sleeps } = testClient(api, {
      random: () => 0.999,
      maxAttempts: 7,
      backoff: { baseMs: 100, maxMs: 500 },
    });
    await client.get('/tickets');
    // ceilings 100, 200, 400, then the 500 cap; × 0.999, floored
    expect(sleeps).toEqual([99, 199, 399, 499, 499, 499]);
  });

  it('gives up after maxAttempts with a clear, redacted HttpError', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ times: Infinity, fault: { type: 'status', status: 502, body: { echo: SECRET } } }],
    });
    const { client, sleeps, logs } = testClient(api, { maxAttempts: 3 });
    const error = await failure(client.get('/tickets', { query: { access_token: SECRET } }));
    expect(error).toMatchObject({ kind: 'status', status: 502, attempts: 3, method: 'GET' });
    expect(error.message).toBe(
      `GET ${api.url}/api/v2/tickets?access_token=[redacted] failed after 3 attempts: HTTP 502 Bad Gateway (gave up: maxAttempts 3)`,
    );
    expect(error.body).toBe('{"echo":"[redacted]"}');
    expect(error.transient).toBe(true);
    expect(api.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expectNoSecret(error, logs);
  });

  it('gives up on endless timeouts with kind "timeout"', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ times: Infinity, fault: { type: 'timeout' } }],
    });
    const { client } = testClient(api, { maxAttempts: 2, timeoutMs: 50 });
    const error = await failure(client.get('/tickets'));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toContain('no complete answer within 50 ms');
  });

  it('gives up on endless truncated JSON with kind "invalid-json"', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ times: Infinity, fault: { type: 'truncate', bytes: 20 } }],
    });
    const { client } = testClient(api, { maxAttempts: 2 });
    const error = await failure(client.get('/tickets'));
    expect(error).toMatchObject({ kind: 'invalid-json', status: 200, attempts: 2 });
  });

  it('gives up on endless connection resets with kind "network"', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ times: Infinity, fault: { type: 'reset' } }],
    });
    const { client } = testClient(api, { maxAttempts: 2 });
    const error = await failure(client.get('/tickets'));
    expect(error).toMatchObject({ kind: 'network', attempts: 2 });
    expect(error.status).toBeUndefined();
  });

  it('does not retry a 404', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    const { client, sleeps } = testClient(api);
    const error = await failure(client.get('/nope'));
    expect(error).toMatchObject({ status: 404, attempts: 1 });
    expect(error.transient).toBe(false);
    expect(sleeps).toEqual([]);
  });
});

describe('createHttpClient: abort', () => {
  it('an abort during a rate-limit wait ends it with the abort reason', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'rate-limit', retryAfter: 600 } }],
    });
    const controller = new AbortController();
    const { client } = testClient(api, {
      sleep: abortableSleep,
      // Abort as soon as the ten-minute wait begins.
      onProgress: (e) => {
        if (e.type === 'wait') queueMicrotask(() => controller.abort(new Error('user cancelled')));
      },
    });
    await expect(client.get('/tickets', { signal: controller.signal })).rejects.toThrow(
      'user cancelled',
    );
    expect(api.requests).toHaveLength(1);
  });

  it('an abort during a request that never answers ends it with the abort reason, not a timeout', async () => {
    const api = await fakeApi({
      routes: [ticketsRoute()],
      faults: [{ request: 1, fault: { type: 'timeout' } }],
    });
    const controller = new AbortController();
    const { client, sleeps } = testClient(api, { timeoutMs: 60_000 });
    const pending = client.get('/tickets', { signal: controller.signal });
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(sleeps).toEqual([]);
  });

  it('a client-wide signal already aborted sends nothing', async () => {
    const api = await fakeApi({ routes: [ticketsRoute()] });
    const { client } = testClient(api, { signal: AbortSignal.abort() });
    await expect(client.get('/tickets')).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.requests).toHaveLength(0);
  });
});

describe('createHttpClient: throttling before the budget runs out', () => {
  it('waits for the reset before the next request when a response says none are left', async () => {
    const route = {
      ...ticketsRoute(),
      headers: { 'x-rate-limit-remaining': '0', 'ratelimit-reset': '5' },
    };
    const api = await fakeApi({ routes: [route] });
    const { client, sleeps, events } = testClient(api);
    await client.get('/tickets');
    expect(sleeps).toEqual([]);
    await client.get('/tickets');
    expect(sleeps).toEqual([5000]);
    expect(events).toEqual([{ type: 'wait', ms: 5000, reason: 'rate-limit' }]);
    expect(api.requests).toHaveLength(2);
  });

  it('HubSpot: waits the interval when X-HubSpot-RateLimit-Remaining reaches 0', async () => {
    const headers = {
      'x-hubspot-ratelimit-remaining': '0',
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
    };
    const api = await fakeApi({ routes: [{ ...ticketsRoute(), headers }] });
    const { client, sleeps } = testClient(api);
    await client.get('/tickets');
    await client.get('/tickets');
    expect(sleeps).toEqual([10_000]);
  });

  it('does not wait while budget is left, or with throttle: false', async () => {
    const left = await fakeApi({
      routes: [
        { ...ticketsRoute(), headers: { 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '5' } },
      ],
    });
    const a = testClient(left);
    await a.client.get('/tickets');
    await a.client.get('/tickets');
    expect(a.sleeps).toEqual([]);
    const spent = await fakeApi({
      routes: [
        { ...ticketsRoute(), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '5' } },
      ],
    });
    const b = testClient(spent, { throttle: false });
    await b.client.get('/tickets');
    await b.client.get('/tickets');
    expect(b.sleeps).toEqual([]);
  });
});
