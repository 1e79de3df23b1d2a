import { describe, expect, it } from 'vitest';
import {
  TableroValidationError,
  periodOf,
  ticketVolume,
  type TicketInput,
} from '../../src/index.js';
import { bad, ticket } from './helpers.js';

/** March 2026 in Europe/Madrid: [2026-02-28T23:00Z, 2026-03-31T22:00Z). */
const MARCH_MADRID = periodOf('2026-03-15T12:00:00Z', 'month', { timeZone: 'Europe/Madrid' });

/**
 * Local times are Madrid's.
 *  v1 Mon 2 Mar 09:15 CET   email  high    es  N1  smb
 *  v2 Mon 2 Mar 09:45 CET   email  normal  en  N1  enterprise
 *  v3 Sun 29 Mar 00:30 CET  chat   normal  es  N2  smb        (still Sat 28 in UTC)
 *  v4 Sun 29 Mar 03:30 CEST phone  —       es  —   —          (just after the DST jump)
 *  v5 Wed 1 Apr 00:30 CEST  email  urgent  ca  N1  smb        (still 31 Mar in UTC)
 *  v6 Sat 28 Feb 23:59 CET  web    low     es  N1  smb
 */
const tickets = (): TicketInput[] => [
  ticket('v1', '2026-03-02T08:15:00Z', {
    channel: 'email',
    priority: 'high',
    language: 'es',
    tier: 'N1',
    customerSegment: 'smb',
  }),
  ticket('v2', '2026-03-02T08:45:00Z', {
    channel: 'email',
    priority: 'normal',
    language: 'en',
    tier: 'N1',
    customerSegment: 'enterprise',
  }),
  ticket('v3', '2026-03-28T23:30:00Z', {
    channel: 'chat',
    priority: 'normal',
    language: 'es',
    tier: 'N2',
    customerSegment: 'smb',
  }),
  ticket('v4', '2026-03-29T01:30:00Z', { channel: 'phone', language: 'es' }),
  ticket('v5', '2026-03-31T22:30:00Z', {
    channel: 'email',
    priority: 'urgent',
    language: 'ca',
    tier: 'N1',
    customerSegment: 'smb',
  }),
  ticket('v6', '2026-02-28T22:59:00Z', {
    channel: 'web',
    priority: 'low',
    language: 'es',
    tier: 'N1',
    customerSegment: 'smb',
  }),
];

const pairs = (r: { breakdown: { key: string | null; count: number; share: number }[] }) =>
  r.breakdown.map((b) => [b.key, b.count, b.share]);

describe('KPI-SPEC §Ticket volume: count of tickets created in the period', () => {
  it('counts v1–v4 in March (Madrid)', () => {
    const result = ticketVolume(tickets(), { period: MARCH_MADRID });
    expect(result.kpi).toBe('ticketVolume');
    expect(result.value).toBe(4);
    expect(result.n).toBe(4);
    expect(result.by).toBeNull();
    expect(result.period).toEqual({ from: MARCH_MADRID.from, to: MARCH_MADRID.to });
  });

  it('counts everything without a period', () => {
    expect(ticketVolume(tickets()).value).toBe(6);
  });

  it('empty input: n 0, empty breakdown', () => {
    const result = ticketVolume([], { by: 'channel' });
    expect(result.n).toBe(0);
    expect(result.breakdown).toEqual([]);
  });

  it('empty input: value null (KPI-SPEC §Ground rules)', () => {
    // "Empty input is not an error. `value: null`, `n: 0`."
    expect(ticketVolume([]).value).toBeNull();
  });
});

describe('KPI-SPEC §Ticket volume: breakdowns with shares and a null key for missing values', () => {
  const march = (by: Parameters<typeof ticketVolume>[1] & object) =>
    ticketVolume(tickets(), { period: MARCH_MADRID, ...by });

  it('by channel: email 2 (50%), chat 1 (25%), phone 1 (25%)', () => {
    expect(pairs(march({ by: 'channel' }))).toEqual([
      ['email', 2, 50],
      ['chat', 1, 25],
      ['phone', 1, 25],
    ]);
  });

  it('by priority: normal 2, high 1, missing 1 (null key)', () => {
    const result = march({ by: 'priority' });
    expect(result.breakdown).toHaveLength(3);
    expect(result.breakdown[0]).toEqual({ key: 'normal', count: 2, share: 50 });
    expect(result.breakdown).toContainEqual({ key: 'high', count: 1, share: 25 });
    expect(result.breakdown).toContainEqual({ key: null, count: 1, share: 25 });
  });

  it('by language: es 3 (75%), en 1 (25%)', () => {
    expect(pairs(march({ by: 'language' }))).toEqual([
      ['es', 3, 75],
      ['en', 1, 25],
    ]);
  });

  it('by tier: N1 2, N2 1, missing 1', () => {
    const result = march({ by: 'tier' });
    expect(result.breakdown[0]).toEqual({ key: 'N1', count: 2, share: 50 });
    expect(result.breakdown).toContainEqual({ key: 'N2', count: 1, share: 25 });
    expect(result.breakdown).toContainEqual({ key: null, count: 1, share: 25 });
  });

  it('by customer segment: smb 2, enterprise 1, missing 1', () => {
    const result = march({ by: 'customerSegment' });
    expect(result.breakdown[0]).toEqual({ key: 'smb', count: 2, share: 50 });
    expect(result.breakdown).toContainEqual({ key: 'enterprise', count: 1, share: 25 });
    expect(result.breakdown).toContainEqual({ key: null, count: 1, share: 25 });
  });

  it('shares sum to 100 and counts to n', () => {
    const result = march({ by: 'priority' });
    expect(result.breakdown.reduce((s, b) => s + b.count, 0)).toBe(4);
    expect(result.breakdown.reduce((s, b) => s + b.share, 0)).toBeCloseTo(100, 9);
  });
});

describe('KPI-SPEC §Ticket volume: temporal distribution in a time zone', () => {
  it('by hour in Madrid, in time order: 0 → 1, 3 → 1, 9 → 2', () => {
    const result = ticketVolume(tickets(), {
      period: MARCH_MADRID,
      by: 'hour',
      timeZone: 'Europe/Madrid',
    });
    // v3 00:30 CET → 0; v4 03:30 CEST → 3 (there is no 02:xx that night); v1, v2 → 9.
    expect(result.timeZone).toBe('Europe/Madrid');
    expect(pairs(result)).toEqual([
      ['0', 1, 25],
      ['3', 1, 25],
      ['9', 2, 50],
    ]);
  });

  it('by hour in UTC the same tickets fall elsewhere: 1 → 1, 8 → 2, 23 → 1', () => {
    const result = ticketVolume(tickets(), { period: MARCH_MADRID, by: 'hour' });
    // v4 01:30Z, v1 08:15Z, v2 08:45Z, v3 23:30Z.
    expect(result.timeZone).toBe('UTC');
    expect(pairs(result)).toEqual([
      ['1', 1, 25],
      ['8', 2, 50],
      ['23', 1, 25],
    ]);
  });

  it('by ISO weekday in Madrid: Monday 2, Sunday 2', () => {
    const result = ticketVolume(tickets(), {
      period: MARCH_MADRID,
      by: 'weekday',
      timeZone: 'Europe/Madrid',
    });
    expect(pairs(result)).toEqual([
      ['1', 2, 50],
      ['7', 2, 50],
    ]);
  });

  it('by day in Madrid: 2026-03-02 → 2, 2026-03-29 → 2', () => {
    const result = ticketVolume(tickets(), {
      period: MARCH_MADRID,
      by: 'day',
      timeZone: 'Europe/Madrid',
    });
    expect(pairs(result)).toEqual([
      ['2026-03-02', 2, 50],
      ['2026-03-29', 2, 50],
    ]);
  });

  it('by month: Madrid vs UTC move the month-edge tickets', () => {
    // Madrid: v6 (28 Feb 23:59) → 2026-02; v1–v4 → 2026-03; v5 (1 Apr 00:30) → 2026-04.
    const madrid = ticketVolume(tickets(), { by: 'month', timeZone: 'Europe/Madrid' });
    expect(madrid.breakdown.map((b) => [b.key, b.count])).toEqual([
      ['2026-02', 1],
      ['2026-03', 4],
      ['2026-04', 1],
    ]);
    // UTC: v6 is 28 Feb 22:59Z → 2026-02; v5 is 31 Mar 22:30Z → 2026-03 (5 in March).
    const utc = ticketVolume(tickets(), { by: 'month' });
    expect(utc.breakdown.map((b) => [b.key, b.count])).toEqual([
      ['2026-02', 1],
      ['2026-03', 5],
    ]);
    // 1 of 6 = 16.666…%, 5 of 6 = 83.333…%.
    expect(utc.breakdown[0]!.share).toBeCloseTo(100 / 6, 9);
    expect(utc.breakdown[1]!.share).toBeCloseTo(500 / 6, 9);
  });

  it('refuses an unknown zone and an unknown breakdown', () => {
    expect(() => ticketVolume([], { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => ticketVolume([], { by: 'colour' as unknown as 'channel' })).toThrow(RangeError);
  });
});

describe('KPI-SPEC §Ground rules — invalid input: ticket volume', () => {
  const input = (): TicketInput[] => [
    ticket('ok1', '2026-03-02T08:15:00Z', { channel: 'email' }),
    bad({ id: 'num', createdAt: '2026-03-02T08:20:00Z', status: 'open', channel: 42 }),
    bad({ id: 'naive', createdAt: '2026-03-02 08:25', status: 'open', channel: 'chat' }),
    ticket('ok2', '2026-03-02T08:30:00Z', { channel: 'chat' }),
  ];

  it('strict throws naming index, id and field', () => {
    expect(() => ticketVolume(input(), { by: 'channel' })).toThrow(TableroValidationError);
    expect(() => ticketVolume(input(), { by: 'channel' })).toThrow(
      /record 1 \(id "num"\) field "channel"/,
    );
  });

  it('lenient lists the bad records in `rejected`', () => {
    const result = ticketVolume(input(), { by: 'channel', mode: 'lenient' });
    expect(result.rejected.map((r) => [r.index, r.id, r.issues[0]!.path])).toEqual([
      [1, 'num', ['channel']],
      [2, 'naive', ['createdAt']],
    ]);
  });

  it('lenient does not count a rejected record (nothing counted twice, nothing silently kept)', () => {
    const result = ticketVolume(input(), { by: 'channel', mode: 'lenient' });
    // Only ok1 (email) and ok2 (chat) are valid: n 2, each 50%.
    expect(result.breakdown).toContainEqual({ key: 'email', count: 1, share: 50 });
    expect(result.breakdown).toContainEqual({ key: 'chat', count: 1, share: 50 });
    expect(result.n).toBe(2);
    expect(result.value).toBe(2);
  });
});
