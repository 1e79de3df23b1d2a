/**
 * How long a rate-limited response asks us to wait, from the headers each vendor sends
 * (HELPDESK-APIS §1.4, §2.4, §3.4). `undefined` means the response named no wait.
 */
export interface RateLimitWait {
  ms: number;
  /** The header or body field the wait came from, for logs and errors. */
  source: string;
}

/** Anything with `get(name)`: fetch `Headers`, or a plain adapter in tests. */
export interface HeaderLookup {
  get(name: string): string | null;
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). A date in the
 * past means "now"; anything unparseable is ignored rather than guessed.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // Only something shaped like an HTTP date: Date.parse('-3') is the year −3.
  if (!/[a-z]{3}/i.test(trimmed) || !/\d{1,2}:\d{2}:\d{2}/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * A reset given as seconds. Vendors disagree on the unit of "reset": the IETF draft's
 * `RateLimit-Reset` is delta-seconds, GitHub-style `X-RateLimit-Reset` is epoch seconds. A value
 * above 10^9 can only be an epoch (it would be 31 years as a delta).
 */
function resetToMs(value: string | null, now: number): number | undefined {
  if (value == null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  if (n > 1e9) return Math.max(0, n * 1000 - now);
  return Math.ceil(n * 1000);
}

function exhausted(value: string | null): boolean {
  return value != null && value.trim() !== '' && Number(value.trim()) <= 0;
}

const FAMILIES = [
  ['ratelimit-remaining', 'ratelimit-reset'],
  ['x-ratelimit-remaining', 'x-ratelimit-reset'],
  ['x-rate-limit-remaining', 'x-rate-limit-reset'],
] as const;

function hubspotIntervalWait(headers: HeaderLookup): RateLimitWait | undefined {
  const interval = headers.get('x-hubspot-ratelimit-interval-milliseconds');
  if (interval == null || !exhausted(headers.get('x-hubspot-ratelimit-remaining')))
    return undefined;
  const ms = Number(interval);
  return Number.isFinite(ms) && ms >= 0
    ? { ms, source: 'X-HubSpot-RateLimit-Interval-Milliseconds' }
    : undefined;
}

/**
 * After a *successful* response: the wait before the next request when the response says the
 * budget is spent (a remaining count of 0 and a reset, or HubSpot's interval). Waiting here
 * costs nothing, while sending the request anyway earns a 429 and, on some vendors, a longer
 * penalty. Without an explicit spent count nothing is waited.
 */
export function budgetWait(headers: HeaderLookup, now: number): RateLimitWait | undefined {
  if (FAMILIES.some(([remaining]) => exhausted(headers.get(remaining)))) {
    for (const [, reset] of FAMILIES) {
      const ms = resetToMs(headers.get(reset), now);
      if (ms !== undefined) return { ms, source: reset };
    }
  }
  return hubspotIntervalWait(headers);
}

/** HubSpot's 429 body names the window that was exceeded (HELPDESK-APIS §3.4). */
const HUBSPOT_POLICY_MS: Record<string, number> = {
  SECONDLY: 1_000,
  TEN_SECONDLY_ROLLING: 10_000,
  // The daily quota resets at midnight in the portal's zone, which the response does not give:
  // an infinite wait makes the client stop with a clear error instead of hammering.
  DAILY: Number.POSITIVE_INFINITY,
};

/**
 * The wait a response asks for, in order of authority: `Retry-After`; a reset header whose
 * remaining count is spent (`ratelimit-reset`, `X-RateLimit-Reset`); HubSpot's interval when its
 * remaining count is spent; HubSpot's `policyName` in a 429 body.
 */
export function rateLimitWait(
  headers: HeaderLookup,
  now: number,
  body?: unknown,
): RateLimitWait | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return { ms: retryAfter, source: 'Retry-After' };

  // On a 429 a reset counts unless its own family says budget is left (then another limit was
  // hit, whose reset is unknown). Zendesk sends `ratelimit-reset` beside
  // `X-Rate-Limit-Remaining`, a family of its own without a reset.
  for (const [remaining, reset] of FAMILIES) {
    const resetMs = resetToMs(headers.get(reset), now);
    const left = headers.get(remaining);
    if (resetMs !== undefined && (left == null || exhausted(left))) {
      return { ms: resetMs, source: reset };
    }
  }

  const hubspot = hubspotIntervalWait(headers);
  if (hubspot) return hubspot;

  if (body != null && typeof body === 'object' && 'policyName' in body) {
    const policy = String((body as { policyName: unknown }).policyName);
    const ms = HUBSPOT_POLICY_MS[policy];
    if (ms !== undefined) return { ms, source: `policyName ${policy}` };
  }
  return undefined;
}
