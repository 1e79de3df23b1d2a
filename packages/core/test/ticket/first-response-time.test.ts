import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXACT_LIMIT,
  SKETCH_RELATIVE_ERROR,
  TableroValidationError,
  createFirstResponseTimeAccumulator,
  firstResponseTime,
  periodOf,
  type BusinessSchedule,
  type TicketInput,
} from '../../src/index.js';
import { DAY, HOUR, MARCH_2026_UTC, answered, bad, iso, ms, ticket } from './helpers.js';

const T0 = ms('2026-03-02T09:00:00Z');

/** Ten first responses, in minutes, deliberately out of order. Sorted:
 *  x0..x9 = 5, 12, 20, 30, 45, 60, 90, 120, 600, 2880. Sum = 3862. */
const TEN = [600, 5, 45, 2880, 12, 120, 30, 90, 20, 60];

/** Ten tickets created in March (one every day from 2 March), each answered within 3 days. */
const tenAnswered = (): TicketInput[] =>
  TEN.map((minutes, i) => answered(`t${i}`, T0 + i * DAY, minutes));

describe('KPI-SPEC §First response time — FRT: mean, median, p90 (R-7), n', () => {
  it('computes the worked example of ten answers by hand', () => {
    const result = firstResponseTime(tenAnswered());
    // mean = 3862 / 10 = 386.2
    expect(result.mean).toBeCloseTo(386.2, 9);
    // median: h = (10 − 1) × 0.5 = 4.5 → x4 + 0.5 × (x5 − x4) = 45 + 0.5 × 15 = 52.5
    expect(result.median).toBeCloseTo(52.5, 9);
    // p90: h = 9 × 0.9 = 8.1 → x8 + 0.1 × (x9 − x8) = 600 + 0.1 × 2280 = 828
    expect(result.p90).toBeCloseTo(828, 9);
    // `value` is the median (documented choice: an average hides the long tail).
    expect(result.value).toBeCloseTo(52.5, 9);
    expect(result.n).toBe(10);
    expect(result.kpi).toBe('firstResponseTime');
    expect(result.unit).toBe('minutes');
    expect(result.time).toBe('calendar');
    expect(result.pending).toBe(0);
    expect(result.period).toBeNull();
    expect(result.interval).toBeNull();
    expect(result.sla).toBeNull();
    expect(result.quantileMethod).toBe('exact');
    expect(result.quantileRelativeError).toBe(0);
    expect(result.rejected).toEqual([]);
  });

  it('gives value null and n 0 on empty input', () => {
    const result = firstResponseTime([], { sla: 24 * 60 });
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.mean).toBeNull();
    expect(result.median).toBeNull();
    expect(result.p90).toBeNull();
    expect(result.pending).toBe(0);
    expect(result.sla).toEqual({ targetMinutes: 1440, value: null, met: 0, n: 0, interval: null });
  });

  it('a single answer is its own mean, median and p90', () => {
    const result = firstResponseTime([answered('solo', T0, 15)]);
    expect(result.n).toBe(1);
    expect(result.mean).toBe(15);
    expect(result.median).toBe(15);
    expect(result.p90).toBe(15);
  });

  it('only unanswered tickets: value null, n 0, all pending', () => {
    const result = firstResponseTime([
      ticket('a', iso(T0)),
      ticket('b', iso(T0), { firstResponseAt: null }),
    ]);
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.pending).toBe(2);
  });

  it('keeps fractions of a minute (90 s → 1.5 min)', () => {
    const result = firstResponseTime([
      ticket('s', '2026-03-02T09:00:00Z', { firstResponseAt: '2026-03-02T09:01:30Z' }),
    ]);
    expect(result.mean).toBeCloseTo(1.5, 9);
  });
});

describe('KPI-SPEC §First response time — FRT: period by createdAt (or `periodBy`), pending', () => {
  // The ten tickets (created 2–11 March, answered by 14 March) plus:
  //   late:    created 27 Feb 09:00Z, answered 2 Mar 09:00Z → 3 days = 4320 min;
  //   waiting: created 5 Mar, no answer yet;
  //   april:   created 1 Apr 10:00Z, answered 10:30Z (30 min).
  const tickets = (): TicketInput[] => [
    ...tenAnswered(),
    ticket('late', '2026-02-27T09:00:00Z', { firstResponseAt: '2026-03-02T09:00:00Z' }),
    ticket('waiting', '2026-03-05T12:00:00Z'),
    ticket('april', '2026-04-01T10:00:00Z', { firstResponseAt: '2026-04-01T10:30:00Z' }),
  ];

  it('places tickets by createdAt by default and counts the unanswered as pending', () => {
    const result = firstResponseTime(tickets(), { period: MARCH_2026_UTC });
    // In March by createdAt: the ten (same numbers as above) + waiting (pending).
    expect(result.n).toBe(10);
    expect(result.pending).toBe(1);
    expect(result.mean).toBeCloseTo(386.2, 9);
    expect(result.median).toBeCloseTo(52.5, 9);
    expect(result.p90).toBeCloseTo(828, 9);
    expect(result.period).toEqual({
      from: ms('2026-03-01T00:00:00Z'),
      to: ms('2026-04-01T00:00:00Z'),
    });
  });

  it('with periodBy firstResponseAt, places tickets by the answer instead', () => {
    const result = firstResponseTime(tickets(), {
      period: MARCH_2026_UTC,
      periodBy: 'firstResponseAt',
    });
    // Answered in March: the ten + late (4320). Sorted (11):
    //   5, 12, 20, 30, 45, 60, 90, 120, 600, 2880, 4320.
    // mean = (3862 + 4320) / 11 = 8182 / 11 = 743.8181…
    // median: h = 10 × 0.5 = 5 → x5 = 60;  p90: h = 10 × 0.9 = 9 → x9 = 2880.
    // waiting has no answer, so no anchor: not in the period, not pending.
    expect(result.n).toBe(11);
    expect(result.mean).toBeCloseTo(8182 / 11, 9);
    expect(result.median).toBeCloseTo(60, 9);
    expect(result.p90).toBeCloseTo(2880, 9);
    expect(result.pending).toBe(0);
  });

  it('the period is half-open [from, to): a ticket at `to` belongs to the next one', () => {
    const edge = [
      ticket('first', '2026-03-01T00:00:00Z', { firstResponseAt: '2026-03-01T00:10:00Z' }),
      ticket('next', '2026-04-01T00:00:00Z', { firstResponseAt: '2026-04-01T00:20:00Z' }),
    ];
    const march = firstResponseTime(edge, { period: MARCH_2026_UTC });
    expect(march.n).toBe(1);
    expect(march.mean).toBe(10);
  });

  it('a ticket created in the period and answered after it counts in the period', () => {
    const overnight = [
      ticket('o', '2026-03-31T23:00:00Z', { firstResponseAt: '2026-04-01T01:00:00Z' }),
    ];
    expect(firstResponseTime(overnight, { period: MARCH_2026_UTC }).mean).toBe(120);
    expect(
      firstResponseTime(overnight, { period: MARCH_2026_UTC, periodBy: 'firstResponseAt' }).n,
    ).toBe(0);
  });

  it('uses a calendar month in Europe/Madrid with DST-correct bounds', () => {
    const march = periodOf('2026-03-15T12:00:00Z', 'month', { timeZone: 'Europe/Madrid' });
    // March in Madrid = [2026-02-28T23:00Z, 2026-03-31T22:00Z).
    expect(march.from).toBe(ms('2026-02-28T23:00:00Z'));
    expect(march.to).toBe(ms('2026-03-31T22:00:00Z'));
    const result = firstResponseTime(
      [
        // 1 Mar 00:30 in Madrid (still 28 Feb in UTC) → in; 10 min.
        ticket('in', '2026-02-28T23:30:00Z', { firstResponseAt: '2026-02-28T23:40:00Z' }),
        // 1 Apr 00:30 CEST (still 31 Mar in UTC) → out.
        ticket('out', '2026-03-31T22:30:00Z', { firstResponseAt: '2026-03-31T23:30:00Z' }),
      ],
      { period: march },
    );
    expect(result.n).toBe(1);
    expect(result.mean).toBe(10);
  });

  it('refuses an unknown periodBy', () => {
    expect(() =>
      firstResponseTime([], { periodBy: 'updatedAt' as unknown as 'createdAt' }),
    ).toThrow(RangeError);
  });
});

describe('KPI-SPEC §First response time — FRT: SLA attainment (seed 003, 24 h)', () => {
  it('share of the ten answers within 24 h, with its Wilson interval', () => {
    const result = firstResponseTime(tenAnswered(), { sla: 24 * 60 });
    // Within 1440 min: all but 2880 → 9 of 10 = 90%.
    // Wilson, z = 1.96: z² = 3.8416, d = 1 + z²/n = 1.38416,
    //   centre = (0.9 + 3.8416/20) / d = 1.09208 / 1.38416 = 0.788984,
    //   half = 1.96 × √(0.9 × 0.1/10 + 3.8416/400) / d = 1.96 × √0.018604 / 1.38416 = 0.193140
    //   → [59.584, 98.212] %.
    expect(result.sla).not.toBeNull();
    const sla = result.sla!;
    expect(sla.targetMinutes).toBe(1440);
    expect(sla.met).toBe(9);
    expect(sla.n).toBe(10);
    expect(sla.value).toBeCloseTo(90, 9);
    expect(sla.interval![0]).toBeCloseTo(59.584, 2);
    expect(sla.interval![1]).toBeCloseTo(98.212, 2);
  });

  it('an answer exactly at the target is within it', () => {
    const result = firstResponseTime(
      [
        answered('a', T0, 60),
        answered('b', T0, 1440),
        answered('c', T0, 1441),
        answered('d', T0, 2000),
      ],
      { sla: { minutes: 1440 } },
    );
    // 60 and 1440 are ≤ 1440 → 2 of 4 = 50%.
    // Wilson: d = 1 + 3.8416/4 = 1.9604; centre = (0.5 + 0.4802)/1.9604 = 0.5;
    //   half = 1.96 × √(0.0625 + 0.060025) / 1.9604 = 1.96 × 0.350036 / 1.9604 = 0.349964
    //   → [15.0036, 84.9964] %.
    expect(result.sla!.met).toBe(2);
    expect(result.sla!.value).toBeCloseTo(50, 9);
    expect(result.sla!.interval![0]).toBeCloseTo(15.0036, 3);
    expect(result.sla!.interval![1]).toBeCloseTo(84.9964, 3);
  });

  it('pending tickets are not in the SLA base', () => {
    const result = firstResponseTime([answered('a', T0, 30), ticket('p', iso(T0))], { sla: 60 });
    expect(result.sla!.n).toBe(1);
    expect(result.sla!.value).toBe(100);
  });

  it('refuses a negative target', () => {
    expect(() => firstResponseTime([], { sla: -1 })).toThrow(RangeError);
  });
});

describe('KPI-SPEC §First response time — FRT: business time with a schedule', () => {
  const nineToSix = [['09:00', '18:00']] as const;
  const schedule: BusinessSchedule = {
    timeZone: 'Europe/Madrid',
    week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
    holidays: ['2026-01-06', '2026-04-06'],
  };
  const tickets = [
    // Fri 17:15 → Tue 09:45 over the weekend and Easter Monday (holiday): 45 + 45 = 90.
    ticket('easter', '2026-04-03T17:15:00+02:00', { firstResponseAt: '2026-04-07T09:45:00+02:00' }),
    // Mon 10:00 → 10:30: 30.
    ticket('monday', '2026-03-02T10:00:00+01:00', { firstResponseAt: '2026-03-02T10:30:00+01:00' }),
    // Sat 11:00 → Mon 09:20: only Mon 09:00–09:20 → 20.
    ticket('weekend', '2026-03-07T11:00:00+01:00', {
      firstResponseAt: '2026-03-09T09:20:00+01:00',
    }),
    // Fri 2 Jan 17:30 → Wed 7 Jan 10:00 over the weekend and Tue 6 Jan: 30 + 540 + 60 = 630.
    ticket('kings', '2026-01-02T17:30:00+01:00', { firstResponseAt: '2026-01-07T10:00:00+01:00' }),
  ];

  it('counts only the minutes inside the schedule', () => {
    const result = firstResponseTime(tickets, { schedule, sla: 60 });
    // Business minutes sorted: 20, 30, 90, 630; sum 770.
    // mean = 770 / 4 = 192.5
    // median: h = 3 × 0.5 = 1.5 → 30 + 0.5 × 60 = 60
    // p90: h = 3 × 0.9 = 2.7 → 90 + 0.7 × 540 = 468
    // SLA 60 business minutes: 20, 30 → 2 of 4 = 50%.
    expect(result.time).toBe('business');
    expect(result.n).toBe(4);
    expect(result.mean).toBeCloseTo(192.5, 9);
    expect(result.median).toBeCloseTo(60, 9);
    expect(result.p90).toBeCloseTo(468, 9);
    expect(result.sla!.met).toBe(2);
    expect(result.sla!.value).toBeCloseTo(50, 9);
  });

  it('is calendar time without a schedule', () => {
    const result = firstResponseTime(tickets, { sla: 60 });
    // Calendar minutes:
    //   easter:  Fri 3 Apr 17:15 → Tue 7 Apr 09:45 = 96 h − 7.5 h = 88.5 h = 5310
    //   monday:  30
    //   weekend: Sat 11:00 → Mon 09:20 = 46 h 20 = 2780
    //   kings:   Fri 2 Jan 17:30 → Wed 7 Jan 10:00 = 5 d − 7.5 h = 112.5 h = 6750
    // sorted 30, 2780, 5310, 6750; mean = 14870 / 4 = 3717.5; median = (2780 + 5310)/2 = 4045
    expect(result.time).toBe('calendar');
    expect(result.mean).toBeCloseTo(3717.5, 9);
    expect(result.median).toBeCloseTo(4045, 9);
    expect(result.sla!.met).toBe(1);
  });

  it('a 24/7 schedule across a DST night equals the real elapsed time', () => {
    const allDay = [['00:00', '24:00']] as const;
    const always: BusinessSchedule = {
      timeZone: 'Europe/Madrid',
      week: {
        mon: allDay,
        tue: allDay,
        wed: allDay,
        thu: allDay,
        fri: allDay,
        sat: allDay,
        sun: allDay,
      },
    };
    // Sat 28 Mar 12:00 CET → Sun 29 Mar 12:00 CEST = 23 h = 1380 min, both ways.
    const dst = [
      ticket('dst', '2026-03-28T12:00:00+01:00', { firstResponseAt: '2026-03-29T12:00:00+02:00' }),
    ];
    expect(firstResponseTime(dst, { schedule: always }).mean).toBe(1380);
    expect(firstResponseTime(dst).mean).toBe(1380);
  });
});

describe('KPI-SPEC §Ground rules — Time: FRT on absolute instants across DST', () => {
  const frt = (createdAt: string, firstResponseAt: string) =>
    firstResponseTime([ticket('x', createdAt, { firstResponseAt })]).mean;

  it('Europe/Madrid, 2026-03-29 (02:00 → 03:00)', () => {
    // 01:30 CET (00:30Z) → 03:30 CEST (01:30Z): 2 wall hours, 60 real minutes.
    expect(frt('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00')).toBe(60);
    // 02:00 CET and 03:00 CEST are the same instant (01:00Z): 1 wall hour, 0 minutes.
    expect(frt('2026-03-29T02:00:00+01:00', '2026-03-29T03:00:00+02:00')).toBe(0);
  });

  it('Europe/Madrid, 2026-10-25 (03:00 → 02:00)', () => {
    // 01:30 CEST (23:30Z Sat) → 02:30 CET (01:30Z): 1 wall hour, 120 real minutes.
    expect(frt('2026-10-25T01:30:00+02:00', '2026-10-25T02:30:00+01:00')).toBe(120);
    // 02:30 CEST (00:30Z) → 02:30 CET (01:30Z): same wall time, 60 real minutes.
    expect(frt('2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00')).toBe(60);
  });

  it('America/New_York, 2026-03-08 (02:00 → 03:00)', () => {
    // 01:30 EST (06:30Z) → 03:30 EDT (07:30Z): 2 wall hours, 60 minutes.
    expect(frt('2026-03-08T01:30:00-05:00', '2026-03-08T03:30:00-04:00')).toBe(60);
    // 01:30 EST → 02:30 EST would be 60, but 02:30 does not exist: 02:00 EST = 03:00 EDT → 0.
    expect(frt('2026-03-08T02:00:00-05:00', '2026-03-08T03:00:00-04:00')).toBe(0);
  });

  it('America/New_York, 2026-11-01 (02:00 → 01:00)', () => {
    // 00:30 EDT (04:30Z) → 01:30 EST (06:30Z): 1 wall hour, 120 minutes.
    expect(frt('2026-11-01T00:30:00-04:00', '2026-11-01T01:30:00-05:00')).toBe(120);
    // 01:30 EDT (05:30Z) → 01:30 EST (06:30Z): 60 minutes.
    expect(frt('2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00')).toBe(60);
  });
});

describe('KPI-SPEC §Ground rules — Time: instants as ISO with offset, epoch ms or Date', () => {
  it('gives the same answer for the three input forms', () => {
    const created = '2026-03-02T10:00:00+01:00';
    const answer = '2026-03-02T11:15:00+01:00';
    const asIso = firstResponseTime([ticket('a', created, { firstResponseAt: answer })]);
    const asMs = firstResponseTime([ticket('a', ms(created), { firstResponseAt: ms(answer) })]);
    const asDate = firstResponseTime([
      ticket('a', new Date(ms(created)), { firstResponseAt: new Date(ms(answer)) }),
    ]);
    const asUtc = firstResponseTime([
      ticket('a', '2026-03-02T09:00:00Z', { firstResponseAt: '2026-03-02T10:15:00.000Z' }),
    ]);
    // 75 minutes in all four.
    for (const r of [asIso, asMs, asDate, asUtc]) expect(r.mean).toBe(75);
  });

  it('refuses a wall time without an offset, naming the field', () => {
    expect(() =>
      firstResponseTime([
        ticket('ok', '2026-03-02T09:00:00Z', { firstResponseAt: '2026-03-02T09:05:00Z' }),
        ticket('naive', '2026-03-02T09:00:00', { firstResponseAt: '2026-03-02T09:05:00Z' }),
      ]),
    ).toThrow(/record 1 \(id "naive"\) field "createdAt"/);
    expect(() =>
      firstResponseTime([
        ticket('naive2', '2026-03-02T09:00:00Z', { firstResponseAt: '2026-03-02 09:05' }),
      ]),
    ).toThrow(/field "firstResponseAt"/);
  });

  it('refuses an impossible calendar date instead of rolling it over (30 February)', () => {
    // "2026-02-30T10:00:00Z" names no instant; read leniently it would become 2 March and the
    // FRT below would be 1 day + 5 min instead of an error.
    const input = [
      ticket('feb30', '2026-02-30T10:00:00Z', { firstResponseAt: '2026-03-03T10:05:00Z' }),
    ];
    expect(() => firstResponseTime(input)).toThrow(/record 0 \(id "feb30"\) field "createdAt"/);
    expect(firstResponseTime(input, { mode: 'lenient' }).rejected).toHaveLength(1);
  });
});

describe('KPI-SPEC §Ground rules — invalid input: FRT strict and lenient', () => {
  const input = (): TicketInput[] => [
    answered('t1', T0, 10),
    // firstResponseAt 1 h before createdAt.
    ticket('t2', '2026-03-02T10:00:00Z', { firstResponseAt: '2026-03-02T09:00:00Z' }),
    answered('t3', T0, 30),
    bad(null),
    bad({ id: 't5', status: 'open' }), // no createdAt
  ];

  it('strict mode throws a TableroValidationError naming index, id and field', () => {
    let caught: unknown;
    try {
      firstResponseTime(input());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TableroValidationError);
    const error = caught as TableroValidationError;
    expect(error.message).toContain('record 1');
    expect(error.message).toContain('"t2"');
    expect(error.message).toContain('firstResponseAt');
    expect(error.issues[0]).toMatchObject({ index: 1, id: 't2', path: ['firstResponseAt'] });
  });

  it('lenient mode keeps the valid records and lists the others in `rejected`', () => {
    const records = input();
    const result = firstResponseTime(records, { mode: 'lenient' });
    // Valid: t1 (10) and t3 (30) → n 2, mean 20.
    expect(result.n).toBe(2);
    expect(result.mean).toBe(20);
    expect(result.rejected).toHaveLength(3);
    expect(result.rejected[0]).toMatchObject({
      index: 1,
      id: 't2',
      issues: [{ path: ['firstResponseAt'], message: expect.any(String) }],
    });
    expect(result.rejected[0]!.record).toBe(records[1]);
    // null has no id: only its index.
    expect(result.rejected[1]!.index).toBe(3);
    expect(result.rejected[1]!.id).toBeUndefined();
    expect(result.rejected[2]).toMatchObject({
      index: 4,
      id: 't5',
      issues: [{ path: ['createdAt'] }],
    });
  });
});

describe('KPI-SPEC §Ground rules — Quantiles: exact, then a sketch within 0.5%', () => {
  // 1000 tickets with first responses 1, 2, …, 1000 minutes in a scrambled order
  // (i × 7919 mod 1000 is a permutation of 0…999 because gcd(7919, 1000) = 1).
  const thousand = (): TicketInput[] =>
    Array.from({ length: 1000 }, (_, i) =>
      answered(`k${i}`, T0 + i * HOUR, 1 + ((i * 7919) % 1000)),
    );
  // Exact R-7 on 1…1000: median h = 999 × 0.5 = 499.5 → 500 + 0.5 × 1 = 500.5;
  //                      p90 h = 999 × 0.9 = 899.1 → 900 + 0.1 × 1 = 900.1; mean = 500.5.

  it('is exact under the default limit', () => {
    expect(DEFAULT_EXACT_LIMIT).toBe(100_000);
    const result = firstResponseTime(thousand());
    expect(result.quantileMethod).toBe('exact');
    expect(result.median).toBeCloseTo(500.5, 9);
    expect(result.p90).toBeCloseTo(900.1, 9);
  });

  it('switches to the sketch above exactLimit and stays within 0.5%', () => {
    const result = firstResponseTime(thousand(), { exactLimit: 50 });
    expect(result.quantileMethod).toBe('sketch');
    expect(result.quantileRelativeError).toBe(0.005);
    expect(SKETCH_RELATIVE_ERROR).toBe(0.005);
    expect(result.n).toBe(1000);
    // The mean is a sum, not a quantile: still exact.
    expect(result.mean).toBeCloseTo(500.5, 9);
    expect(Math.abs(result.median! - 500.5) / 500.5).toBeLessThanOrEqual(0.005);
    expect(Math.abs(result.p90! - 900.1) / 900.1).toBeLessThanOrEqual(0.005);
    expect(result.value).toBe(result.median);
  });

  it('stays within 0.5% on a long-tailed sample too', () => {
    // Minutes ⌊1.01^i⌋ + i for i = 0…999: from 1 to ≈ 21,959 minutes, strictly increasing,
    // so the sorted order is the index order and R-7 reads straight off the formula.
    const minutes = Array.from({ length: 1000 }, (_, i) => Math.floor(1.01 ** i) + i);
    const tickets = minutes.map((m, i) => answered(`l${i}`, T0, m)).reverse();
    const r7 = (p: number) => {
      const h = 999 * p;
      const lo = Math.floor(h);
      return minutes[lo]! + (h - lo) * (minutes[lo + 1]! - minutes[lo]!);
    };
    const result = firstResponseTime(tickets, { exactLimit: 50 });
    expect(result.quantileMethod).toBe('sketch');
    expect(Math.abs(result.median! - r7(0.5)) / r7(0.5)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(result.p90! - r7(0.9)) / r7(0.9)).toBeLessThanOrEqual(0.005);
  });

  it('is exact up to exactLimit included', () => {
    const fifty = thousand().slice(0, 50);
    expect(firstResponseTime(fifty, { exactLimit: 50 }).quantileMethod).toBe('exact');
    expect(firstResponseTime(thousand().slice(0, 51), { exactLimit: 50 }).quantileMethod).toBe(
      'sketch',
    );
  });
});

describe('KPI-SPEC §Ground rules — Mergeable: FRT shards merge to the batch result', () => {
  it('two accumulators merged equal one batch', () => {
    const all = tenAnswered();
    const a = createFirstResponseTimeAccumulator({ sla: 60 });
    const b = createFirstResponseTimeAccumulator({ sla: 60 });
    all.slice(0, 4).forEach((t) => a.add(t));
    all.slice(4).forEach((t) => b.add(t));
    const merged = a.merge(b).result();
    // Same hand values as the batch: mean 386.2, median 52.5, p90 828; ≤ 60 min: 5, 12, 20, 30, 45, 60 → 6.
    expect(merged.n).toBe(10);
    expect(merged.mean).toBeCloseTo(386.2, 9);
    expect(merged.median).toBeCloseTo(52.5, 9);
    expect(merged.p90).toBeCloseTo(828, 9);
    expect(merged.sla!.met).toBe(6);
  });
});
