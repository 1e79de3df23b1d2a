import { describe, expect, it } from 'vitest';
import {
  compileDateFormat,
  detectDelimiter,
  detectEncoding,
  normalizeHeader,
  parseBoolean,
  parseDuration,
  parseNumber,
} from '../src/index.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s);

describe('dates by format string and time zone (issue #4 §CSV adapter)', () => {
  const madrid = (format: string) => compileDateFormat(format, 'Europe/Madrid');

  it('dd/MM/yyyy HH:mm, and the lowercase dd/mm/yyyy HH:mm people write', () => {
    // 15 January is CET (UTC+1): 09:30 local = 08:30Z.
    expect(madrid('dd/MM/yyyy HH:mm')('15/01/2026 09:30')).toBe(utc(2026, 1, 15, 8, 30));
    expect(madrid('dd/mm/yyyy HH:mm')('15/01/2026 09:30')).toBe(utc(2026, 1, 15, 8, 30));
    // One-digit day and month as spreadsheets write them.
    expect(madrid('dd/MM/yyyy HH:mm')('5/1/2026 9:30')).toBe(utc(2026, 1, 5, 8, 30));
  });

  it('dd-mm-yyyy is midnight local time', () => {
    // 1 July is CEST (UTC+2): 00:00 local = 30 June 22:00Z.
    expect(madrid('dd-mm-yyyy')('01-07-2026')).toBe(utc(2026, 6, 30, 22));
  });

  it('US MM/dd/yyyy h:mm a, including 12 AM and 12 PM', () => {
    const us = compileDateFormat('MM/dd/yyyy h:mm a', 'America/New_York');
    // 7 March 2026 is EST (UTC−5).
    expect(us('03/07/2026 9:05 PM')).toBe(utc(2026, 3, 8, 2, 5));
    expect(us('03/07/2026 12:00 AM')).toBe(utc(2026, 3, 7, 5));
    expect(us('03/07/2026 12:00 pm')).toBe(utc(2026, 3, 7, 17));
    expect(us('03/07/2026 13:00 PM')).toMatch(/not a real date/);
  });

  it('ISO with an offset is that instant; without one, wall time in the zone', () => {
    const iso = madrid('iso');
    expect(iso('2026-03-29T01:30:00Z')).toBe(utc(2026, 3, 29, 1, 30));
    expect(iso('2026-03-29T03:30:00+02:00')).toBe(utc(2026, 3, 29, 1, 30));
    expect(iso('2026-01-10T10:00:00.250-0300')).toBe(utc(2026, 1, 10, 13) + 250);
    expect(iso('2026-01-10 10:00')).toBe(utc(2026, 1, 10, 9));
    expect(iso('2026-01-10')).toBe(utc(2026, 1, 9, 23));
  });

  it('DST: a wall time in the spring gap moves past it; in the autumn overlap the earlier instant (core zoneClock)', () => {
    const iso = madrid('iso');
    // 2026-03-29 02:00 CET → 03:00 CEST: 02:30 does not exist, read as 03:30 CEST = 01:30Z.
    expect(iso('2026-03-29 02:30')).toBe(utc(2026, 3, 29, 1, 30));
    // 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice, the first at 00:30Z.
    expect(iso('2026-10-25 02:30')).toBe(utc(2026, 10, 25, 0, 30));
    expect(iso('2026-10-25 03:30')).toBe(utc(2026, 10, 25, 2, 30));
  });

  it('impossible or mismatched dates are messages naming the text, never a rolled-over date', () => {
    const iso = madrid('iso');
    expect(iso('2026-02-29 10:00')).toBe('"2026-02-29 10:00" is not a real date and time');
    expect(iso('2028-02-29 10:00')).toBe(utc(2028, 2, 29, 9));
    expect(iso('29/02/2028')).toBe('"29/02/2028" does not match the date format iso');
    expect(madrid('dd/MM/yyyy')('2026-01-01')).toMatch(
      /does not match the date format dd\/MM\/yyyy/,
    );
  });

  it('rejects a format it cannot read when it is compiled, not per row', () => {
    expect(() => madrid('dd/MM/yyyy QQ')).toThrow(/"QQ" is not a field/);
    expect(() => madrid('dd/MM HH:mm')).toThrow(/has no year field/);
    expect(() => madrid('dd/MM/yyyy hh:mm')).toThrow(/AM\/PM/);
    expect(() => compileDateFormat('iso', 'Mars/Olympus')).toThrow(/not a valid IANA time zone/);
  });
});

describe('numbers: decimal point or comma; empty is missing, never 0', () => {
  it.each([
    ['12', '.', 12],
    ['12.5', '.', 12.5],
    ['1,234.5', '.', 1234.5],
    ['12,5', ',', 12.5],
    ['1.234,5', ',', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['-3', '.', -3],
    ['', '.', undefined],
    ['  ', ',', undefined],
    ['12,5', '.', undefined],
    ['1.2.3', ',', undefined],
    ['doce', '.', undefined],
  ] as const)('%j with decimal %j → %j', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });
});

describe('booleans in English and Spanish', () => {
  it.each(['sí', 'Sí', 'si', 'SI', 'verdadero', 'true', 'TRUE', 'yes', '1', ' x '])(
    '%j is true',
    (t) => expect(parseBoolean(t)).toBe(true),
  );
  it.each(['no', 'No', 'falso', 'false', '0', 'n'])('%j is false', (t) =>
    expect(parseBoolean(t)).toBe(false),
  );
  it.each(['', 'quizás', 'maybe', '2'])('%j is neither', (t) =>
    expect(parseBoolean(t)).toBeUndefined(),
  );
});

describe('durations: minutes, hours, HH:MM:SS, milliseconds', () => {
  it('reads units and clocks into milliseconds', () => {
    expect(parseDuration('38', 'minutes', '.')).toBe(38 * 60_000);
    expect(parseDuration('1,5', 'hours', ',')).toBe(90 * 60_000);
    expect(parseDuration('49:10:05', 'hours', '.')).toBe((49 * 3600 + 10 * 60 + 5) * 1000);
    expect(parseDuration('00:37:47', 'hh:mm:ss', '.')).toBe(2_267_000);
    expect(parseDuration('2267000', 'auto', '.')).toBe(2_267_000);
    expect(parseDuration('00:37:47', 'auto', '.')).toBe(2_267_000);
    expect(parseDuration('0', 'minutes', '.')).toBe(0);
  });

  it('empty, negative and malformed are undefined', () => {
    expect(parseDuration('', 'minutes', '.')).toBeUndefined();
    expect(parseDuration('-5', 'minutes', '.')).toBeUndefined();
    expect(parseDuration('12:75', 'hh:mm:ss', '.')).toBeUndefined();
    expect(parseDuration('12', 'hh:mm:ss', '.')).toBeUndefined();
  });
});

describe('header matching tolerates case, accents, spacing and punctuation', () => {
  it.each([
    ['Fecha de creación', 'fecha_de_creacion'],
    [' FECHA  DE CREACION ', 'fecha_de_creacion'],
    ['fecha-de-creación', 'fecha_de_creacion'],
    ['First response time (in hrs)', 'first_response_time_in_hrs'],
    ['Nº ticket', 'nº_ticket'],
  ])('%j → %j', (header, normal) => expect(normalizeHeader(header)).toBe(normal));
});

describe('encoding detection', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('BOMs, UTF-16 without BOM, valid UTF-8, Windows-1252, and UTF-8 with pasted 1252 bytes', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
      evidence: 'bom',
    });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    });
    const le = new Uint8Array(Buffer.from('id,fecha\n1,2\n', 'utf16le'));
    expect(detectEncoding(le)).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 0,
      evidence: 'nul-pattern',
    });
    expect(detectEncoding(new TextEncoder().encode('año'))).toMatchObject({
      encoding: 'utf-8',
      evidence: 'valid-utf-8',
    });
    expect(detectEncoding(bytes(0x61, 0xf1, 0x6f))).toMatchObject({
      encoding: 'windows-1252',
      evidence: 'invalid-utf-8',
    });
    // "ñ" in UTF-8, then "é" in Windows-1252: a mixed file, read as UTF-8.
    expect(detectEncoding(bytes(0xc3, 0xb1, 0x2c, 0xe9, 0x2c))).toMatchObject({
      encoding: 'utf-8',
      evidence: 'mixed-utf-8',
    });
    // A multi-byte character cut by the end of the sample is not an error.
    expect(detectEncoding(bytes(0x61, 0xc3))).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('delimiter detection', () => {
  it.each([
    ['id,fecha,estado\n1,2,3\n', ','],
    ['id;importe;estado\n1;12,5;abierto\n2;1.234,50;cerrado\n', ';'],
    ['id\tnombre\n1\t"a, b; c"\n', '\t'],
    ['id|nombre|x\n1|a,b|c\n', '|'],
    ['"a,b";c\n"d,e";f\n', ';'],
    ['solo\n1\n', ','],
  ])('%j → %j', (sample, delimiter) => expect(detectDelimiter(sample)).toBe(delimiter));
});
