import { zoneClock, type ZoneClock } from '@tablero/core';
import { cachedInstantOf, type InstantOf } from './cached-instant-of.js';

/**
 * Reads a date cell: epoch ms, or a message saying why not. Wall times (no offset in the
 * text) are read in the time zone the parser was made for, DST-correct through core's
 * `zoneClock`: in a spring-forward gap the time moves past the gap, in a fall-back overlap the
 * earlier instant is taken (Temporal's `compatible`).
 */
export type DateParser = (text: string) => number | string;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the text carries an offset. */
  offset?: number;
}

/**
 * `format` is `iso` (or `auto`: the same) — `2026-03-29 02:30`, `2026-03-29T02:30:00.5Z`,
 * `2026-03-29T02:30+01:00`, `2026-03-29` — or a pattern of `yyyy yy MM M dd d HH H hh h mm m
 * ss s SSS a` and literal characters: `dd/MM/yyyy HH:mm`, `dd-MM-yyyy`, `MM/dd/yyyy h:mm a`.
 * Numeric fields accept one or two digits, as spreadsheets drop leading zeros. As people
 * write them in the issue tracker and in Excel, `YYYY` and `DD` mean year and day, and a
 * lowercase `mm` before any hour field means month (`dd/mm/yyyy HH:mm`).
 */
export function compileDateFormat(format: string, timeZone: string): DateParser {
  const clock = zoneClock(timeZone);
  const iso = format === 'iso' || format === 'auto';
  const read = iso ? readIso : patternReader(format);
  const general: DateParser = (text) => {
    const s = text.trim();
    const parts = read(s);
    if (parts === undefined) return `"${s}" does not match the date format ${format}`;
    if (!isReal(parts)) return `"${s}" is not a real date and time`;
    return toInstant(parts, clock);
  };
  if (!iso) return general;
  const instantOf = cachedInstantOf(clock);
  return (text) => {
    const ms = plainIsoWallTime(text, instantOf);
    return ms === undefined ? general(text) : ms;
  };
}

/**
 * The form exports write a million times, `yyyy-MM-dd HH:mm:ss` (or `T`, or without seconds),
 * read without a parts object and with the zone offset cached per hour. Anything else, and any
 * date that is not real, is `undefined` and goes through the general reader, which explains it.
 */
function plainIsoWallTime(s: string, instantOf: InstantOf): number | undefined {
  const n = s.length;
  if (n !== 19 && n !== 16) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return undefined;
  const t = s.charCodeAt(10);
  if (t !== 32 && t !== 84 && t !== 116) return undefined;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  // twoDigits gives -1 for a non-digit, which makes the OR negative.
  if ((century | yy | month | day | hour | minute) < 0) return undefined;
  let second = 0;
  if (n === 19) {
    if (s.charCodeAt(16) !== 58) return undefined;
    second = twoDigits(s, 17);
    if (second < 0) return undefined;
  }
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  if (day > 28 && day > daysIn(year, month)) return undefined;
  return instantOf(year, month, day, hour, minute, second, 0);
}

/** The two digits at `i` as a number, or -1 when either is not an ASCII digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function toInstant(p: Parts, clock: ZoneClock): number {
  if (p.offset !== undefined) {
    return (
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - p.offset * 60_000
    );
  }
  return clock.instantOf(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isReal(p: Parts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  return p.day <= daysIn(p.year, p.month) && p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

const d = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const TIME_DIGITS = [11, 12, 14, 15];
function digitsAt(s: string, positions: readonly number[]): boolean {
  for (let k = 0; k < positions.length; k++) if (!isDigit(s, positions[k]!)) return false;
  return true;
}

/** ISO 8601 by hand: the common case, a million times per file, without a regex. */
function readIso(s: string): Parts | undefined {
  if (s.length < 10 || s[4] !== '-' || s[7] !== '-') return undefined;
  if (!digitsAt(s, DATE_DIGITS)) return undefined;
  const p: Parts = {
    year: d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3),
    month: d(s, 5) * 10 + d(s, 6),
    day: d(s, 8) * 10 + d(s, 9),
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
  };
  if (s.length === 10) return p;
  if ((s[10] !== 'T' && s[10] !== 't' && s[10] !== ' ') || s.length < 16 || s[13] !== ':')
    return undefined;
  if (!digitsAt(s, TIME_DIGITS)) return undefined;
  p.hour = d(s, 11) * 10 + d(s, 12);
  p.minute = d(s, 14) * 10 + d(s, 15);
  let i = 16;
  if (s[i] === ':') {
    if (!isDigit(s, i + 1) || !isDigit(s, i + 2)) return undefined;
    p.second = d(s, i + 1) * 10 + d(s, i + 2);
    i += 3;
    if (s[i] === '.' || s[i] === ',') {
      let j = i + 1;
      let frac = '';
      while (j < s.length && isDigit(s, j)) frac += s[j++];
      if (frac === '') return undefined;
      p.ms = Number(frac.slice(0, 3).padEnd(3, '0'));
      i = j;
    }
  }
  if (i === s.length) return p;
  const rest = s.slice(i).trim();
  if (rest === 'Z' || rest === 'z') {
    p.offset = 0;
    return p;
  }
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(rest);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return undefined;
  p.offset = m[1] === '-' ? -minutes : minutes;
  return p;
}

type Field =
  'year' | 'year2' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second' | 'ms' | 'ampm';

const TOKEN_FIELDS: Record<string, Field> = {
  yyyy: 'year',
  YYYY: 'year',
  yy: 'year2',
  YY: 'year2',
  MM: 'month',
  M: 'month',
  dd: 'day',
  d: 'day',
  DD: 'day',
  D: 'day',
  HH: 'hour',
  H: 'hour',
  hh: 'hour12',
  h: 'hour12',
  mm: 'minute',
  m: 'minute',
  ss: 'second',
  s: 'second',
  SSS: 'ms',
  a: 'ampm',
  A: 'ampm',
};

const FIELD_PATTERN: Record<Field, string> = {
  year: '(\\d{4})',
  year2: '(\\d{2})',
  month: '(\\d{1,2})',
  day: '(\\d{1,2})',
  hour: '(\\d{1,2})',
  hour12: '(\\d{1,2})',
  minute: '(\\d{2})',
  second: '(\\d{2})',
  ms: '(\\d{1,3})',
  ampm: '([AaPp]\\.?\\s?[Mm]\\.?)',
};

/** Splits a pattern into fields and literal text; throws a RangeError on a pattern it cannot read. */
function tokens(format: string): { text: string; field?: Field }[] {
  const out: { text: string; field?: Field }[] = [];
  for (let i = 0; i < format.length;) {
    const c = format[i]!;
    let j = i;
    while (j < format.length && format[j] === c) j++;
    const run = format.slice(i, j);
    if (/[A-Za-z]/.test(c)) {
      const field = TOKEN_FIELDS[run];
      if (!field) {
        throw new RangeError(
          `date format "${format}": "${run}" is not a field (use yyyy, MM, dd, HH, hh, mm, ss, SSS, a)`,
        );
      }
      out.push({ text: run, field });
    } else {
      out.push({ text: run });
    }
    i = j;
  }
  // `mm` before any hour field, with no `M` anywhere, is the month (`dd/mm/yyyy HH:mm`).
  if (!out.some((t) => t.text[0] === 'M')) {
    for (const t of out) {
      if (t.field === 'hour' || t.field === 'hour12') break;
      if (t.field === 'minute') t.field = 'month';
    }
  }
  return out;
}

function patternReader(format: string): (s: string) => Parts | undefined {
  const list = tokens(format);
  const fields = list.filter((t) => t.field).map((t) => t.field!);
  for (const need of ['year', 'month', 'day'] as const) {
    if (!fields.includes(need) && !(need === 'year' && fields.includes('year2'))) {
      throw new RangeError(`date format "${format}" has no ${need} field`);
    }
  }
  if (fields.includes('hour12') !== fields.includes('ampm')) {
    throw new RangeError(`date format "${format}": use h/hh together with a (AM/PM), or HH`);
  }
  const source = list
    .map((t) => (t.field ? FIELD_PATTERN[t.field] : t.text.trim() === '' ? '\\s+' : escape(t.text)))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (s) => {
    const m = regex.exec(s);
    if (!m) return undefined;
    const p: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: 0 };
    let pm: boolean | undefined;
    fields.forEach((field, k) => {
      const v = m[k + 1]!;
      switch (field) {
        case 'year2': {
          const yy = Number(v);
          p.year = yy < 70 ? 2000 + yy : 1900 + yy;
          break;
        }
        case 'hour12':
          p.hour = Number(v);
          break;
        case 'ms':
          p.ms = Number(v.padEnd(3, '0'));
          break;
        case 'ampm':
          pm = v[0] === 'p' || v[0] === 'P';
          break;
        default:
          p[field] = Number(v);
      }
    });
    if (pm !== undefined) {
      if (p.hour < 1 || p.hour > 12) return { ...p, hour: 99 };
      p.hour = (p.hour % 12) + (pm ? 12 : 0);
    }
    return p;
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
