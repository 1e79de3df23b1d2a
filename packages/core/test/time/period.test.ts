import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween, previousPeriod, toPeriod } from '../../src/index.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('KPI-SPEC §Ground rules — periods in a zone', () => {
  it('a Madrid month runs from local midnight to local midnight across DST (743 hours in March)', () => {
    const p = periodOf('2026-03-15T12:00:00Z', 'month', { timeZone: 'Europe/Madrid' });
    expect([iso(p.from), iso(p.to), p.label]).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-03',
    ]);
    expect((p.to - p.from) / 3_600_000).toBe(31 * 24 - 1);
  });

  it('weeks start on Monday (ISO-8601) unless configured, with ISO week labels', () => {
    const monday = periodOf('2026-01-01T12:00:00Z', 'week'); // a Thursday
    expect([iso(monday.from), monday.label]).toEqual(['2025-12-29T00:00:00.000Z', '2026-W01']);
    const sunday = periodOf('2026-01-01T12:00:00Z', 'week', { weekStart: 7 });
    expect(iso(sunday.from)).toBe('2025-12-28T00:00:00.000Z');
    expect(() => periodOf(0, 'week', { weekStart: 0 })).toThrow(/weekStart/);
  });

  it('labels days, quarters and years', () => {
    expect(periodOf('2026-05-20T10:00:00Z', 'quarter').label).toBe('2026-Q2');
    expect(periodOf('2026-05-20T23:30:00Z', 'day', { timeZone: 'Europe/Madrid' }).label).toBe(
      '2026-05-21',
    );
    expect(periodOf('2026-05-20T10:00:00Z', 'year').label).toBe('2026');
  });

  it('lists consecutive periods between two instants', () => {
    const months = periodsBetween(
      { from: '2026-01-15T00:00:00Z', to: '2026-04-01T00:00:00Z' },
      'month',
    );
    expect(months.map((m) => m.label)).toEqual(['2026-01', '2026-02', '2026-03']);
    for (let i = 1; i < months.length; i++) expect(months[i]!.from).toBe(months[i - 1]!.to);
  });

  it('gives the previous comparable period: previous month, same month last year, previous N days', () => {
    const march = periodOf('2026-03-10T00:00:00Z', 'month', { timeZone: 'Europe/Madrid' });
    expect(previousPeriod(march).label).toBe('2026-02');
    expect(previousPeriod(march, 'year-ago').label).toBe('2025-03');
    const last7 = previousPeriod(
      { from: Date.parse('2026-03-08T00:00:00Z'), to: Date.parse('2026-03-15T00:00:00Z') },
      { days: 7 },
    );
    expect([iso(last7.from), iso(last7.to)]).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-08T00:00:00.000Z',
    ]);
  });

  it('keeps the week start when stepping back: the week before a Sunday-start week starts on a Sunday', () => {
    const week = periodOf('2026-03-11T12:00:00Z', 'week', { weekStart: 7 }); // a Wednesday
    expect(iso(week.from)).toBe('2026-03-08T00:00:00.000Z'); // Sunday
    const before = previousPeriod(week);
    expect([iso(before.from), iso(before.to)]).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-08T00:00:00.000Z',
    ]);
  });

  it('year-ago of a plain range shifts both ends by a calendar year (29 Feb → 28 Feb)', () => {
    const range = {
      from: Date.parse('2028-02-29T10:00:00Z'),
      to: Date.parse('2028-03-10T10:00:00Z'),
    };
    const before = previousPeriod(range, 'year-ago');
    expect([iso(before.from), iso(before.to)]).toEqual([
      '2027-02-28T10:00:00.000Z',
      '2027-03-10T10:00:00.000Z',
    ]);
    expect(previousPeriod(range).to).toBe(range.from);
  });

  it('refuses a period that ends before it starts, and instants without an offset', () => {
    expect(() => toPeriod({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(
      /before/,
    );
    expect(() => toPeriod({ from: '2026-01-01T00:00:00', to: '2026-02-01T00:00:00Z' })).toThrow(
      /period.from/,
    );
  });
});
