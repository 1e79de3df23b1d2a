import { describe, expect, it } from 'vitest';
import { TableroValidationError, weekdayHourMatrix, type TicketInput } from '../../src/index.js';
import { bad, ticket } from './helpers.js';

/** Hand-picked instants around both Madrid DST changes of 2026 (local = Madrid wall time). */
const dstTickets = (): TicketInput[] => [
  ticket('a', '2026-03-28T23:30:00Z'), // Sun 29 Mar 00:30 CET  → (7, 0)
  ticket('b', '2026-03-29T00:59:00Z'), // Sun 01:59 CET         → (7, 1)
  ticket('c', '2026-03-29T01:00:00Z'), // Sun 03:00 CEST        → (7, 3): 02:xx never happens
  ticket('d', '2026-03-29T01:30:00Z'), // Sun 03:30 CEST        → (7, 3)
  ticket('e', '2026-03-29T01:45:00Z'), // Sun 03:45 CEST        → (7, 3)
  ticket('f', '2026-03-30T07:00:00Z'), // Mon 30 Mar 09:00 CEST → (1, 9)
  ticket('g', '2026-10-24T22:00:00Z'), // Sun 25 Oct 00:00 CEST → (7, 0)
  ticket('h', '2026-10-25T00:30:00Z'), // Sun 02:30 CEST        → (7, 2)
  ticket('i', '2026-10-25T01:30:00Z'), // Sun 02:30 CET (again) → (7, 2)
];

/** counts[row][hour] of the row whose ISO weekday is `weekday`. */
const cell = (
  r: { counts: number[][]; weekdays: number[] },
  weekday: number,
  hour: number,
): number => r.counts[r.weekdays.indexOf(weekday)]![hour]!;

describe('KPI-SPEC §Ticket volume — weekday × hour-of-day matrix in a time zone (ticket-heatmap)', () => {
  it('places tickets in local weekday/hour cells across both DST changes (Europe/Madrid)', () => {
    const result = weekdayHourMatrix(dstTickets(), { timeZone: 'Europe/Madrid' });
    expect(result.kpi).toBe('weekdayHour');
    expect(result.timeZone).toBe('Europe/Madrid');
    expect(result.weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.counts).toHaveLength(7);
    for (const row of result.counts) expect(row).toHaveLength(24);
    expect(cell(result, 7, 0)).toBe(2); // a, g
    expect(cell(result, 7, 1)).toBe(1); // b
    expect(cell(result, 7, 2)).toBe(2); // h, i: the repeated hour of October
    expect(cell(result, 7, 3)).toBe(3); // c, d, e
    expect(cell(result, 1, 9)).toBe(1); // f
    // Nothing else: 2 + 1 + 2 + 3 + 1 = 9 = n.
    expect(result.counts.flat().reduce((s, c) => s + c, 0)).toBe(9);
    expect(result.n).toBe(9);
    expect(result.value).toBe(9);
    expect(result.weekStart).toBe(1);
    // Peak: (Sunday, 3) with 3.
    expect(result.peak).toEqual({ weekday: 7, hour: 3, count: 3 });
  });

  it('the same instants in UTC land in other cells', () => {
    const result = weekdayHourMatrix(dstTickets());
    // a Sat 23:30Z → (6, 23); b Sun 00:59Z → (7, 0); c, d, e Sun 01:xxZ → (7, 1);
    // f Mon 07:00Z → (1, 7); g Sat 24 Oct 22:00Z → (6, 22); h Sun 00:30Z → (7, 0);
    // i Sun 01:30Z → (7, 1).
    expect(result.timeZone).toBe('UTC');
    expect(cell(result, 6, 23)).toBe(1);
    expect(cell(result, 6, 22)).toBe(1);
    expect(cell(result, 7, 0)).toBe(2);
    expect(cell(result, 7, 1)).toBe(4);
    expect(cell(result, 1, 7)).toBe(1);
    expect(result.peak).toEqual({ weekday: 7, hour: 1, count: 4 });
  });

  it('America/New_York: the spring-forward night has no 02:00 row cell', () => {
    const result = weekdayHourMatrix(
      [
        ticket('n1', '2026-03-08T06:59:00Z'), // Sun 01:59 EST → (7, 1)
        ticket('n2', '2026-03-08T07:00:00Z'), // Sun 03:00 EDT → (7, 3)
        ticket('n3', '2026-11-01T05:30:00Z'), // Sun 01:30 EDT → (7, 1)
        ticket('n4', '2026-11-01T06:30:00Z'), // Sun 01:30 EST → (7, 1)
      ],
      { timeZone: 'America/New_York' },
    );
    expect(cell(result, 7, 1)).toBe(3);
    expect(cell(result, 7, 2)).toBe(0);
    expect(cell(result, 7, 3)).toBe(1);
  });

  it('weekStart 7 rotates the rows to start on Sunday', () => {
    const result = weekdayHourMatrix(dstTickets(), { timeZone: 'Europe/Madrid', weekStart: 7 });
    expect(result.weekdays).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(result.weekStart).toBe(7);
    // Row 0 is Sunday now: 2, 1, 2, 3 in hours 0–3; row 1 is Monday: 1 at 09.
    expect(result.counts[0]!.slice(0, 4)).toEqual([2, 1, 2, 3]);
    expect(result.counts[1]![9]).toBe(1);
    expect(result.counts[6]!.every((c) => c === 0)).toBe(true); // Saturday
    expect(result.peak).toEqual({ weekday: 7, hour: 3, count: 3 });
  });

  it('a tie for the peak goes to the first cell in row order', () => {
    const tie = [
      ticket('mon', '2026-03-02T10:00:00Z'), // Monday 10:00 UTC
      ticket('sun', '2026-03-01T10:00:00Z'), // Sunday 10:00 UTC
    ];
    expect(weekdayHourMatrix(tie).peak).toEqual({ weekday: 1, hour: 10, count: 1 });
    expect(weekdayHourMatrix(tie, { weekStart: 7 }).peak).toEqual({
      weekday: 7,
      hour: 10,
      count: 1,
    });
  });

  it('counts only tickets created in the period', () => {
    const result = weekdayHourMatrix(dstTickets(), {
      timeZone: 'Europe/Madrid',
      period: { from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' },
    });
    // a–f are in March → 6.
    expect(result.n).toBe(6);
    expect(cell(result, 7, 0)).toBe(1);
    expect(cell(result, 7, 2)).toBe(0);
  });

  it('empty input: peak null, n 0, all cells 0', () => {
    const result = weekdayHourMatrix([], { timeZone: 'Europe/Madrid' });
    expect(result.peak).toBeNull();
    expect(result.n).toBe(0);
    expect(result.counts.flat().every((c) => c === 0)).toBe(true);
  });

  it('empty input: value null (KPI-SPEC §Ground rules)', () => {
    // "Empty input is not an error. `value: null`, `n: 0`."
    expect(weekdayHourMatrix([], { timeZone: 'Europe/Madrid' }).value).toBeNull();
  });

  it('refuses a weekStart outside 1–7', () => {
    expect(() => weekdayHourMatrix([], { weekStart: 0 })).toThrow(RangeError);
    expect(() => weekdayHourMatrix([], { weekStart: 8 })).toThrow(RangeError);
  });

  it('strict and lenient on an unusable createdAt', () => {
    const input = [
      ticket('ok', '2026-03-02T10:00:00Z'),
      bad({ id: 'x', status: 'new', createdAt: 'today' }),
    ];
    expect(() => weekdayHourMatrix(input)).toThrow(TableroValidationError);
    expect(() => weekdayHourMatrix(input)).toThrow(/record 1 \(id "x"\) field "createdAt"/);
    const result = weekdayHourMatrix(input, { mode: 'lenient' });
    expect(result.n).toBe(1);
    expect(result.rejected).toMatchObject([
      { index: 1, id: 'x', issues: [{ path: ['createdAt'] }] },
    ]);
  });
});
