import { describe, expect, it } from 'vitest';
import {
  localeWeekStart,
  parseWeekStart,
  regionWeekStart,
  weekdayOrder,
  ISO_WEEKDAYS,
} from './week-start.js';

describe('localeWeekStart (issue 3: week start from the locale)', () => {
  it('starts Spanish weeks on Monday and US English weeks on Sunday', () => {
    expect(localeWeekStart('es')).toBe(1);
    expect(localeWeekStart('es-ES')).toBe(1);
    expect(localeWeekStart('en-US')).toBe(7);
    expect(localeWeekStart('en-GB')).toBe(1);
    expect(localeWeekStart('es-MX')).toBe(7);
  });

  it('honours a -u-fw- extension in the tag', () => {
    expect(localeWeekStart('en-US-u-fw-mon')).toBe(1);
  });

  it('gives Monday for a tag Intl cannot read instead of throwing', () => {
    expect(localeWeekStart('not a tag!')).toBe(1);
  });
});

describe('regionWeekStart (fallback table for browsers without getWeekInfo)', () => {
  const cases: [string, number][] = [
    ['es', 1],
    ['es-ES', 1],
    ['en', 7], // likely region US
    ['en-US', 7],
    ['en-GB', 1],
    ['pt-BR', 7],
    ['ar-EG', 6],
    ['de', 1],
  ];
  for (const [tag, expected] of cases) {
    it(`${tag} → ${expected}`, () => expect(regionWeekStart(new Intl.Locale(tag))).toBe(expected));
  }

  it('agrees with getWeekInfo wherever the browser has it, for the locales we ship', () => {
    for (const tag of ['es', 'es-ES', 'es-MX', 'en-US', 'en-GB', 'pt-BR', 'ar-EG']) {
      expect(regionWeekStart(new Intl.Locale(tag)), tag).toBe(localeWeekStart(tag));
    }
  });
});

describe('parseWeekStart (the week-start attribute)', () => {
  it('reads ISO numbers and English names, any case', () => {
    expect(parseWeekStart('1')).toBe(1);
    expect(parseWeekStart(' 7 ')).toBe(7);
    expect(parseWeekStart('Sunday')).toBe(7);
    expect(parseWeekStart('sat')).toBe(6);
    expect(parseWeekStart('MON')).toBe(1);
  });

  it('refuses anything else rather than guessing', () => {
    for (const bad of ['', '0', '8', '1.5', 'mo', 'lunes', 'sundays', 'NaN']) {
      expect(parseWeekStart(bad), bad).toBeNull();
    }
  });
});

describe('weekdayOrder', () => {
  it('rotates the ISO week to start at the given day', () => {
    expect(weekdayOrder(1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekdayOrder(7)).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(6)).toEqual([6, 7, 1, 2, 3, 4, 5]);
    for (const start of ISO_WEEKDAYS) expect(new Set(weekdayOrder(start)).size).toBe(7);
  });
});
