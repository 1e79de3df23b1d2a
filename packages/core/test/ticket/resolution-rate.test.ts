import { describe, expect, it } from 'vitest';
import { TableroValidationError, resolutionRate, type TicketInput } from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

/**
 * Created in March: m1, m2 (resolved in March), m3 (resolved in April), m4 (open).
 * Created in February, resolved in March: f1.
 */
const tickets = (): TicketInput[] => [
  ticket('m1', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-02T12:00:00Z' }),
  ticket('m2', '2026-03-10T09:00:00Z', { resolvedAt: '2026-03-12T09:00:00Z' }),
  ticket('m3', '2026-03-30T09:00:00Z', { resolvedAt: '2026-04-02T09:00:00Z' }),
  ticket('m4', '2026-03-31T09:00:00Z'),
  ticket('f1', '2026-02-25T09:00:00Z', { resolvedAt: '2026-03-03T09:00:00Z' }),
];

describe('KPI-SPEC §Rates on tickets — Resolution rate: resolved in period ÷ created in period (001 §4)', () => {
  it('March: resolved in March 3 (m1, m2, f1) ÷ created in March 4 (m1–m4) = 75%', () => {
    const result = resolutionRate(tickets(), { period: MARCH_2026_UTC });
    expect(result.kpi).toBe('resolutionRate');
    expect(result.resolved).toBe(3);
    expect(result.created).toBe(4);
    expect(result.n).toBe(4);
    expect(result.value).toBeCloseTo(75, 9);
    // Documented: the two sets differ over a period, so no binomial interval.
    expect(result.interval).toBeNull();
  });

  it('can pass 100% when the backlog is cleared (2 resolved ÷ 1 created = 200%)', () => {
    const result = resolutionRate(
      [
        ticket('old', '2026-02-20T09:00:00Z', { resolvedAt: '2026-03-05T09:00:00Z' }),
        ticket('new', '2026-03-05T09:00:00Z', { resolvedAt: '2026-03-05T10:00:00Z' }),
      ],
      { period: MARCH_2026_UTC },
    );
    expect(result.value).toBeCloseTo(200, 9);
    expect(result.interval).toBeNull();
  });

  it('without a period: 4 of 5 resolved, a proportion with its Wilson interval', () => {
    const result = resolutionRate(tickets());
    // 100 × 4 / 5 = 80; Wilson (z = 1.96): d = 1 + 3.8416/5 = 1.76832,
    //   centre = (0.8 + 0.38416) / 1.76832 = 0.669653,
    //   half = 1.96 × √(0.16/5 + 3.8416/100) / 1.76832 = 1.96 × 0.265360 / 1.76832 = 0.294124
    //   → [37.553, 96.378] %.
    expect(result.value).toBeCloseTo(80, 9);
    expect(result.n).toBe(5);
    expect(result.interval![0]).toBeCloseTo(37.553, 2);
    expect(result.interval![1]).toBeCloseTo(96.378, 2);
  });

  it('a period with nothing created: value null, n 0', () => {
    const result = resolutionRate(
      [ticket('old', '2026-02-20T09:00:00Z', { resolvedAt: '2026-03-05T09:00:00Z' })],
      { period: MARCH_2026_UTC },
    );
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.resolved).toBe(1);
  });

  it('empty input: value null, n 0, no interval', () => {
    expect(resolutionRate([])).toMatchObject({ value: null, n: 0, interval: null });
  });
});

describe('KPI-SPEC §Ground rules — invalid input: resolution rate', () => {
  const input = (): TicketInput[] => [
    ticket('ok', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-02T10:00:00Z' }),
    bad({ id: 'bad', createdAt: '2026-03-03T09:00:00Z', status: 'solved', resolvedAt: 'tomorrow' }),
    ticket('open', '2026-03-04T09:00:00Z'),
  ];

  it('strict throws naming index, id and field', () => {
    expect(() => resolutionRate(input())).toThrow(TableroValidationError);
    expect(() => resolutionRate(input())).toThrow(/record 1 \(id "bad"\) field "resolvedAt"/);
  });

  it('lenient lists the bad record', () => {
    const result = resolutionRate(input(), { mode: 'lenient' });
    expect(result.rejected).toMatchObject([
      { index: 1, id: 'bad', issues: [{ path: ['resolvedAt'] }] },
    ]);
  });

  it('lenient does not count the rejected record in `created`', () => {
    const result = resolutionRate(input(), { mode: 'lenient' });
    // Valid: ok (created, resolved) and open (created) → 1 ÷ 2 = 50%.
    expect(result.created).toBe(2);
    expect(result.resolved).toBe(1);
    expect(result.value).toBeCloseTo(50, 9);
  });
});
