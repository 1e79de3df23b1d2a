import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/index.js';

const HOUR = 3_600_000;

function intlReader(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  return (ms: number) => {
    const parts = format.formatToParts(ms);
    const get = (type: string) => parts.find((p) => p.type === type)!.value;
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
    return {
      year: +get('year'),
      month: +get('month'),
      day: +get('day'),
      hour: +get('hour'),
      minute: +get('minute'),
      weekday,
    };
  };
}

describe('KPI-SPEC §Ground rules — time: calendar fields in an IANA zone, DST-correct', () => {
  for (const timeZone of [
    'Europe/Madrid',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/Sao_Paulo',
  ]) {
    it(`agrees with Intl at every quarter hour of 2025–2026 in ${timeZone}`, () => {
      const clock = zoneClock(timeZone);
      const intlFields = intlReader(timeZone);
      const start = Date.UTC(2025, 0, 1);
      let mismatches = 0;
      for (let ms = start; ms < Date.UTC(2027, 0, 1); ms += HOUR / 4) {
        const ours = clock.fields(ms);
        const theirs = intlFields(ms);
        if (
          ours.hour !== theirs.hour ||
          ours.minute !== theirs.minute ||
          ours.day !== theirs.day ||
          ours.month !== theirs.month ||
          ours.year !== theirs.year ||
          ours.weekday !== theirs.weekday
        ) {
          mismatches++;
        }
      }
      expect(mismatches).toBe(0);
    });
  }

  it('agrees with Intl on instants in random order across 1990–2040 (the per-day table grows both ways)', () => {
    const clock = zoneClock('America/Santiago');
    const intlFields = intlReader('America/Santiago');
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const from = Date.UTC(1990, 0, 1);
    const span = Date.UTC(2040, 0, 1) - from;
    let mismatches = 0;
    for (let i = 0; i < 20000; i++) {
      const ms = from + Math.floor(next() * span);
      const ours = clock.fields(ms);
      const theirs = intlFields(ms);
      if (ours.hour !== theirs.hour || ours.day !== theirs.day || ours.minute !== theirs.minute)
        mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('finds the Madrid transitions to the second: 2026-03-29 01:00Z and 2026-10-25 01:00Z', () => {
    const madrid = zoneClock('Europe/Madrid');
    const spring = Date.parse('2026-03-29T01:00:00Z');
    expect(madrid.offsetAt(spring - 1)).toBe(HOUR);
    expect(madrid.offsetAt(spring)).toBe(2 * HOUR);
    const autumn = Date.parse('2026-10-25T01:00:00Z');
    expect(madrid.offsetAt(autumn - 1)).toBe(2 * HOUR);
    expect(madrid.offsetAt(autumn)).toBe(HOUR);
  });

  it('resolves a wall time in the spring gap forward and one in the autumn overlap to the earlier instant', () => {
    const madrid = zoneClock('Europe/Madrid');
    expect(new Date(madrid.instantOf(2026, 3, 29, 2, 30)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    ); // = 03:30 CEST
    expect(new Date(madrid.instantOf(2026, 10, 25, 2, 30)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    ); // first 02:30 (CEST)
    const ny = zoneClock('America/New_York');
    expect(new Date(ny.instantOf(2026, 3, 8, 2, 30)).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    ); // = 03:30 EDT
    expect(new Date(ny.instantOf(2026, 11, 1, 1, 30)).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    ); // first 01:30 (EDT)
  });

  it('names a zone that does not exist', () => {
    expect(() => zoneClock('Europe/Atlantis')).toThrow(
      /"Europe\/Atlantis" is not a valid IANA time zone/,
    );
  });
});
