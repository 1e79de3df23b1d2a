import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, type BusinessSchedule } from '../../src/index.js';
import { ms } from './helpers.js';

const nineToSix = [['09:00', '18:00']] as const;

/** Mon–Fri 09:00–18:00 in Madrid; Twelfth Night (Tue) and Easter Monday 2026 are holidays. */
const madridOffice: BusinessSchedule = {
  timeZone: 'Europe/Madrid',
  week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
  holidays: ['2026-01-06', '2026-04-06'],
};

const newYorkOffice: BusinessSchedule = {
  timeZone: 'America/New_York',
  week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
};

const allDay = [['00:00', '24:00']] as const;
const allWeek = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };
const madrid24x7: BusinessSchedule = {
  timeZone: 'Europe/Madrid',
  week: { ...allWeek, sun: allDay },
};
const newYork24x7: BusinessSchedule = {
  timeZone: 'America/New_York',
  week: { ...allWeek, sun: allDay },
};

describe('KPI-SPEC §First response time — business time (weekly hours in an IANA zone, plus holidays)', () => {
  it('counts only the minutes inside the working hours of one day', () => {
    // Mon 2026-03-02 10:00 → 12:30 Madrid: all inside 09:00–18:00 → 150 min.
    expect(
      businessMinutesBetween(
        '2026-03-02T10:00:00+01:00',
        '2026-03-02T12:30:00+01:00',
        madridOffice,
      ),
    ).toBe(150);
    // 07:00 → 08:59: before opening → 0.
    expect(
      businessMinutesBetween(
        '2026-03-02T07:00:00+01:00',
        '2026-03-02T08:59:00+01:00',
        madridOffice,
      ),
    ).toBe(0);
    // 17:00 → 20:00: only 17:00–18:00 counts → 60.
    expect(
      businessMinutesBetween(
        '2026-03-02T17:00:00+01:00',
        '2026-03-02T20:00:00+01:00',
        madridOffice,
      ),
    ).toBe(60);
    // Zero-length span → 0.
    expect(
      businessMinutesBetween(
        '2026-03-02T10:00:00+01:00',
        '2026-03-02T10:00:00+01:00',
        madridOffice,
      ),
    ).toBe(0);
  });

  it('skips a weekend plus a Monday holiday (Fri evening → Tue morning)', () => {
    // Fri 2026-04-03 17:15 → Tue 2026-04-07 09:45 (Madrid, CEST):
    //   Fri 17:15–18:00 = 45; Sat, Sun = 0; Mon 04-06 holiday = 0; Tue 09:00–09:45 = 45 → 90.
    expect(
      businessMinutesBetween(
        '2026-04-03T17:15:00+02:00',
        '2026-04-07T09:45:00+02:00',
        madridOffice,
      ),
    ).toBe(90);
    // Created Fri after closing (19:00): only Tue 09:00–09:45 → 45.
    expect(
      businessMinutesBetween(
        '2026-04-03T19:00:00+02:00',
        '2026-04-07T09:45:00+02:00',
        madridOffice,
      ),
    ).toBe(45);
  });

  it('skips a weekend and a Tuesday holiday (2026-01-06)', () => {
    // Fri 2026-01-02 17:30 → Wed 2026-01-07 10:00 (CET):
    //   Fri 30 + Mon 05 540 + Tue 06 holiday 0 + Wed 09:00–10:00 60 → 630.
    expect(
      businessMinutesBetween(
        '2026-01-02T17:30:00+01:00',
        '2026-01-07T10:00:00+01:00',
        madridOffice,
      ),
    ).toBe(630);
  });

  it('supports several intervals per day (a lunch break), in any order', () => {
    const split: BusinessSchedule = {
      timeZone: 'Europe/Madrid',
      week: {
        mon: [
          ['15:00', '18:00'],
          ['09:00', '14:00'],
        ],
      },
    };
    // Mon 13:30 → 15:30: 13:30–14:00 (30) + 15:00–15:30 (30) → 60.
    expect(
      businessMinutesBetween('2026-03-02T13:30:00+01:00', '2026-03-02T15:30:00+01:00', split),
    ).toBe(60);
    // The whole Monday: 5 h + 3 h = 480; Tuesday has no hours → still 480 through Tue.
    expect(
      businessMinutesBetween('2026-03-02T00:00:00+01:00', '2026-03-04T00:00:00+01:00', split),
    ).toBe(480);
  });

  it('reads holidays as local dates in the schedule zone, not UTC dates', () => {
    const nyHoliday: BusinessSchedule = { ...newYork24x7, holidays: ['2026-07-04'] };
    // 2026-07-04T00:00Z is Fri 07-03 20:00 EDT and 04:00Z is Sat 07-04 00:00 EDT: those 4 hours
    // fall on July 3rd in New York, which is a working day → 240 (a UTC-date reading gives 0).
    expect(businessMinutesBetween('2026-07-04T00:00:00Z', '2026-07-04T04:00:00Z', nyHoliday)).toBe(
      240,
    );
    // Fri 12:00 EDT → Sun 12:00 EDT: Fri 12 h + Sat holiday 0 + Sun 12 h → 1440.
    expect(
      businessMinutesBetween('2026-07-03T12:00:00-04:00', '2026-07-05T12:00:00-04:00', nyHoliday),
    ).toBe(1440);
  });

  it('measures the same instants differently in different zones', () => {
    // 2026-03-02 14:00Z → 20:00Z. Madrid (CET, +1): 15:00–21:00 → 15:00–18:00 = 180.
    // New York (EST, −5): 09:00–15:00 → all inside → 360.
    expect(
      businessMinutesBetween('2026-03-02T14:00:00Z', '2026-03-02T20:00:00Z', madridOffice),
    ).toBe(180);
    expect(
      businessMinutesBetween('2026-03-02T14:00:00Z', '2026-03-02T20:00:00Z', newYorkOffice),
    ).toBe(360);
  });

  it('accepts ISO strings with offsets, epoch ms and Dates alike', () => {
    const from = '2026-03-02T10:00:00+01:00';
    const to = '2026-03-03T10:00:00+01:00';
    // Mon 10:00–18:00 (480) + Tue 09:00–10:00 (60) → 540.
    expect(businessMinutesBetween(from, to, madridOffice)).toBe(540);
    expect(businessMinutesBetween(ms(from), ms(to), madridOffice)).toBe(540);
    expect(businessMinutesBetween(new Date(ms(from)), new Date(ms(to)), madridOffice)).toBe(540);
    // Same instants written in UTC.
    expect(
      businessMinutesBetween('2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z', madridOffice),
    ).toBe(540);
  });

  it('refuses strings without an offset, reversed spans and malformed schedules', () => {
    expect(() =>
      businessMinutesBetween('2026-03-02T10:00:00', '2026-03-02T12:00:00+01:00', madridOffice),
    ).toThrow(RangeError);
    expect(() =>
      businessMinutesBetween(
        '2026-03-02T12:00:00+01:00',
        '2026-03-02T10:00:00+01:00',
        madridOffice,
      ),
    ).toThrow(RangeError);
    const at = '2026-03-02T10:00:00Z';
    expect(() =>
      businessMinutesBetween(at, at, {
        timeZone: 'Europe/Madrid',
        week: { mon: [['9:00', '18:00']] },
      }),
    ).toThrow(/schedule\.week\.mon\[0\]\[0\]/);
    expect(() =>
      businessMinutesBetween(at, at, {
        timeZone: 'Europe/Madrid',
        week: { mon: [['18:00', '09:00']] },
      }),
    ).toThrow(RangeError);
    expect(() =>
      businessMinutesBetween(at, at, {
        timeZone: 'Europe/Madrid',
        week: {},
        holidays: ['2026-02-30'],
      }),
    ).toThrow(/holidays\[0\]/);
    expect(() => businessMinutesBetween(at, at, { timeZone: 'Europe/Madird', week: {} })).toThrow(
      /Europe\/Madird/,
    );
    expect(() =>
      businessMinutesBetween(at, at, {
        timeZone: 'UTC',
        week: { monday: [['09:00', '18:00']] } as unknown as BusinessSchedule['week'],
      }),
    ).toThrow(RangeError);
  });
});

describe('KPI-SPEC §Ground rules — Time: business time is DST-correct (Europe/Madrid, America/New_York)', () => {
  it('a 00:00–24:00 schedule gives 23 h and 25 h on the DST Sundays in Madrid', () => {
    // 2026-03-29: 02:00 CET → 03:00 CEST. Local midnight to midnight = 23 h = 1380 min.
    expect(
      businessMinutesBetween('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', madrid24x7),
    ).toBe(1380);
    // 2026-10-25: 03:00 CEST → 02:00 CET. 25 h = 1500 min.
    expect(
      businessMinutesBetween('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00', madrid24x7),
    ).toBe(1500);
    // An ordinary Saturday: 24 h = 1440 min.
    expect(
      businessMinutesBetween('2026-03-28T00:00:00+01:00', '2026-03-29T00:00:00+01:00', madrid24x7),
    ).toBe(1440);
    // A whole week across the spring change: 7 × 1440 − 60 = 10020.
    expect(
      businessMinutesBetween('2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00', madrid24x7),
    ).toBe(10020);
  });

  it('a 00:00–24:00 schedule gives 23 h and 25 h on the DST Sundays in New York', () => {
    // 2026-03-08: 02:00 EST → 03:00 EDT → 23 h.
    expect(
      businessMinutesBetween('2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', newYork24x7),
    ).toBe(1380);
    // 2026-11-01: 02:00 EDT → 01:00 EST → 25 h.
    expect(
      businessMinutesBetween('2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', newYork24x7),
    ).toBe(1500);
  });

  it('a working window that contains the DST change counts real minutes', () => {
    const madridNight: BusinessSchedule = {
      timeZone: 'Europe/Madrid',
      week: { sun: [['01:00', '04:00']] },
    };
    // Spring: 01:00 CET (00:00Z) → 04:00 CEST (02:00Z): 3 wall hours, 2 real → 120.
    expect(
      businessMinutesBetween('2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z', madridNight),
    ).toBe(120);
    // Autumn: 01:00 CEST (23:00Z Sat) → 04:00 CET (03:00Z): 4 real hours → 240.
    expect(
      businessMinutesBetween('2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z', madridNight),
    ).toBe(240);

    const newYorkNight: BusinessSchedule = {
      timeZone: 'America/New_York',
      week: { sun: [['00:00', '04:00']] },
    };
    // Spring: 00:00 EST (05:00Z) → 04:00 EDT (08:00Z) → 180.
    expect(
      businessMinutesBetween('2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z', newYorkNight),
    ).toBe(180);
    // Autumn: 00:00 EDT (04:00Z) → 04:00 EST (09:00Z) → 300.
    expect(
      businessMinutesBetween('2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', newYorkNight),
    ).toBe(300);
  });

  it('keeps 09:00–18:00 at 09:00–18:00 local around the change', () => {
    const everyDay: BusinessSchedule = {
      timeZone: 'Europe/Madrid',
      week: {
        mon: nineToSix,
        tue: nineToSix,
        wed: nineToSix,
        thu: nineToSix,
        fri: nineToSix,
        sat: nineToSix,
        sun: nineToSix,
      },
    };
    // Sat 2026-03-28 12:00 CET → Sun 03-29 12:00 CEST (23 real hours):
    //   Sat 12:00–18:00 = 360 + Sun 09:00–12:00 = 180 → 540.
    expect(
      businessMinutesBetween('2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00', everyDay),
    ).toBe(540);
    // Mon–Fri office, DST weekend: Fri 03-27 17:00 CET → Mon 03-30 10:00 CEST:
    //   Fri 60 + Mon 60 → 120 (the lost hour is on Sunday, outside the schedule).
    expect(
      businessMinutesBetween(
        '2026-03-27T17:00:00+01:00',
        '2026-03-30T10:00:00+02:00',
        madridOffice,
      ),
    ).toBe(120);
    // New York, its own DST weekend: Fri 03-06 17:00 EST → Mon 03-09 10:00 EDT → 60 + 60 = 120.
    expect(
      businessMinutesBetween(
        '2026-03-06T17:00:00-05:00',
        '2026-03-09T10:00:00-04:00',
        newYorkOffice,
      ),
    ).toBe(120);
    // Madrid, autumn: Fri 10-23 17:00 CEST → Mon 10-26 10:00 CET → 120.
    expect(
      businessMinutesBetween(
        '2026-10-23T17:00:00+02:00',
        '2026-10-26T10:00:00+01:00',
        madridOffice,
      ),
    ).toBe(120);
  });
});
