import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/index.js';

describe('backoffDelay: exponential with full jitter', () => {
  it('grows ×2 per retry up to the cap (random just under 1 shows the ceiling)', () => {
    const top = () => 0.999999;
    const waits = [1, 2, 3, 4, 5, 6, 7].map((r) =>
      backoffDelay(r, top, { baseMs: 100, maxMs: 1000 }),
    );
    // ceilings 100, 200, 400, 800, then capped at 1000
    expect(waits).toEqual([99, 199, 399, 799, 999, 999, 999]);
  });
  it('scales the ceiling by random(): 0 gives no wait, 0.5 half', () => {
    expect(backoffDelay(3, () => 0, { baseMs: 100, maxMs: 1000 })).toBe(0);
    expect(backoffDelay(3, () => 0.5, { baseMs: 100, maxMs: 1000 })).toBe(200);
  });
  it('defaults to base 500 ms and cap 30 s', () => {
    expect(backoffDelay(1, () => 0.5)).toBe(250);
    expect(backoffDelay(30, () => 0.5)).toBe(15_000);
  });
});
