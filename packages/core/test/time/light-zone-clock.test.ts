import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  lightZoneClock,
  periodIn,
  periodOf,
  periodsBetween,
  periodsIn,
  zoneClock,
  type LightZoneClock,
} from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// DST in both hemispheres, a 30-minute DST (Lord Howe), a :45 offset (Kathmandu), a zone that
// skipped a whole day (Apia, 2011-12-30), negative "winter time" (Dublin) and no DST at all.
const ZONES = [
  'Europe/Madrid',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
  'Pacific/Apia',
  'Europe/Dublin',
  'UTC',
];

/** Every instant in [from, to) where the zone's offset changes, to the minute, from the clock. */
function transitions(clock: LightZoneClock, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = from; at < to; at += 6 * HOUR) {
    if (clock.offsetAt(at) === clock.offsetAt(at + 6 * HOUR)) continue;
    let lo = at;
    let hi = at + 6 * HOUR;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (clock.offsetAt(mid) === clock.offsetAt(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

const local = (clock: LightZoneClock, ms: number) => {
  const f = clock.fields(ms);
  return [f.year, f.month, f.day, f.hour, f.minute] as const;
};

describe('lightZoneClock answers exactly as zoneClock (KPI-SPEC §Ground rules — time)', () => {
  const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) });

  for (const timeZone of ZONES) {
    it(`offsets and local fields agree at random instants in ${timeZone}`, () => {
      const light = lightZoneClock(timeZone);
      const fast = zoneClock(timeZone);
      fc.assert(
        fc.property(instants, (ms) => {
          expect(light.offsetAt(ms)).toBe(fast.offsetAt(ms));
          const fields = light.fields(ms);
          expect(fields).toEqual(fast.fields(ms));
          // zoneClock's bucketing helpers read the same wall clock.
          expect(fast.weekdayHour(ms)).toEqual({ weekday: fields.weekday, hour: fields.hour });
          expect(fast.localDay(ms)).toBe(Date.UTC(fields.year, fields.month - 1, fields.day) / DAY);
        }),
        { numRuns: 300 },
      );
    });

    it(`agree around every offset change of 2010–2026 in ${timeZone}, gap and overlap wall times included`, () => {
      const light = lightZoneClock(timeZone);
      const fast = zoneClock(timeZone);
      const changes = transitions(light, Date.UTC(2010, 0, 1), Date.UTC(2027, 0, 1));
      // Kathmandu has kept +05:45 since 1986; every other zone here changed in these years.
      if (timeZone === 'UTC' || timeZone === 'Asia/Kathmandu') expect(changes).toEqual([]);
      else expect(changes.length).toBeGreaterThan(0);
      for (const at of changes) {
        for (const ms of [at - 1, at, at + 1, at - 30 * MINUTE, at + 30 * MINUTE]) {
          expect(light.offsetAt(ms)).toBe(fast.offsetAt(ms));
          expect(light.fields(ms)).toEqual(fast.fields(ms));
        }
        // Wall times every 15 minutes from 3 h before to 3 h after the change, which covers the
        // skipped hour of a spring-forward gap and the repeated hour of a fall-back overlap.
        const wall = at + light.offsetAt(at - 1);
        for (let w = wall - 3 * HOUR; w <= wall + 3 * HOUR; w += 15 * MINUTE) {
          const d = new Date(w);
          const fields = [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          ] as const;
          expect(light.instantOf(...fields)).toBe(fast.instantOf(...fields));
          expect(light.instantOfLocalMs(w)).toBe(fast.instantOfLocalMs(w));
        }
      }
    });
  }

  it('moves a wall time in a spring-forward gap forward and takes the earlier of an overlap', () => {
    const madrid = lightZoneClock('Europe/Madrid');
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(iso(madrid.instantOf(2026, 3, 29, 2, 30))).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(local(madrid, madrid.instantOf(2026, 3, 29, 2, 30))).toEqual([2026, 3, 29, 3, 30]);
    expect(iso(madrid.instantOf(2026, 10, 25, 2, 30))).toBe('2026-10-25T00:30:00.000Z'); // first 02:30
    // Lord Howe moves its clocks by 30 minutes: 02:00 → 02:30 on 2026-10-04.
    const lordHowe = lightZoneClock('Australia/Lord_Howe');
    expect(local(lordHowe, lordHowe.instantOf(2026, 10, 4, 2, 15))).toEqual([2026, 10, 4, 2, 45]);
    // Apia skipped 30 December 2011 entirely: its midnight is the next day's.
    const apia = lightZoneClock('Pacific/Apia');
    expect(local(apia, apia.instantOf(2011, 12, 30))).toEqual([2011, 12, 31, 0, 0]);
  });

  it('reads Kathmandu at +05:45, Santiago in its southern summer, and UTC as UTC', () => {
    const at = Date.UTC(2026, 0, 15, 12);
    expect(lightZoneClock('Asia/Kathmandu').offsetAt(at)).toBe(5 * HOUR + 45 * MINUTE);
    expect(lightZoneClock('America/Santiago').offsetAt(at)).toBe(-3 * HOUR);
    expect(lightZoneClock().offsetAt(at)).toBe(0);
    expect(lightZoneClock().fields(at).weekday).toBe(4); // a Thursday
  });

  it('names a zone that does not exist, like zoneClock', () => {
    expect(() => lightZoneClock('Europe/Atlantis')).toThrow(
      /"Europe\/Atlantis" is not a valid IANA time zone/,
    );
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('Asia/Kathmandu')).toBe(true);
  });

  it('is one shared instance per zone name', () => {
    expect(lightZoneClock('Europe/Madrid')).toBe(lightZoneClock('Europe/Madrid'));
    expect(lightZoneClock('Europe/Madrid')).not.toBe(zoneClock('Europe/Madrid'));
  });
});

describe('KPI-SPEC §Periods and comparison — periodIn / periodsIn cut the periods periodOf cuts', () => {
  const units = fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const);

  it('the same period for any instant, unit, zone and week start, on either clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2038, 0, 1) }),
        units,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 7 }),
        (ms, unit, timeZone, weekStart) => {
          // Named as the clock names its zone (ICU may spell an alias: Asia/Katmandu).
          const light = lightZoneClock(timeZone);
          const expected = {
            ...periodOf(ms, unit, { timeZone, weekStart }),
            timeZone: light.timeZone,
          };
          expect(periodIn(light, ms, unit, { weekStart })).toEqual(expected);
          expect(periodIn(zoneClock(timeZone), ms, unit, { weekStart })).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the same consecutive periods across DST changes (weeks and months of 2026 in Santiago)', () => {
    const range = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    for (const unit of ['week', 'month'] as const) {
      const expected = periodsBetween(range, unit, { timeZone: 'America/Santiago' });
      const light = periodsIn(lightZoneClock('America/Santiago'), range, unit);
      expect(light).toEqual(expected);
      expect(light.length).toBe(unit === 'week' ? 53 : 13);
    }
  });

  it('refuses a bad week start or instant as periodOf does', () => {
    expect(() => periodIn(lightZoneClock(), 0, 'week', { weekStart: 8 })).toThrow(/weekStart/);
    expect(() => periodIn(lightZoneClock(), 'yesterday', 'day')).toThrow(/not an instant/);
  });
});
