import { describe, expect, it } from 'vitest';
import { TableroValidationError, meanHoldTime, type TicketInput } from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

const call = (id: string, holdSeconds: number, createdAt = '2026-03-04T10:00:00Z'): TicketInput =>
  ticket(id, createdAt, { channel: 'phone', holdSeconds });

describe('KPI-SPEC §Rates on tickets — Mean hold time: mean holdSeconds over tickets with a call (001 §10)', () => {
  const tickets = (): TicketInput[] => [
    call('h0', 0), // a call without hold still counts
    call('h1', 60),
    call('h2', 120),
    call('h3', 180),
    ticket('mail', '2026-03-04T10:00:00Z', { channel: 'email' }), // no call → not in the base
    call('feb', 600, '2026-02-27T10:00:00Z'), // outside March
  ];

  it('mean of 0, 60, 120, 180 s = 90 s, n 4, with the t-interval by hand', () => {
    const result = meanHoldTime(tickets(), { period: MARCH_2026_UTC });
    // mean = 360 / 4 = 90. Deviations −90, −30, 30, 90 → Σ² = 18000; s² = 18000/3 = 6000;
    // s = 77.459667; t(0.975, 3) = 3.182446 (tables); half = 3.182446 × 77.459667 / √4
    //   = 123.255615 → [−33.2556, 213.2556], and a hold time cannot be negative → [0, 213.2556].
    expect(result.kpi).toBe('meanHoldTime');
    expect(result.unit).toBe('seconds');
    expect(result.n).toBe(4);
    expect(result.value).toBeCloseTo(90, 9);
    expect(result.sd).toBeCloseTo(77.459667, 5);
    expect(result.interval![0]).toBe(0);
    expect(result.interval![1]).toBeCloseTo(213.2556, 3);
  });

  it('without a period the February call counts: (360 + 600) / 5 = 192', () => {
    expect(meanHoldTime(tickets()).value).toBeCloseTo(192, 9);
  });

  it('empty input and no calls: value null, n 0', () => {
    expect(meanHoldTime([])).toMatchObject({ value: null, n: 0, interval: null, sd: null });
    expect(meanHoldTime([ticket('m', '2026-03-04T10:00:00Z')])).toMatchObject({
      value: null,
      n: 0,
    });
  });

  it('a single call: its hold time, no interval', () => {
    expect(meanHoldTime([call('one', 45)])).toMatchObject({ value: 45, n: 1, interval: null });
  });

  it('strict and lenient on a negative hold time', () => {
    const input = [call('ok', 30), bad({ ...call('neg', 0), holdSeconds: -5 }), call('ok2', 90)];
    expect(() => meanHoldTime(input)).toThrow(TableroValidationError);
    expect(() => meanHoldTime(input)).toThrow(/record 1 \(id "neg"\) field "holdSeconds"/);
    const result = meanHoldTime(input, { mode: 'lenient' });
    // (30 + 90) / 2 = 60.
    expect(result.value).toBe(60);
    expect(result.n).toBe(2);
    expect(result.rejected).toMatchObject([
      { index: 1, id: 'neg', issues: [{ path: ['holdSeconds'] }] },
    ]);
  });
});
