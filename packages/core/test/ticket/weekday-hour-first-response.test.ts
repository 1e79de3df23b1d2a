import { describe, expect, it } from 'vitest';
import { weekdayHourFirstResponse } from '../../src/index.js';

const MIN = 60_000;
const ticket = (id: string, createdAt: string, minutes: number | null) => ({
  id,
  status: 'open' as const,
  createdAt,
  firstResponseAt: minutes === null ? null : Date.parse(createdAt) + minutes * MIN,
});

// Europe/Madrid in January is UTC+1.
const tickets = [
  ticket('a', '2026-01-12T09:15:00Z', 10), // Monday 10:15 local
  ticket('b', '2026-01-12T09:20:00Z', 20),
  ticket('c', '2026-01-12T09:30:00Z', 60),
  ticket('d', '2026-01-12T09:45:00Z', 40), // Monday 10:45 local
  ticket('e', '2026-01-13T08:00:00Z', 5), // Tuesday 09:00 local
  ticket('f', '2026-01-14T08:00:00Z', null), // Wednesday, not answered yet
];

describe("KPI-SPEC §What the components show — ticket-heatmap's FRT by weekday × hour", () => {
  it('gives the median first response per local cell, with counts and the slowest cell', () => {
    const r = weekdayHourFirstResponse(tickets, { timeZone: 'Europe/Madrid' });
    // Monday 10h: 10, 20, 40, 60 → R-7 median h = 1.5 → 20 + .5 × 20 = 30. Tuesday 9h: 5.
    expect(r.medians[0]![10]).toBe(30);
    expect(r.counts[0]![10]).toBe(4);
    expect(r.medians[1]![9]).toBe(5);
    expect(r.medians[2]![8]).toBeNull();
    expect(r.peak).toEqual({ weekday: 1, hour: 10, median: 30, count: 4 });
    // Overall: 5, 10, 20, 40, 60 → median 20; the Wednesday ticket is pending.
    expect(r).toMatchObject({
      value: 20,
      n: 5,
      pending: 1,
      unit: 'minutes',
      timeZone: 'Europe/Madrid',
    });
  });

  it('rotates rows with weekStart and shifts cells with the zone', () => {
    const sunday = weekdayHourFirstResponse(tickets, { timeZone: 'Europe/Madrid', weekStart: 7 });
    expect(sunday.weekdays).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(sunday.medians[1]![10]).toBe(30);
    const utc = weekdayHourFirstResponse(tickets, { timeZone: 'UTC' });
    expect(utc.medians[0]![9]).toBe(30);
  });

  it('measures business minutes with a schedule', () => {
    // Created Monday 17:50 local, answered Tuesday 09:10 local; open 09:00–18:00 → 10 + 10 = 20
    const late = [ticket('x', '2026-01-12T16:50:00Z', 15 * 60 + 20)];
    const schedule = {
      timeZone: 'Europe/Madrid',
      week: {
        mon: [['09:00', '18:00']] as [string, string][],
        tue: [['09:00', '18:00']] as [string, string][],
      },
    };
    expect(
      weekdayHourFirstResponse(late, { timeZone: 'Europe/Madrid', schedule }).medians[0]![17],
    ).toBe(20);
  });

  it('empty input → value null and no peak; a response before creation is named', () => {
    expect(weekdayHourFirstResponse([])).toMatchObject({ value: null, n: 0, peak: null });
    const bad = [{ id: 'z', status: 'open' as const, createdAt: 1000, firstResponseAt: 0 }];
    expect(() => weekdayHourFirstResponse(bad)).toThrow(
      /record 0 \(id "z"\) field "firstResponseAt"/,
    );
  });
});
