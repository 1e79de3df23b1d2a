import { describe, expect, it } from 'vitest';
import { TableroValidationError, tierShare, type TicketInput } from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

const resolvedBy = (id: string, tier?: string): TicketInput =>
  ticket(id, '2026-03-02T09:00:00Z', {
    resolvedAt: '2026-03-03T09:00:00Z',
    ...(tier === undefined ? {} : { tier }),
  });

/** Resolved in March: N1 × 5, N2 × 2, N3 × 1, no tier × 2; plus one open and one resolved in April. */
const tickets = (): TicketInput[] => [
  resolvedBy('a', 'N2'),
  resolvedBy('b', 'N1'),
  resolvedBy('c', 'N1'),
  resolvedBy('d', 'N3'),
  resolvedBy('e', 'N1'),
  resolvedBy('f', 'N2'),
  resolvedBy('g', 'N1'),
  resolvedBy('h', 'N1'),
  resolvedBy('i'),
  resolvedBy('j'),
  ticket('open', '2026-03-05T09:00:00Z', { tier: 'N3' }),
  ticket('apr', '2026-03-30T09:00:00Z', { resolvedAt: '2026-04-01T09:00:00Z', tier: 'N3' }),
];

describe('KPI-SPEC §Rates on tickets — Share by level of attention: resolved per tier ÷ resolved (001 §3)', () => {
  it('shares of the 8 resolved tickets with a tier; the first tier is the value by default', () => {
    const result = tierShare(tickets(), { period: MARCH_2026_UTC });
    // N1 5/8 = 62.5%, N2 2/8 = 25%, N3 1/8 = 12.5%; 2 without tier are unknown.
    expect(result.kpi).toBe('tierShare');
    expect(result.n).toBe(8);
    expect(result.unknown).toBe(2);
    expect(result.tier).toBe('N1');
    expect(result.value).toBeCloseTo(62.5, 9);
    expect(result.shares.map((s) => [s.tier, s.count, s.value])).toEqual([
      ['N1', 5, 62.5],
      ['N2', 2, 25],
      ['N3', 1, 12.5],
    ]);
    // Wilson for N1, 5 of 8: d = 1 + 3.8416/8 = 1.4802; centre = (0.625 + 0.2401)/1.4802
    //   = 0.584448; half = 1.96 × √(0.234375/8 + 3.8416/256) / 1.4802
    //   = 1.96 × √(0.029297 + 0.015006) / 1.4802 = 1.96 × 0.210483 / 1.4802 = 0.278710
    //   → [30.574, 86.316] %.
    expect(result.interval![0]).toBeCloseTo(30.574, 2);
    expect(result.interval![1]).toBeCloseTo(86.316, 2);
  });

  it('a chosen tier: N2 = 25% with Wilson [7.148, 59.073]', () => {
    const result = tierShare(tickets(), { period: MARCH_2026_UTC, tier: 'N2' });
    // 2 of 8: centre = (0.25 + 0.2401)/1.4802 = 0.331104;
    //   half = 1.96 × √(0.1875/8 + 0.015006) / 1.4802 = 1.96 × 0.196070 / 1.4802 = 0.259626.
    expect(result.tier).toBe('N2');
    expect(result.value).toBeCloseTo(25, 9);
    expect(result.interval![0]).toBeCloseTo(7.148, 2);
    expect(result.interval![1]).toBeCloseTo(59.073, 2);
    const n2 = result.shares.find((s) => s.tier === 'N2')!;
    expect(n2.interval![0]).toBeCloseTo(7.148, 2);
  });

  it('a tier with no tickets is 0% (Wilson [0, 32.442]), not null', () => {
    const result = tierShare(tickets(), { period: MARCH_2026_UTC, tier: 'N9' });
    // 0 of 8: centre = 0.2401/1.4802 = 0.162208; half = 1.96 × √(0.015006)/1.4802 = 0.162208
    //   → [0, 32.442].
    expect(result.value).toBe(0);
    expect(result.interval![0]).toBeCloseTo(0, 9);
    expect(result.interval![1]).toBeCloseTo(32.442, 2);
  });

  it('sorts tiers numerically (N2 before N10)', () => {
    const result = tierShare([resolvedBy('x', 'N10'), resolvedBy('y', 'N2')]);
    expect(result.shares.map((s) => s.tier)).toEqual(['N2', 'N10']);
    expect(result.tier).toBe('N2');
  });

  it('empty input and only unknown tiers: value null, n 0', () => {
    expect(tierShare([])).toMatchObject({ value: null, n: 0, shares: [], tier: null });
    expect(tierShare([resolvedBy('u')])).toMatchObject({ value: null, n: 0, unknown: 1 });
  });

  it('strict and lenient on a non-text tier', () => {
    const input = [resolvedBy('ok', 'N1'), bad({ ...resolvedBy('t'), tier: 2 })];
    expect(() => tierShare(input)).toThrow(TableroValidationError);
    expect(() => tierShare(input)).toThrow(/record 1 \(id "t"\) field "tier"/);
    const result = tierShare(input, { mode: 'lenient' });
    expect(result.n).toBe(1);
    expect(result.value).toBe(100);
    expect(result.rejected).toMatchObject([{ index: 1, id: 't', issues: [{ path: ['tier'] }] }]);
  });
});
