import { describe, expect, it } from 'vitest';
import {
  TableroValidationError,
  resolutionTime,
  type BusinessSchedule,
  type TicketInput,
} from '../../src/index.js';
import { APRIL_2026_UTC, MARCH_2026_UTC, bad, ticket } from './helpers.js';

/**
 * A: resolved once after 4 h, never reopened.
 * B: first resolved after 2 h, reopened once, fully resolved 2 days after creation.
 * C: first resolved after 6 h, reopened twice, not fully resolved yet.
 * D: not resolved.
 */
const reopenedSet = (): TicketInput[] => [
  ticket('A', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-02T13:00:00Z', reopens: 0 }),
  ticket('B', '2026-03-03T08:00:00Z', {
    resolvedAt: '2026-03-03T10:00:00Z',
    reopens: 1,
    fullyResolvedAt: '2026-03-05T08:00:00Z',
  }),
  ticket('C', '2026-03-04T12:00:00Z', { resolvedAt: '2026-03-04T18:00:00Z', reopens: 2 }),
  ticket('D', '2026-03-05T00:00:00Z'),
];

describe('KPI-SPEC §Resolution time — RT: first vs full resolution (reopened tickets)', () => {
  it('first resolution: resolvedAt − createdAt', () => {
    const result = resolutionTime(reopenedSet());
    // A 240, B 120, C 360; D pending. Sorted 120, 240, 360.
    // mean = 720 / 3 = 240; median h = 1 → 240; p90 h = 1.8 → 240 + 0.8 × 120 = 336.
    expect(result.kpi).toBe('resolutionTime');
    expect(result.resolution).toBe('first');
    expect(result.n).toBe(3);
    expect(result.mean).toBeCloseTo(240, 9);
    expect(result.median).toBeCloseTo(240, 9);
    expect(result.value).toBeCloseTo(240, 9);
    expect(result.p90).toBeCloseTo(336, 9);
    expect(result.pending).toBe(1);
  });

  it('full resolution: fullyResolvedAt; never reopened falls back to resolvedAt; reopened without it is pending', () => {
    const result = resolutionTime(reopenedSet(), { resolution: 'full' });
    // A 240 (never reopened: its resolvedAt), B 2 days = 2880; C reopened, no fullyResolvedAt →
    // pending; D pending. Sorted 240, 2880.
    // mean = 3120 / 2 = 1560; median h = 0.5 → 240 + 0.5 × 2640 = 1560;
    // p90 h = 0.9 → 240 + 0.9 × 2640 = 2616.
    expect(result.resolution).toBe('full');
    expect(result.n).toBe(2);
    expect(result.mean).toBeCloseTo(1560, 9);
    expect(result.median).toBeCloseTo(1560, 9);
    expect(result.p90).toBeCloseTo(2616, 9);
    expect(result.pending).toBe(2);
  });

  it('empty input: value null, n 0', () => {
    const result = resolutionTime([]);
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.mean).toBeNull();
    expect(result.p90).toBeNull();
  });

  it('a single resolved ticket', () => {
    const result = resolutionTime([
      ticket('one', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-02T09:45:00Z' }),
    ]);
    expect(result.n).toBe(1);
    expect(result.mean).toBe(45);
    expect(result.median).toBe(45);
    expect(result.p90).toBe(45);
  });
});

describe('KPI-SPEC §Resolution time — RT: tickets resolved in the period', () => {
  const tickets = (): TicketInput[] => [
    // Created 20 Feb, resolved 2 Mar: 10 days = 14400 min (Feb 2026 has 28 days).
    ticket('P1', '2026-02-20T00:00:00Z', { resolvedAt: '2026-03-02T00:00:00Z' }),
    // Created 30 Mar, resolved 2 Apr: 3 days = 4320 min.
    ticket('P2', '2026-03-30T00:00:00Z', { resolvedAt: '2026-04-02T00:00:00Z' }),
    // 12:00 → 18:00 on 10 Mar: 360 min.
    ticket('P3', '2026-03-10T12:00:00Z', { resolvedAt: '2026-03-10T18:00:00Z' }),
    // Unresolved.
    ticket('P4', '2026-03-11T00:00:00Z'),
  ];

  it('places tickets by resolvedAt by default', () => {
    const result = resolutionTime(tickets(), { period: MARCH_2026_UTC });
    // Resolved in March: P1 (14400), P3 (360). mean = 14760 / 2 = 7380 (the seed's sum / count);
    // median = 7380; p90 = 360 + 0.9 × 14040 = 12996. P4 has no resolvedAt: not placed, not pending.
    expect(result.n).toBe(2);
    expect(result.mean).toBeCloseTo(7380, 9);
    expect(result.median).toBeCloseTo(7380, 9);
    expect(result.p90).toBeCloseTo(12996, 9);
    expect(result.pending).toBe(0);
  });

  it('with periodBy createdAt: created in the period, unresolved ones pending', () => {
    const result = resolutionTime(tickets(), { period: MARCH_2026_UTC, periodBy: 'createdAt' });
    // Created in March: P2 (4320), P3 (360), P4 (pending). mean = 4680 / 2 = 2340.
    expect(result.n).toBe(2);
    expect(result.mean).toBeCloseTo(2340, 9);
    expect(result.pending).toBe(1);
  });

  it('full resolution places a reopened ticket in the period of its full resolution', () => {
    // Spec: "RT = resolvedAt − createdAt for tickets resolved in the period … First resolution
    // and full resolution (after reopens) are both available." For the full-resolution view a
    // ticket is resolved when it is fully resolved: first resolved 21 Mar, reopened, fully
    // resolved 3 Apr. Full RT = 20 Mar 09:00 → 3 Apr 09:00 = 14 days = 20160 min, in April.
    const reopened = [
      ticket('R', '2026-03-20T09:00:00Z', {
        resolvedAt: '2026-03-21T09:00:00Z',
        reopens: 1,
        fullyResolvedAt: '2026-04-03T09:00:00Z',
      }),
    ];
    const april = resolutionTime(reopened, { resolution: 'full', period: APRIL_2026_UTC });
    expect(april.n).toBe(1);
    expect(april.mean).toBe(20160);
    // …and March, which ended with the ticket reopened, has no full resolution for it.
    const march = resolutionTime(reopened, { resolution: 'full', period: MARCH_2026_UTC });
    expect(march.n).toBe(0);
  });

  it('full resolution with periodBy fullyResolvedAt (never-reopened tickets use resolvedAt)', () => {
    const result = resolutionTime(
      [
        ticket('R', '2026-03-20T09:00:00Z', {
          resolvedAt: '2026-03-21T09:00:00Z',
          reopens: 1,
          fullyResolvedAt: '2026-04-03T09:00:00Z',
        }),
        // Never reopened, resolved 1 Apr 10:00 after 1 h.
        ticket('S', '2026-04-01T09:00:00Z', { resolvedAt: '2026-04-01T10:00:00Z', reopens: 0 }),
      ],
      { resolution: 'full', period: APRIL_2026_UTC, periodBy: 'fullyResolvedAt' },
    );
    // 20160 and 60 → mean 10110.
    expect(result.n).toBe(2);
    expect(result.mean).toBeCloseTo(10110, 9);
  });
});

describe('KPI-SPEC §Resolution time — RT: SLA attainment (seed 003: two days)', () => {
  it('share resolved within 2 × 24 × 60 = 2880 minutes', () => {
    const t = (id: string, minutes: number) =>
      ticket(id, '2026-03-02T00:00:00Z', {
        resolvedAt: new Date(Date.parse('2026-03-02T00:00:00Z') + minutes * 60_000).toISOString(),
      });
    const result = resolutionTime(
      [t('a', 60), t('b', 1440), t('c', 2880), t('d', 2881), t('e', 4320)],
      { sla: 2 * 24 * 60 },
    );
    // ≤ 2880: a, b, c → 3 of 5 = 60%.
    // Wilson: d = 1 + 3.8416/5 = 1.76832; centre = (0.6 + 3.8416/10) / d = 0.98416 / 1.76832
    //   = 0.556551; half = 1.96 × √(0.24/5 + 3.8416/100) / d = 1.96 × √0.086416 / 1.76832
    //   = 1.96 × 0.293966 / 1.76832 = 0.325831 → [23.072, 88.238] %.
    expect(result.sla!.targetMinutes).toBe(2880);
    expect(result.sla!.met).toBe(3);
    expect(result.sla!.n).toBe(5);
    expect(result.sla!.value).toBeCloseTo(60, 9);
    expect(result.sla!.interval![0]).toBeCloseTo(23.072, 2);
    expect(result.sla!.interval![1]).toBeCloseTo(88.238, 2);
  });
});

describe('KPI-SPEC §Resolution time — RT: business time as for FRT', () => {
  it('counts only scheduled minutes, skipping the weekend and a Monday holiday', () => {
    const nineToSix = [['09:00', '18:00']] as const;
    const schedule: BusinessSchedule = {
      timeZone: 'Europe/Madrid',
      week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
      holidays: ['2026-04-06'],
    };
    const result = resolutionTime(
      [
        // Fri 3 Apr 17:00 → Tue 7 Apr 11:00 CEST: Fri 60 + Tue 120 = 180.
        ticket('x', '2026-04-03T17:00:00+02:00', { resolvedAt: '2026-04-07T11:00:00+02:00' }),
        // Tue 7 Apr 09:00 → Wed 8 Apr 09:00: 540.
        ticket('y', '2026-04-07T09:00:00+02:00', { resolvedAt: '2026-04-08T09:00:00+02:00' }),
      ],
      { schedule, sla: 8 * 60 },
    );
    // mean (180 + 540) / 2 = 360; SLA 480 business min: only x → 1 of 2.
    expect(result.time).toBe('business');
    expect(result.mean).toBeCloseTo(360, 9);
    expect(result.sla!.met).toBe(1);
  });
});

describe('KPI-SPEC §Ground rules — invalid input: RT strict and lenient', () => {
  it('a resolvedAt before createdAt is an error with index, id and field', () => {
    const input = [
      ticket('ok', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-02T10:00:00Z' }),
      ticket('back', '2026-03-02T09:00:00Z', { resolvedAt: '2026-03-01T09:00:00Z' }),
      bad({ id: 'str', createdAt: '2026-03-02T09:00:00Z', status: 'open', resolvedAt: 'soon' }),
    ];
    expect(() => resolutionTime(input)).toThrow(TableroValidationError);
    expect(() => resolutionTime(input)).toThrow(/record 1 \(id "back"\) field "resolvedAt"/);
    const lenient = resolutionTime(input, { mode: 'lenient' });
    expect(lenient.n).toBe(1);
    expect(lenient.mean).toBe(60);
    expect(lenient.rejected.map((r) => [r.index, r.id, r.issues[0]!.path])).toEqual([
      [1, 'back', ['resolvedAt']],
      [2, 'str', ['resolvedAt']],
    ]);
  });
});
