import { describe, expect, it } from 'vitest';
import {
  churn,
  churnSeries,
  customersFromEvents,
  retention,
  TableroValidationError,
} from '../../src/index.js';

const march = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const c = (id: string, activeFrom: string, activeTo: string | null = null) => ({
  id,
  activeFrom: `${activeFrom}T00:00:00Z`,
  activeTo: activeTo && `${activeTo}T00:00:00Z`,
});

// A: stays. B: lost mid-March. C: starts exactly at the period start (in S). D: acquired and
// lost inside March. E: acquired, stays. F: left exactly at the start (not in S). G: leaves
// exactly at the period end (lost in March). H: starts after March.
const customers = [
  c('A', '2025-01-01'),
  c('B', '2025-06-01', '2026-03-15'),
  c('C', '2026-03-01'),
  c('D', '2026-03-10', '2026-03-20'),
  c('E', '2026-03-05'),
  c('F', '2025-01-01', '2026-03-01'),
  c('G', '2025-01-01', '2026-04-01'),
  c('H', '2026-05-01'),
];

describe('KPI-SPEC §Churn rate', () => {
  it('S = active at the start, L = of S not active at the end; churn = 100 × L / S', () => {
    const r = churn(customers, march);
    // S = {A, B, C, G} = 4; L = {B, G} = 2 → 50%
    expect(r).toMatchObject({ kpi: 'churn', start: 4, lost: 2, n: 4, value: 50 });
  });

  it('reports customers acquired and lost in the same period apart, not in the rate', () => {
    const r = churn(customers, march);
    expect(r).toMatchObject({ acquired: 2, newLost: 1, end: 3 }); // acquired {D, E}; newLost {D}; end {A, C, E}
  });

  it('gives a Wilson interval on L / S', () => {
    // 2 of 4: centre = (.5 + .9604/2... ) — symmetric around 50 for p = .5
    const [lo, hi] = churn(customers, march).interval!;
    expect(lo + hi).toBeCloseTo(100, 10);
    expect(lo).toBeGreaterThan(0);
  });

  it('empty input and a period with nobody active give value null', () => {
    expect(churn([], march)).toMatchObject({ value: null, n: 0, start: 0 });
    expect(churn([c('H', '2026-05-01')], march)).toMatchObject({ value: null, start: 0 });
  });

  it('strict mode names a customer whose activeTo precedes activeFrom; lenient keeps the rest', () => {
    const bad = { id: 'X', activeFrom: '2026-02-01T00:00:00Z', activeTo: '2026-01-01T00:00:00Z' };
    expect(() => churn([...customers, bad], march)).toThrow(TableroValidationError);
    expect(() => churn([...customers, bad], march)).toThrow(/record 8 \(id "X"\) field "activeTo"/);
    const lenient = churn([...customers, bad], march, { mode: 'lenient' });
    expect(lenient).toMatchObject({ start: 4, lost: 2 });
    expect(lenient.rejected[0]).toMatchObject({ index: 8, id: 'X' });
  });
});

describe('KPI-SPEC §Retention rate', () => {
  it('retention = 100 × (S − L) / S, so churn + retention = 100', () => {
    const r = retention(customers, march);
    expect(r).toMatchObject({ kpi: 'retention', value: 50, churn: 50 });
  });

  it('the classic (E − N) / S differs exactly when someone acquired in the period was lost in it', () => {
    const r = retention(customers, march);
    const classic = (100 * (r.end - r.acquired)) / r.start; // (3 − 2) / 4 = 25%
    expect(classic).toBe(25);
    expect(r.value).toBe(50);
    const withoutNewLost = retention(
      customers.filter((x) => x.id !== 'D'),
      march,
    );
    expect((100 * (withoutNewLost.end - withoutNewLost.acquired)) / withoutNewLost.start).toBe(
      withoutNewLost.value,
    );
  });

  it('its interval mirrors the churn interval', () => {
    const a = churn(customers, march).interval!;
    const b = retention(customers, march).interval!;
    expect(b[0]).toBeCloseTo(100 - a[1], 10);
    expect(b[1]).toBeCloseTo(100 - a[0], 10);
  });
});

describe('KPI-SPEC §Churn — series (churn-trend)', () => {
  it('cuts months at local midnight in the zone given (Europe/Madrid)', () => {
    // Leaves at 2026-03-31T23:30Z = 1 April 01:30 in Madrid: March in UTC, April in Madrid.
    const late = [
      { id: 'L', activeFrom: '2025-01-01T00:00:00Z', activeTo: '2026-03-31T23:30:00Z' },
    ];
    const options = {
      from: '2026-02-28T23:00:00Z',
      to: '2026-04-30T22:00:00Z',
      asOf: '2027-01-01T00:00:00Z',
    };
    const madrid = churnSeries(late, { ...options, timeZone: 'Europe/Madrid' });
    expect(madrid.points.map((p) => [p.label, p.lost])).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
    // March starts at 23:00Z (CET, +1); April starts at 22:00Z (CEST, +2).
    expect(madrid.points[0]!.period).toEqual({
      from: Date.parse('2026-02-28T23:00:00Z'),
      to: Date.parse('2026-03-31T22:00:00Z'),
    });
    const utc = churnSeries(late, { ...options, timeZone: 'UTC' });
    expect(utc.points.find((p) => p.label === '2026-03')!.lost).toBe(1);
  });

  it('gives S per point, the rate per month, and marks the period still running', () => {
    const r = churnSeries(customers, {
      from: '2026-02-01T00:00:00Z',
      to: '2026-05-01T00:00:00Z',
      asOf: '2026-04-15T00:00:00Z',
    });
    expect(r.points.map((p) => p.label)).toEqual(['2026-02', '2026-03', '2026-04']);
    const [feb, mar, apr] = r.points;
    expect(feb).toMatchObject({ start: 4, lost: 1, complete: true }); // A, B, F, G; F leaves 1 March
    expect(mar).toMatchObject({ start: 4, lost: 2, value: 50, complete: true });
    expect(apr).toMatchObject({ start: 3, lost: 0, value: 0, complete: false }); // A, C, E
    expect(r.n).toBe(customers.length);
  });

  it('each point equals churn() over the same period', () => {
    const r = churnSeries(customers, {
      from: '2026-01-01T00:00:00Z',
      to: '2026-07-01T00:00:00Z',
      every: 'quarter',
    });
    for (const point of r.points) {
      const { rejected: _r, ...single } = churn(customers, point.period);
      const { label: _l, complete: _c, ...rest } = point;
      expect(rest).toEqual(single);
    }
  });
});

describe('KPI-SPEC §Churn — customers from subscription events', () => {
  it('derives one span per subscription, a second when the customer returns', () => {
    const spans = customersFromEvents([
      { customerId: 'c1', type: 'start', at: '2026-01-01T00:00:00Z' },
      { customerId: 'c1', type: 'cancel', at: '2026-03-01T00:00:00Z' },
      { customerId: 'c1', type: 'start', at: '2026-05-01T00:00:00Z' },
      { customerId: 'c2', type: 'start', at: '2026-02-01T00:00:00Z' },
      { customerId: 'c2', type: 'start', at: '2026-03-01T00:00:00Z' },
    ]);
    expect(spans).toEqual([
      {
        id: 'c1',
        activeFrom: Date.parse('2026-01-01T00:00:00Z'),
        activeTo: Date.parse('2026-03-01T00:00:00Z'),
      },
      { id: 'c1', activeFrom: Date.parse('2026-05-01T00:00:00Z'), activeTo: null },
      { id: 'c2', activeFrom: Date.parse('2026-02-01T00:00:00Z'), activeTo: null },
    ]);
  });

  it('a cancel with no open subscription is an error naming the event', () => {
    expect(() => customersFromEvents([{ customerId: 'z', type: 'cancel', at: 0 }])).toThrow(
      /record 0 field "type": cancel for customer z/,
    );
  });
});
