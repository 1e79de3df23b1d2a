import { describe, expect, it } from 'vitest';
import { byPeriod, ces, churn, compare, csat, firstResponseTime, nps } from '../../src/index.js';

const repeat = (score: number, times: number) => Array<number>(times).fill(score);

describe('KPI-SPEC §Periods and comparison', () => {
  it('NPS: delta, relative delta, direction, and significance by SE_diff (KPI-SPEC §NPS)', () => {
    // current: 60 P, 20 Pa, 20 D of 100 → 40; previous: 40 P, 30 Pa, 30 D of 100 → 10
    const current = nps([...repeat(10, 60), ...repeat(8, 20), ...repeat(0, 20)]);
    const previous = nps([...repeat(10, 40), ...repeat(8, 30), ...repeat(0, 30)]);
    const r = compare(current, previous, 'nps');
    expect(r.direction).toBe('better');
    expect(r.delta).toBeCloseTo(30, 10);
    expect(r.relative).toBeCloseTo(3, 12);
    // SE₁ = √((.8 − .16)/100) = .08; SE₂ = √((.7 − .01)/100) = .08307; SE_diff = .11533;
    // 100 × 1.96 × SE_diff = 22.6 < 30 → significant
    expect(r.significant).toBe(true);
    // The same shares on 20 answers each: SE_diff ×√5 → 50.6 > 30 → not significant
    const small = compare(
      nps([...repeat(10, 12), ...repeat(8, 4), ...repeat(0, 4)]),
      nps([...repeat(10, 8), ...repeat(8, 6), ...repeat(0, 6)]),
    );
    expect(small).toMatchObject({ direction: 'better', significant: false });
    expect(small.delta).toBeCloseTo(30, 10);
  });

  it('CSAT: a two-proportion test (80/100 vs 70/100 is not significant at 95%, 800/1000 vs 700/1000 is)', () => {
    const a = csat([...repeat(5, 80), ...repeat(1, 20)]);
    const b = csat([...repeat(5, 70), ...repeat(1, 30)]);
    // pooled p = .75, SE = √(.75 × .25 × .02) = .06124; z = .1 / .06124 = 1.633 < 1.96
    expect(compare(a, b)).toMatchObject({ delta: 10, direction: 'better', significant: false });
    const big = compare(
      csat([...repeat(5, 800), ...repeat(1, 200)]),
      csat([...repeat(5, 700), ...repeat(1, 300)]),
    );
    expect(big.significant).toBe(true); // z = 1.633 × √10 = 5.16
  });

  it('lower is better for churn and FRT: a rise is "worse"', () => {
    const t0 = Date.parse('2026-03-02T09:00:00Z');
    const frt = (minutes: number) =>
      firstResponseTime([
        { id: 'x', status: 'open', createdAt: t0, firstResponseAt: t0 + minutes * 60_000 },
      ]);
    expect(compare(frt(30), frt(20))).toMatchObject({
      delta: 10,
      direction: 'worse',
      significant: null,
    });
    const period = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
    const lostOne = churn(
      [
        { id: 'a', activeFrom: 0, activeTo: '2026-03-05T00:00:00Z' },
        { id: 'b', activeFrom: 0 },
      ],
      period,
    );
    const lostNone = churn(
      [
        { id: 'a', activeFrom: 0 },
        { id: 'b', activeFrom: 0 },
      ],
      period,
    );
    expect(compare(lostNone, lostOne)).toMatchObject({ delta: -50, direction: 'better' });
  });

  it('CES means are compared with a Welch t-test', () => {
    const high = ces([...repeat(7, 30), ...repeat(6, 30)], { higherIsEasier: true });
    const low = ces([...repeat(3, 30), ...repeat(2, 30)], { higherIsEasier: true });
    expect(compare(high, low)).toMatchObject({ delta: 4, direction: 'better', significant: true });
  });

  it('equal values are flat; a missing side gives nulls; mixing KPIs is refused', () => {
    expect(compare(nps([10, 0]), nps([9, 5]))).toMatchObject({ delta: 0, direction: 'flat' });
    expect(compare(nps([10]), nps([]))).toMatchObject({
      delta: null,
      direction: null,
      significant: null,
    });
    expect(() => compare(nps([10]), csat([5]))).toThrow(/cannot compare nps with csat/);
    expect(() => compare({ value: 1 }, { value: 2 }, 'mystery')).toThrow(/unknown KPI/);
    expect(compare({ value: 1 }, { value: 2 }, 'mystery', { polarity: 'higher' }).direction).toBe(
      'worse',
    );
  });

  it('relative delta is null when the previous value is 0', () => {
    expect(compare(nps([10, 0, 9]), nps([10, 0])).relative).toBeNull();
  });
});

describe('KPI-SPEC §Periods — byPeriod series', () => {
  const answers = [
    { id: '1', kind: 'nps' as const, score: 10, answeredAt: '2026-01-31T23:30:00Z' }, // 1 Feb in Madrid
    { id: '2', kind: 'nps' as const, score: 0, answeredAt: '2026-01-15T10:00:00Z' },
    { id: '3', kind: 'nps' as const, score: 9, answeredAt: '2026-04-02T10:00:00Z' },
  ];

  it('buckets records by calendar period in the zone and keeps empty periods', () => {
    const series = byPeriod(answers, (a) => nps(a), { every: 'month', timeZone: 'Europe/Madrid' });
    expect(series.points.map((p) => [p.label, p.result.n, p.result.value])).toEqual([
      ['2026-01', 1, -100],
      ['2026-02', 1, 100],
      ['2026-03', 0, null],
      ['2026-04', 1, 100],
    ]);
    const utc = byPeriod(answers, (a) => nps(a), { every: 'month' });
    expect(utc.points[0]!.result.n).toBe(2);
  });

  it('copes with hundreds of thousands of records (no argument-spreading limits)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({
      id: String(i),
      kind: 'nps' as const,
      score: i % 11,
      answeredAt: i * 60_000,
    }));
    const series = byPeriod(many, (a) => nps(a), { every: 'month' });
    // 300,000 minutes from 1970-01-01 = 208.3 days: January to July 1970
    expect(series.points.map((p) => p.label)).toEqual([
      '1970-01',
      '1970-02',
      '1970-03',
      '1970-04',
      '1970-05',
      '1970-06',
      '1970-07',
    ]);
    expect(series.points.reduce((sum, p) => sum + p.result.n, 0)).toBe(300_000);
  });

  it('honours from/to and reports records it cannot place', () => {
    const withBad = [
      ...answers,
      { id: 'x', kind: 'nps' as const, score: 5, answeredAt: 'yesterday' },
    ];
    expect(() => byPeriod(withBad, (a) => nps(a), { every: 'month' })).toThrow(
      /record 3 \(id "x"\) field "answeredAt"/,
    );
    const s = byPeriod(withBad, (a) => nps(a), {
      every: 'quarter',
      from: '2026-01-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      mode: 'lenient',
    });
    expect(s.points.map((p) => [p.label, p.result.n])).toEqual([['2026-Q1', 2]]);
    expect(s.rejected).toHaveLength(1);
  });
});
