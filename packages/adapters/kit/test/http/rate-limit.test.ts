import { describe, expect, it } from 'vitest';
import { budgetWait, parseRetryAfter, rateLimitWait } from '../../src/index.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const headers = (h: Record<string, string>) => new Headers(h);

describe('parseRetryAfter (RFC 9110 §10.2.3: delay-seconds or HTTP-date)', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });
  it('reads an HTTP date relative to now, and a past date as no wait', () => {
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-3', NOW)).toBeUndefined();
  });
});

describe('rateLimitWait (HELPDESK-APIS §1.4, §2.4, §3.4)', () => {
  it('prefers Retry-After to every other header', () => {
    expect(
      rateLimitWait(
        headers({ 'retry-after': '2', 'ratelimit-reset': '50', 'x-rate-limit-remaining': '0' }),
        NOW,
      ),
    ).toEqual({
      ms: 2000,
      source: 'Retry-After',
    });
  });
  it('Zendesk: a spent X-Rate-Limit-Remaining waits for ratelimit-reset', () => {
    expect(
      rateLimitWait(headers({ 'x-rate-limit-remaining': '0', 'ratelimit-reset': '12' }), NOW)?.ms,
    ).toBe(12_000);
    expect(
      rateLimitWait(headers({ 'ratelimit-remaining': '0', 'ratelimit-reset': '12' }), NOW)?.ms,
    ).toBe(12_000);
    // Its own family says budget is left: another limit was hit, whose reset is unknown.
    expect(
      rateLimitWait(headers({ 'ratelimit-remaining': '5', 'ratelimit-reset': '12' }), NOW),
    ).toBeUndefined();
  });
  it('X-RateLimit-Reset as epoch seconds or as delta seconds', () => {
    const epoch = String((NOW + 9000) / 1000);
    expect(
      rateLimitWait(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch }), NOW)?.ms,
    ).toBe(9000);
    expect(
      rateLimitWait(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' }), NOW)?.ms,
    ).toBe(4000);
  });
  it('HubSpot: the interval when X-HubSpot-RateLimit-Remaining is 0', () => {
    const h = headers({
      'x-hubspot-ratelimit-remaining': '0',
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
    });
    expect(rateLimitWait(h, NOW)).toEqual({
      ms: 10_000,
      source: 'X-HubSpot-RateLimit-Interval-Milliseconds',
    });
    const left = headers({
      'x-hubspot-ratelimit-remaining': '3',
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
    });
    expect(rateLimitWait(left, NOW)).toBeUndefined();
  });
  it("HubSpot: a 429 body's policyName", () => {
    expect(rateLimitWait(headers({}), NOW, { policyName: 'SECONDLY' })?.ms).toBe(1000);
    expect(rateLimitWait(headers({}), NOW, { policyName: 'TEN_SECONDLY_ROLLING' })?.ms).toBe(
      10_000,
    );
    expect(rateLimitWait(headers({}), NOW, { policyName: 'DAILY' })?.ms).toBe(Infinity);
    expect(rateLimitWait(headers({}), NOW, { policyName: 'SOMETHING_NEW' })).toBeUndefined();
  });
  it('Freshdesk headers alone (no reset) name no wait', () => {
    expect(
      rateLimitWait(headers({ 'x-ratelimit-total': '400', 'x-ratelimit-remaining': '0' }), NOW),
    ).toBeUndefined();
  });
});

describe('budgetWait: a successful response that spent the budget', () => {
  it('needs an explicit spent count, then takes any reset header', () => {
    expect(
      budgetWait(headers({ 'x-rate-limit-remaining': '0', 'ratelimit-reset': '7' }), NOW),
    ).toEqual({ ms: 7000, source: 'ratelimit-reset' });
    expect(budgetWait(headers({ 'ratelimit-reset': '7' }), NOW)).toBeUndefined();
    expect(
      budgetWait(headers({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '7' }), NOW),
    ).toBeUndefined();
    expect(budgetWait(headers({ 'retry-after': '7' }), NOW)).toBeUndefined();
  });
});
