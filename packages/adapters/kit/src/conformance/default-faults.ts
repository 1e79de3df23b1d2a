import type { FaultRule } from '../testing/fake-api.js';

/** A fault case the conformance suite runs a full sync through. */
export interface FaultScenario {
  name: string;
  faults: FaultRule[];
  /** The sync must fail (with a redacted error) instead of recovering. */
  expectError?: boolean;
  /** A wait (ms) the adapter's HTTP client must have asked the injected sleep for. */
  expectWait?: number;
}

/**
 * The instant every conformance HTTP client believes it is (`ctx.http.now`), on a whole second
 * so an HTTP-date `Retry-After` converts to an exact wait.
 */
export const CONFORMANCE_NOW = Date.UTC(2026, 0, 5, 9, 0, 0);

/** The fault survey of issue 4: every fault a vendor API throws at an adapter. */
export const DEFAULT_FAULT_SCENARIOS: readonly FaultScenario[] = [
  {
    name: '429 with Retry-After in seconds',
    faults: [{ request: 2, fault: { type: 'rate-limit', retryAfter: 3 } }],
    expectWait: 3000,
  },
  {
    name: '429 with Retry-After as an HTTP date',
    faults: [{ request: 2, fault: { type: 'rate-limit', retryAt: CONFORMANCE_NOW + 7000 } }],
    expectWait: 7000,
  },
  { name: 'HTTP 500', faults: [{ request: 1, fault: { type: 'status', status: 500 } }] },
  {
    name: 'HTTP 502 twice',
    faults: [
      { request: 2, fault: { type: 'status', status: 502 } },
      { request: 3, fault: { type: 'status', status: 502 } },
    ],
  },
  { name: 'HTTP 503', faults: [{ request: 2, fault: { type: 'status', status: 503 } }] },
  {
    name: 'a request that never answers (timeout)',
    faults: [{ request: 2, fault: { type: 'timeout' } }],
  },
  {
    name: 'a late answer within the timeout',
    faults: [{ request: 1, fault: { type: 'slow', ms: 30 } }],
  },
  { name: 'truncated JSON', faults: [{ request: 2, fault: { type: 'truncate' } }] },
  { name: 'connection reset', faults: [{ request: 2, fault: { type: 'reset' } }] },
  {
    name: 'duplicate records across pages',
    faults: [{ page: 2, times: Infinity, fault: { type: 'duplicate', count: 2 } }],
  },
  {
    name: 'a server that keeps failing (HTTP 503)',
    faults: [{ times: Infinity, fault: { type: 'status', status: 503 } }],
    expectError: true,
  },
];
