import { churnSeries, type CustomerInput } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { describe, expect, it } from 'vitest';
import { churnTrendModel, readBoundary, type ChurnTrendInput } from './churn-trend-model.js';

const host = document.createElement('div');
const model = (input: Partial<ChurnTrendInput>) =>
  churnTrendModel(host, { metric: 'churn', ...input });
const issues = (input: Partial<ChurnTrendInput>) => {
  const m = model(input);
  return m.state === 'invalid' ? m.issues.map((i) => i.attribute) : [];
};

const customers: CustomerInput[] = [
  // Active through both months: in S of January and February.
  { id: 'a', activeFrom: '2024-06-01T00:00:00Z', activeTo: null },
  // Lost in January: in S of January, L of January.
  { id: 'b', activeFrom: '2024-06-01T00:00:00Z', activeTo: '2025-01-20T00:00:00Z' },
  // Acquired and lost in February: newLost, not in the rate.
  { id: 'c', activeFrom: '2025-02-03T00:00:00Z', activeTo: '2025-02-10T00:00:00Z' },
];

describe('churnTrendModel: three ways in (issue 3, KPI-SPEC §Churn rate)', () => {
  it('computes raw customers through churnSeries, one point per month', () => {
    const m = model({
      customers,
      from: '2025-01',
      to: '2025-03',
      timeZone: 'UTC',
      asOf: '2025-02-15T00:00:00Z',
    });
    expect(m.state).toBe('ready');
    if (m.state !== 'ready') return;
    // January: S = 2 (a, b), L = 1 (b) → 50%. February: S = 1 (a), L = 0, newLost = 1 (c).
    expect(m.points.map((p) => [p.label, p.start, p.lost, p.rate, p.newLost, p.complete])).toEqual([
      ['2025-01', 2, 1, 50, 0, true],
      ['2025-02', 1, 0, 0, 1, false],
    ]);
    expect(m.timeZone).toBe('UTC');
  });
  it('agrees with core on the sample dataset', () => {
    const { customers: sample } = sampleDataset();
    const options = {
      from: '2025-01-01T00:00:00+01:00',
      to: '2026-01-01T00:00:00+01:00',
      timeZone: 'Europe/Madrid',
      asOf: '2025-12-15T00:00:00Z',
    } as const;
    const m = model({ customers: sample, ...options });
    const core = churnSeries(sample, { ...options, every: 'month' });
    expect(m.state === 'ready' && m.points.map((p) => p.result)).toEqual(core.points);
  });
  it('defaults to the last 12 periods ending with the running one', () => {
    const m = model({ customers, timeZone: 'UTC', asOf: '2025-02-15T00:00:00Z' });
    expect(m.state === 'ready' && m.points.map((p) => p.label)).toEqual([
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
  it('leaves out periods that have not begun at as-of', () => {
    const m = model({
      customers,
      from: '2025-01',
      to: '2025-06',
      timeZone: 'UTC',
      asOf: '2025-02-15T00:00:00Z',
    });
    expect(m.state === 'ready' && m.points.map((p) => p.label)).toEqual(['2025-01', '2025-02']);
  });
  it('takes a churnSeries result as it is', () => {
    const result = churnSeries(customers, {
      from: '2025-01-01T00:00:00Z',
      to: '2025-02-01T00:00:00Z',
      asOf: 0,
    });
    const m = model({ result });
    expect(m.state === 'ready' && m.points[0]).toMatchObject({
      rate: 50,
      start: 2,
      lost: 1,
      complete: false,
      result: result.points[0],
    });
  });
  it('reads the points attribute', () => {
    const m = model({ points: '[{"label":"2025-01","start":4,"lost":1}]', target: 3 });
    expect(m).toMatchObject({ state: 'ready', target: 3, points: [{ rate: 25 }] });
  });
  it('prefers customers over result over points', () => {
    const m = model({
      customers,
      from: '2025-01',
      to: '2025-02',
      timeZone: 'UTC',
      result: { points: [] },
      points: '[]',
    });
    expect(m.state === 'ready' && m.points).toHaveLength(1);
    expect(model({ result: { points: [] }, points: 'nonsense' }).state).toBe('empty');
  });
  it('lists rejected customers and keeps the valid ones', () => {
    const bad = [...customers, { id: 'x', activeFrom: 'yesterday' } as unknown as CustomerInput];
    const m = model({ customers: bad, from: '2025-01', to: '2025-02', timeZone: 'UTC' });
    expect(m.state === 'ready' && [m.rejected.length, m.points[0]!.start]).toEqual([1, 2]);
  });
});

describe('churnTrendModel: states (issue 3 "Empty, loading and error states")', () => {
  it('is empty with no input, an empty series, or periods without customers', () => {
    expect(model({}).state).toBe('empty');
    expect(model({ points: '[]' }).state).toBe('empty');
    expect(model({ customers: [], from: '2025-01', to: '2025-03', timeZone: 'UTC' }).state).toBe(
      'empty',
    );
  });
  it('names each bad attribute', () => {
    expect(issues({ metric: 'nps' })).toEqual(['metric']);
    expect(issues({ target: Number.NaN })).toEqual(['target']);
    expect(issues({ target: 101 })).toEqual(['target']);
    expect(issues({ points: '[{"label":"a","start":1,"lost":5}]' })).toEqual(['points']);
    expect(issues({ result: { value: 3 } })).toEqual(['result']);
    expect(issues({ customers, every: 'day' })).toEqual(['every']);
    expect(issues({ customers, timeZone: 'Mars/Olympus' })).toEqual(['time-zone']);
    expect(issues({ customers, timeZone: 'UTC', from: '2025-13' })).toEqual(['from']);
    expect(issues({ customers, timeZone: 'UTC', from: '2025-03', to: '2025-01' })).toEqual(['to']);
    expect(issues({ customers, timeZone: 'UTC', asOf: 'soon' })).toEqual(['as-of']);
    expect(issues({ customers, timeZone: 'UTC', weekStart: 8 })).toEqual(['week-start']);
    expect(issues({ customers: 'abc' as unknown as CustomerInput[] })).toEqual(['customers']);
  });
  it('quotes the reason for the points attribute with the entry and field', () => {
    const m = model({ points: '[{"label":"a","start":1,"lost":5}]' });
    expect(m.state === 'invalid' && m.issues[0]!.message).toBe(
      'points entry 0 field "lost": 5 is more than start (1)',
    );
  });
});

describe('readBoundary: plain-HTML range boundaries', () => {
  it('reads a month or a day as local midnight in the zone', () => {
    expect(readBoundary('2025-03', 'Europe/Madrid')).toBe(Date.parse('2025-03-01T00:00:00+01:00'));
    expect(readBoundary('2025-07-15', 'Europe/Madrid')).toBe(
      Date.parse('2025-07-15T00:00:00+02:00'),
    );
  });
  it('passes instants through and refuses impossible dates', () => {
    expect(readBoundary('2025-03-01T00:00:00Z', 'Europe/Madrid')).toBe(
      Date.parse('2025-03-01T00:00:00Z'),
    );
    expect(readBoundary('2025-02-30', 'UTC')).toBeNull();
    expect(readBoundary('March', 'UTC')).toBeNull();
  });
});
