import type { ProgressEvent } from '../contract.js';
import { authHeader, authSecrets, type HttpAuth } from './auth.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { HttpError, type HttpErrorInit, type HttpErrorKind } from './http-error.js';
import { budgetWait, rateLimitWait, type RateLimitWait } from './rate-limit.js';
import { createRedactor, type Redact } from './redactor.js';
import { abortableSleep, type Sleep } from './sleep.js';

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Readonly<Record<string, QueryValue>>;

export interface HttpClientOptions {
  /** `https://acme.zendesk.com/api/v2`: request paths are appended to its path. */
  baseUrl: string;
  /** Credentials, read by the caller from environment variables. */
  auth?: HttpAuth;
  /** Sent with every request (e.g. `user-agent`). */
  headers?: Readonly<Record<string, string>>;
  /** Per-attempt timeout, covering the response body too. Default 30 s. */
  timeoutMs?: number;
  /** Attempts per request, the first included, for every retryable failure and 429. Default 5. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Wait after a 429 that names no wait (Zendesk sometimes omits `Retry-After`). Default 60 s. */
  defaultRateLimitWaitMs?: number;
  /** A 429 asking for a longer wait fails instead (e.g. HubSpot's daily quota). Default 15 min. */
  maxWaitMs?: number;
  /**
   * When a successful response says the budget is spent (remaining 0 with a reset), wait
   * before the next request instead of earning a 429. Default true.
   */
  throttle?: boolean;
  /** Aborts requests and waits of every call. */
  signal?: AbortSignal;
  /** Receives `wait` events (rate-limit and retry waits). */
  onProgress?: (event: ProgressEvent) => void;
  /** Receives one redacted line per retry or wait. Nothing is logged when absent. */
  log?: (line: string) => void;
  /** More secrets to redact besides the ones in `auth` (e.g. an OAuth refresh token). */
  secrets?: readonly string[];
  /** Injectable for tests: no test has to wait for real time or randomness. */
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

export interface RequestOptions {
  query?: Query;
  headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  body: T;
  /** The redacted URL that answered. */
  url: string;
  attempts: number;
}

export interface HttpClient {
  readonly baseUrl: string;
  /** Redacts every secret this client knows from `text`. */
  readonly redact: Redact;
  /** The absolute URL for a path (appended to the base path) or a same-origin URL. */
  url(pathOrUrl: string, query?: Query): URL;
  request<T = unknown>(
    method: string,
    pathOrUrl: string,
    options?: RequestOptions,
  ): Promise<HttpResponse<T>>;
  get<T = unknown>(pathOrUrl: string, options?: RequestOptions): Promise<HttpResponse<T>>;
}

const RETRYABLE_STATUS = new Set([408, 500, 502, 503, 504]);
const BODY_EXCERPT = 300;

type Attempt =
  | { done: true; response: HttpResponse<unknown>; budget: RateLimitWait | undefined }
  | {
      done: false;
      error: Omit<HttpErrorInit, 'attempts'>;
      /** Milliseconds the server asked for, or -1 to back off. */
      wait: number;
      rateLimited: boolean;
      /** Asking again cannot help (a 4xx, a wait beyond `maxWaitMs`). */
      fatal: boolean;
    };

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * A JSON HTTP client on the global `fetch` for API adapters: retries server and network
 * faults with capped, fully jittered exponential backoff; waits out 429s as long as the vendor
 * asks; never lets a credential into an error, a log line or a progress event.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const auth = options.auth ?? { type: 'none' };
  const redact = createRedactor([...authSecrets(auth), ...(options.secrets ?? [])]);
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const defaultRateLimitWaitMs = options.defaultRateLimitWaitMs ?? 60_000;
  const header = authHeader(auth);
  /** Set when a response said the budget is spent: the next request waits this long first. */
  let budget: RateLimitWait | undefined;

  function url(pathOrUrl: string, query?: Query): URL {
    const target = /^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)
      ? new URL(pathOrUrl)
      : new URL(`${basePath}/${pathOrUrl.replace(/^\/+/, '')}`, base.origin);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value == null) continue;
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) target.searchParams.append(key, String(v));
    }
    return target;
  }

  async function attemptOnce(
    method: string,
    target: URL,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<Attempt> {
    const shownUrl = redact(target.href);
    const failed = (
      kind: HttpErrorKind,
      detail: string,
      more: { status?: number; body?: string; wait?: number; fatal?: boolean } = {},
    ): Attempt => ({
      done: false,
      fatal: more.fatal ?? false,
      rateLimited: kind === 'rate-limit',
      wait: more.wait ?? -1,
      error: {
        kind,
        method,
        url: shownUrl,
        detail: redact(detail),
        ...(more.status !== undefined ? { status: more.status } : {}),
        ...(more.body !== undefined ? { body: more.body } : {}),
      },
    });
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(target, { ...init, signal: combined });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return timeout.aborted
        ? failed('timeout', `no complete answer within ${timeoutMs} ms`)
        : failed('network', describe(error));
    }
    const body = redact(text.slice(0, BODY_EXCERPT));
    let json: unknown;
    let invalidJson: string | undefined;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch (error) {
        invalidJson = describe(error);
      }
    }
    const status = response.status;
    const statusLine = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (status === 429) {
      const asked = rateLimitWait(response.headers, now(), json);
      const wait = asked?.ms ?? defaultRateLimitWaitMs;
      const detail = `${statusLine}, asked to wait ${Number.isFinite(wait) ? `${wait} ms` : 'until the quota resets'} (${asked?.source ?? 'no wait header; default'})`;
      return wait > maxWaitMs
        ? failed('rate-limit', `${detail}, more than maxWaitMs ${maxWaitMs}`, {
            status,
            body,
            fatal: true,
          })
        : failed('rate-limit', detail, { status, body, wait });
    }
    if (RETRYABLE_STATUS.has(status)) {
      // A 503 may say when to come back; otherwise back off.
      const asked = rateLimitWait(response.headers, now());
      const wait = asked !== undefined && asked.ms <= maxWaitMs ? asked.ms : -1;
      return failed('status', statusLine, { status, body, wait });
    }
    if (status < 200 || status >= 300) {
      return failed('status', `${statusLine}${body ? `: ${body}` : ''}`, {
        status,
        body,
        fatal: true,
      });
    }
    if (invalidJson !== undefined) {
      // Proxies and dropped connections cut bodies short; asking again usually heals it.
      return failed('invalid-json', `invalid JSON in a ${statusLine} response (${invalidJson})`, {
        status,
        body,
      });
    }
    return {
      done: true,
      response: { status, headers: response.headers, body: json, url: shownUrl, attempts: 0 },
      budget: options.throttle === false ? undefined : budgetWait(response.headers, now()),
    };
  }

  async function request<T>(
    method: string,
    pathOrUrl: string,
    req: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    const verb = method.toUpperCase();
    const target = url(pathOrUrl, req.query);
    if (target.origin !== base.origin) {
      // Following a vendor-supplied link must never hand our credentials to another host.
      throw new HttpError({
        kind: 'cross-origin',
        method: verb,
        url: redact(target.href),
        attempts: 0,
        detail: `refused: not the origin of baseUrl ${base.origin}`,
      });
    }
    const headers = new Headers({ accept: 'application/json', ...options.headers, ...req.headers });
    if (header) headers.set(header[0], header[1]);
    const init: RequestInit = { method: verb, headers };
    if (req.body !== undefined) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(req.body);
    }
    const signals = [options.signal, req.signal].filter((s): s is AbortSignal => s != null);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const emit = (event: ProgressEvent) => {
      options.onProgress?.(event);
      req.onProgress?.(event);
    };
    let retries = 0;
    const pending = budget;
    budget = undefined;
    if (pending && pending.ms > 0 && pending.ms <= maxWaitMs) {
      emit({ type: 'wait', ms: pending.ms, reason: 'rate-limit' });
      options.log?.(
        redact(
          `${verb} ${redact(target.href)}: waiting ${pending.ms} ms first, the budget is spent (${pending.source})`,
        ),
      );
      await sleep(pending.ms, signal);
    }
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const outcome = await attemptOnce(verb, target, init, signal);
      if (outcome.done) {
        budget = outcome.budget;
        return { ...outcome.response, attempts: attempt } as HttpResponse<T>;
      }
      if (outcome.fatal) throw new HttpError({ ...outcome.error, attempts: attempt });
      if (attempt >= maxAttempts) {
        throw new HttpError({
          ...outcome.error,
          attempts: attempt,
          detail: `${outcome.error.detail} (gave up: maxAttempts ${maxAttempts})`,
        });
      }
      if (!outcome.rateLimited) retries++;
      const ms = outcome.wait >= 0 ? outcome.wait : backoffDelay(retries, random, options.backoff);
      const reason = outcome.rateLimited ? 'rate-limit' : 'retry';
      emit({
        type: 'wait',
        ms,
        reason,
        attempt,
        ...(outcome.error.status !== undefined ? { status: outcome.error.status } : {}),
      });
      options.log?.(
        redact(
          `${verb} ${outcome.error.url}: ${outcome.error.detail}; attempt ${attempt} of ${maxAttempts}, waiting ${ms} ms`,
        ),
      );
      await sleep(ms, signal);
    }
  }

  return {
    baseUrl: redact(base.href),
    redact,
    url,
    request,
    get: (pathOrUrl, req) => request('GET', pathOrUrl, req),
  };
}
