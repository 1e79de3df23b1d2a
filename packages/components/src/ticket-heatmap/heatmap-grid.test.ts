import { weekdayHourFirstResponse, weekdayHourMatrix, type TicketInput } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { heatmapGrid, sourceFromCounts } from './heatmap-grid.js';

// Fixed tickets in Madrid (UTC+1 in January): Monday 2026-01-05 09:xx local ×3, Wednesday
// 2026-01-07 14:10 local ×1, Sunday 2026-01-11 22:30 local ×2.
const at = (iso: string, id: string, frtMinutes?: number): TicketInput => ({
  id,
  createdAt: iso,
  status: 'open',
  ...(frtMinutes === undefined
    ? {}
    : { firstResponseAt: new Date(Date.parse(iso) + frtMinutes * 60_000).toISOString() }),
});
const tickets: TicketInput[] = [
  at('2026-01-05T08:05:00Z', 'a', 10),
  at('2026-01-05T08:20:00Z', 'b', 30),
  at('2026-01-05T08:59:00Z', 'c', 20),
  at('2026-01-07T13:10:00Z', 'd', 90),
  at('2026-01-11T21:30:00Z', 'e'),
  at('2026-01-11T21:45:00Z', 'f', 5),
];

describe('heatmapGrid (KPI-SPEC §Ticket volume: weekday × hour in a zone)', () => {
  it('draws core counts, peak and total, Monday first', () => {
    const result = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });
    const grid = heatmapGrid(result, 1);
    expect(grid.weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(grid.rows.map((row) => row.map((c) => c.count))).toEqual(result.counts);
    expect(grid.total).toBe(6);
    expect(grid.max).toBe(3);
    expect(grid.peak).toMatchObject({ weekday: 1, hour: 9, count: 3, row: 0, col: 9 });
    expect(grid.peak).toMatchObject(result.peak!);
    expect(grid.timeZone).toBe('Europe/Madrid');
  });

  it('re-orders a Monday-first result to start on Sunday without changing any cell', () => {
    const monday = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });
    const sunday = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid', weekStart: 7 });
    const grid = heatmapGrid(monday, 7);
    expect(grid.weekdays).toEqual(sunday.weekdays);
    expect(grid.rows.map((row) => row.map((c) => c.count))).toEqual(sunday.counts);
    expect(grid.rows[0]![22]).toMatchObject({ weekday: 7, hour: 22, count: 2, row: 0 });
  });

  it('reads a counts attribute as ISO rows, Monday first', () => {
    const rows = Array.from({ length: 7 }, (_, day) =>
      Array.from({ length: 24 }, (_, h) => day * 100 + h),
    );
    const grid = heatmapGrid(sourceFromCounts(rows, 'UTC'), 7);
    expect(grid.rows[0]![5]).toMatchObject({ weekday: 7, count: 605 }); // Sunday row = rows[6]
    expect(grid.rows[1]![5]).toMatchObject({ weekday: 1, count: 5 });
    expect(grid.peak).toMatchObject({ weekday: 7, hour: 23, count: 623 });
  });

  it('takes the first busiest cell in drawn order on ties, as core does', () => {
    const rows = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    rows[0]![3] = 4; // Monday 03
    rows[6]![8] = 4; // Sunday 08
    expect(heatmapGrid(sourceFromCounts(rows, 'UTC'), 1).peak).toMatchObject({
      weekday: 1,
      hour: 3,
    });
    expect(heatmapGrid(sourceFromCounts(rows, 'UTC'), 7).peak).toMatchObject({
      weekday: 7,
      hour: 8,
    });
  });

  it('has no peak and a zero total when there are no tickets', () => {
    const grid = heatmapGrid(weekdayHourMatrix([], { timeZone: 'UTC' }), 1);
    expect(grid.peak).toBeNull();
    expect(grid.total).toBe(0);
  });
});

describe('heatmapGrid in FRT mode (core weekdayHourFirstResponse)', () => {
  it('colours by median, marks the slowest cell, keeps counts as the sample size', () => {
    const result = weekdayHourFirstResponse(tickets, { timeZone: 'Europe/Madrid' });
    const grid = heatmapGrid(result, 1);
    expect(grid.mode).toBe('frt');
    // Monday 09: medians of 10, 30, 20 → 20 min, 3 answered tickets.
    expect(grid.rows[0]![9]).toMatchObject({ value: 20, count: 3 });
    // Sunday 22: one answered (5 min), one pending.
    expect(grid.rows[6]![22]).toMatchObject({ value: 5, count: 1 });
    expect(grid.rows[2]![0]).toMatchObject({ value: null, count: 0 });
    expect(grid.peak).toMatchObject({ weekday: 3, hour: 14, value: 90 });
    expect(grid.max).toBe(90);
    expect(grid.total).toBe(5);
    expect(grid.overall).toBe(result.value);
  });
});
