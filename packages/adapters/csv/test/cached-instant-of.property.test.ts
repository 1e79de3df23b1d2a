import fc from 'fast-check';
import { zoneClock } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { cachedInstantOf } from '../src/values/cached-instant-of.js';
import { compileDateFormat } from '../src/values/date-format.js';

// DST at 02:00 (Madrid), at midnight (Santiago, Havana), by 30 minutes (Lord Howe), at :45
// offsets (Chatham), south and north, none at all (Kolkata), and historic odd transitions.
const ZONES = [
  'Europe/Madrid',
  'America/Santiago',
  'America/Havana',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Kolkata',
  'America/Mexico_City',
  'UTC',
];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Real wall-clock fields, dense around DST months so the cache meets gaps and overlaps. */
const wallTime = fc
  .record({
    year: fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1900, max: 2100 })),
    month: fc.oneof(fc.constantFrom(3, 4, 9, 10, 11), fc.integer({ min: 1, max: 12 })),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
    minute: fc.oneof(fc.constantFrom(0, 29, 30, 44, 45, 59), fc.integer({ min: 0, max: 59 })),
    second: fc.integer({ min: 0, max: 59 }),
    ms: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999 })),
  })
  .map((f) => {
    const days = f.month === 2 && leap(f.year) ? 29 : MONTH_DAYS[f.month - 1]!;
    return { ...f, day: Math.min(f.day, days) };
  });

describe('date offset cache per local hour equals ZoneClock.instantOf, DST edges included (property)', () => {
  it('for every cell of a column, whatever was cached before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(wallTime, { maxLength: 60 }),
        (zone, cells) => {
          const clock = zoneClock(zone);
          const cached = cachedInstantOf(clock);
          for (const c of cells) {
            // Twice: the first fills the hour's entry, the second reads it.
            for (let k = 0; k < 2; k++) {
              expect(cached(c.year, c.month, c.day, c.hour, c.minute, c.second, c.ms)).toBe(
                clock.instantOf(c.year, c.month, c.day, c.hour, c.minute, c.second, c.ms),
              );
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('minute by minute through spring-forward and fall-back days (Madrid 2026, Lord Howe 2026)', () => {
    for (const [zone, dates] of [
      [
        'Europe/Madrid',
        [
          [2026, 3, 29],
          [2026, 10, 25],
        ],
      ],
      [
        'Australia/Lord_Howe',
        [
          [2026, 4, 5],
          [2026, 10, 4],
        ],
      ],
      [
        'America/Santiago',
        [
          [2026, 4, 5],
          [2026, 9, 6],
        ],
      ],
    ] as const) {
      const clock = zoneClock(zone);
      const cached = cachedInstantOf(clock);
      for (const [y, m, d] of dates) {
        for (let minute = 0; minute < 24 * 60; minute++) {
          const h = Math.floor(minute / 60);
          const mi = minute % 60;
          expect(cached(y, m, d, h, mi, 30, 0)).toBe(clock.instantOf(y, m, d, h, mi, 30, 0));
        }
      }
    }
  });
});

describe('ISO wall times: the plain-form fast path reads as the general reader (property)', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  it('yyyy-MM-dd HH:mm[:ss], space or T, equals ZoneClock.instantOf of its fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        wallTime,
        fc.constantFrom(' ', 'T', 't'),
        fc.boolean(),
        (zone, c, sep, seconds) => {
          const parse = compileDateFormat('iso', zone);
          const text = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}${sep}${pad(c.hour)}:${pad(c.minute)}${seconds ? `:${pad(c.second)}` : ''}`;
          expect(parse(text)).toBe(
            zoneClock(zone).instantOf(
              c.year,
              c.month,
              c.day,
              c.hour,
              c.minute,
              seconds ? c.second : 0,
              0,
            ),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('dates that are not real still get the general reader’s message', () => {
    const parse = compileDateFormat('iso', 'Europe/Madrid');
    expect(parse('2025-02-29 10:00:00')).toBe('"2025-02-29 10:00:00" is not a real date and time');
    expect(parse('2024-02-29 24:00')).toBe('"2024-02-29 24:00" is not a real date and time');
    expect(parse('2024-13-01 10:00:00')).toBe('"2024-13-01 10:00:00" is not a real date and time');
    expect(parse('2024-02-29 10:00:00')).toBe(Date.UTC(2024, 1, 29, 9));
  });
});
