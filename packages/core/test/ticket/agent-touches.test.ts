import { describe, expect, it } from 'vitest';
import { TableroValidationError, agentTouches, type TicketInput } from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

const resolvedInMarch = (id: string, agentTouchesCount: number | undefined): TicketInput =>
  ticket(id, '2026-03-03T09:00:00Z', {
    resolvedAt: '2026-03-04T09:00:00Z',
    ...(agentTouchesCount === undefined ? {} : { agentTouches: agentTouchesCount }),
  });

describe('KPI-SPEC §Agent touches: mean over tickets resolved in the period, distribution', () => {
  const tickets = (): TicketInput[] => [
    resolvedInMarch('a', 0),
    resolvedInMarch('b', 1),
    resolvedInMarch('c', 1),
    resolvedInMarch('d', 2),
    resolvedInMarch('e', 3),
    resolvedInMarch('f', 4),
    resolvedInMarch('g', 7),
    // Resolved in March, touches not recorded → unknown, not in n.
    resolvedInMarch('h', undefined),
    // Created in Feb, resolved 1 Mar → in (period by resolution).
    ticket('i', '2026-02-27T09:00:00Z', { resolvedAt: '2026-03-01T09:00:00Z', agentTouches: 2 }),
    // Created in March, resolved in April → out.
    ticket('j', '2026-03-30T09:00:00Z', { resolvedAt: '2026-04-01T09:00:00Z', agentTouches: 9 }),
    // Not resolved → out (not unknown either).
    ticket('k', '2026-03-05T09:00:00Z', { agentTouches: 5 }),
  ];

  it('computes the worked example by hand', () => {
    const result = agentTouches(tickets(), { period: MARCH_2026_UTC });
    // In the base: 0, 1, 1, 2, 3, 4, 7, 2 → n 8, sum 20, mean 2.5.
    expect(result.kpi).toBe('agentTouches');
    expect(result.n).toBe(8);
    expect(result.value).toBeCloseTo(2.5, 9);
    expect(result.unknown).toBe(1);
    // Buckets 0 / 1 / 2 / 3 / 4+: 1, 2, 2, 1, 2 (4 and 7 both in 4+).
    expect(result.distribution).toEqual([
      { touches: '0', count: 1 },
      { touches: '1', count: 2 },
      { touches: '2', count: 2 },
      { touches: '3', count: 1 },
      { touches: '4+', count: 2 },
    ]);
    expect(result.period).toEqual({
      from: Date.parse('2026-03-01T00:00:00Z'),
      to: Date.parse('2026-04-01T00:00:00Z'),
    });
  });

  it('without a period, every resolved ticket counts; the t-interval on the mean', () => {
    // Only a–g (0, 1, 1, 2, 3, 4, 7): n 7, sum 18, mean 18/7 = 2.571429.
    // Σx² = 0+1+1+4+9+16+49 = 80; s² = (80 − 18²/7) / 6 = (80 − 46.285714) / 6 = 5.619048;
    // s = 2.370453; t(0.975, 6) = 2.446912 (tables); half = 2.446912 × 2.370453 / √7
    //   = 5.800302 / 2.645751 = 2.192304 → [0.379125, 4.763732].
    const result = agentTouches(tickets().slice(0, 7));
    expect(result.n).toBe(7);
    expect(result.value).toBeCloseTo(18 / 7, 9);
    expect(result.sd).toBeCloseTo(2.370453, 5);
    expect(result.interval![0]).toBeCloseTo(0.379125, 4);
    expect(result.interval![1]).toBeCloseTo(4.763732, 4);
  });

  it('empty input: value null, n 0, empty distribution', () => {
    const result = agentTouches([]);
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.interval).toBeNull();
    expect(result.unknown).toBe(0);
    expect(result.distribution.map((d) => d.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('only unknown touches: value null, n 0, unknown counted', () => {
    const result = agentTouches([resolvedInMarch('x', undefined), resolvedInMarch('y', undefined)]);
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.unknown).toBe(2);
  });

  it('a single ticket: value 3, no sd, no interval', () => {
    const result = agentTouches([resolvedInMarch('one', 3)]);
    expect(result.value).toBe(3);
    expect(result.n).toBe(1);
    expect(result.sd).toBeNull();
    expect(result.interval).toBeNull();
    expect(result.distribution[3]).toEqual({ touches: '3', count: 1 });
  });
});

describe('KPI-SPEC §Ground rules — invalid input: agent touches', () => {
  const input = (): TicketInput[] => [
    resolvedInMarch('ok1', 1),
    bad({ ...resolvedInMarch('neg', 0), agentTouches: -1 }),
    bad({ ...resolvedInMarch('frac', 0), agentTouches: 1.5 }),
    bad({ ...resolvedInMarch('text', 0), agentTouches: '2' }),
    resolvedInMarch('ok2', 3),
  ];

  it('strict throws naming record index, id and field path', () => {
    expect(() => agentTouches(input())).toThrow(TableroValidationError);
    expect(() => agentTouches(input())).toThrow(/record 1 \(id "neg"\) field "agentTouches"/);
  });

  it('lenient rejects the three bad ones and averages the two good ones', () => {
    const result = agentTouches(input(), { mode: 'lenient' });
    // 1 and 3 → mean 2.
    expect(result.n).toBe(2);
    expect(result.value).toBe(2);
    expect(
      result.rejected.map((r) => ({ index: r.index, id: r.id, path: r.issues[0]!.path })),
    ).toEqual([
      { index: 1, id: 'neg', path: ['agentTouches'] },
      { index: 2, id: 'frac', path: ['agentTouches'] },
      { index: 3, id: 'text', path: ['agentTouches'] },
    ]);
  });
});
