export interface BackoffOptions {
  /** Ceiling of the first retry's wait. Default 500 ms. */
  baseMs?: number;
  /** No retry waits longer than this. Default 30 s. */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 500, maxMs: 30_000 } as const;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): wait a uniform random time in [0, min(max, base·2^(retry-1))). Full jitter spreads
 * the retries of many clients that failed together, which equal-step backoff does not.
 * `retry` counts from 1 (the wait before the second attempt).
 */
export function backoffDelay(
  retry: number,
  random: () => number,
  options: BackoffOptions = {},
): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const max = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
