import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/time/zone.js';
import { arrivalTimes, expectedArrivals } from '../../src/sample/arrival-times.js';
import { createPrng } from '../../src/sample/prng.js';
import { ServiceHours } from '../../src/sample/service-hours.js';
import { SpanishHolidays, daysFromCivil, easterSunday } from '../../src/sample/spanish-holidays.js';

const madrid = zoneClock('Europe/Madrid');
const at = (y: number, mo: number, d: number, h = 0, mi = 0): number =>
  madrid.instantOf(y, mo, d, h, mi);
const HOUR = 3_600_000;

describe('SpanishHolidays', () => {
  it('computes Easter Sunday (known dates)', () => {
    expect(easterSunday(2000)).toEqual([4, 23]);
    expect(easterSunday(2019)).toEqual([4, 21]);
    expect(easterSunday(2024)).toEqual([3, 31]);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2026)).toEqual([4, 5]);
    expect(easterSunday(2038)).toEqual([4, 25]);
  });

  it("lists 2025's national holidays, Good Friday included", () => {
    const holidays = new SpanishHolidays();
    expect(
      holidays.isoDatesBetween(daysFromCivil(2025, 1, 1), daysFromCivil(2025, 12, 31)),
    ).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-18',
      '2025-05-01',
      '2025-08-15',
      '2025-10-12',
      '2025-11-01',
      '2025-12-06',
      '2025-12-08',
      '2025-12-25',
    ]);
    expect(holidays.has(daysFromCivil(2026, 4, 3))).toBe(true); // Good Friday 2026
    expect(holidays.has(daysFromCivil(2026, 4, 2))).toBe(false);
  });
});

describe('ServiceHours (Mon–Fri 08–20, Sat 09–14, Madrid)', () => {
  const hours = new ServiceHours(madrid, new SpanishHolidays());

  it('knows when the team is open', () => {
    expect(hours.isOpen(at(2025, 3, 4, 8, 0))).toBe(true); // Tuesday
    expect(hours.isOpen(at(2025, 3, 4, 7, 59))).toBe(false);
    expect(hours.isOpen(at(2025, 3, 4, 20, 0))).toBe(false);
    expect(hours.isOpen(at(2025, 3, 8, 13, 30))).toBe(true); // Saturday
    expect(hours.isOpen(at(2025, 3, 8, 14, 0))).toBe(false);
    expect(hours.isOpen(at(2025, 3, 9, 11, 0))).toBe(false); // Sunday
    expect(hours.isOpen(at(2025, 4, 18, 11, 0))).toBe(false); // Good Friday
  });

  it('adds work time only inside opening hours, across nights, weekends and holidays', () => {
    // Tuesday 19:00 + 2 h of work: 1 h that evening, 1 h from 08:00 on Wednesday.
    expect(hours.add(at(2025, 3, 4, 19), 2 * HOUR)).toBe(at(2025, 3, 5, 9));
    // Sent at 23:00: nothing happens before 08:00.
    expect(hours.add(at(2025, 3, 4, 23), 0)).toBe(at(2025, 3, 5, 8));
    expect(hours.add(at(2025, 3, 4, 23), 30 * 60_000)).toBe(at(2025, 3, 5, 8, 30));
    // Saturday 13:00 + 3 h: 1 h on Saturday, Sunday closed, 2 h on Monday.
    expect(hours.add(at(2025, 3, 8, 13), 3 * HOUR)).toBe(at(2025, 3, 10, 10));
    // Thursday before Good Friday, 19:30 + 1 h: Friday closed, Saturday 09:30.
    expect(hours.add(at(2025, 4, 17, 19, 30), HOUR)).toBe(at(2025, 4, 19, 9, 30));
    // Inside opening hours it is plain addition.
    expect(hours.add(at(2025, 3, 4, 10), 90 * 60_000)).toBe(at(2025, 3, 4, 11, 30));
  });

  it('follows the local clock across the DST changes', () => {
    // Monday 31 March 2025 (after the spring change) opens at 08:00 CEST = 06:00 UTC.
    expect(hours.add(Date.UTC(2025, 2, 30, 12), 0)).toBe(Date.UTC(2025, 2, 31, 6));
    // Monday 27 October 2025 (after the autumn change) opens at 08:00 CET = 07:00 UTC.
    expect(hours.add(Date.UTC(2025, 9, 26, 12), 0)).toBe(Date.UTC(2025, 9, 27, 7));
  });
});

describe('arrivalTimes', () => {
  const holidays = new SpanishHolidays();

  it('places exactly the requested count, sorted, in whole seconds inside the range', () => {
    const calendar = { clock: madrid, holidays, from: at(2025, 3, 1), to: at(2025, 4, 1) };
    for (const count of [0, 1, 7, 5000]) {
      const times = arrivalTimes(calendar, count, createPrng(5));
      expect(times.length).toBe(count);
      let bad = 0;
      for (let i = 0; i < times.length; i++) {
        const t = times[i]!;
        if (t < calendar.from || t >= calendar.to || t % 1000 !== 0) bad++;
        if (i > 0 && t < times[i - 1]!) bad++;
      }
      expect(bad).toBe(0);
    }
  });

  it('respects a range that starts and ends mid-day', () => {
    const calendar = {
      clock: madrid,
      holidays,
      from: at(2025, 6, 2, 10, 30),
      to: at(2025, 6, 4, 12, 15),
    };
    const times = arrivalTimes(calendar, 2000, createPrng(9));
    expect(times[0]!).toBeGreaterThanOrEqual(calendar.from);
    expect(times[times.length - 1]!).toBeLessThan(calendar.to);
  });

  it('gives the 25-hour autumn Sunday its extra hour and the 23-hour spring Sunday none', () => {
    const expected = (y: number, m: number, d: number): number =>
      expectedArrivals({ clock: madrid, holidays, from: at(y, m, d), to: at(y, m, d + 1) }, 100);
    const ordinarySunday = expected(2025, 10, 19);
    expect(expected(2025, 10, 26)).toBeGreaterThan(ordinarySunday);
    expect(expected(2025, 3, 30)).toBeLessThan(expected(2025, 3, 23));
  });

  it('scales expected arrivals with the weekday rate: Monday–Friday of an average month ≈ the rate', () => {
    // 2025-05-05 … 2025-05-09 is an ordinary working week in a month of factor 0.98.
    const week = expectedArrivals(
      { clock: madrid, holidays, from: at(2025, 5, 5), to: at(2025, 5, 10) },
      50,
    );
    expect(week / 5).toBeCloseTo(50 * 0.98, 6);
  });
});
