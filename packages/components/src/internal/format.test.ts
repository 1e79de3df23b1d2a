import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  formatSigned,
  numberFormat,
} from './format.js';

describe('format (issue 3: numbers, percentages, dates and durations with Intl)', () => {
  it('formats by locale the way Intl does', () => {
    expect(formatNumber('es-ES', 1234.56)).toBe(
      new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 }).format(1234.56),
    );
    expect(formatNumber('en', 31.44)).toBe('31.4');
    expect(formatNumber('es', 31.44)).toBe('31,4');
  });

  it('signs differences and leaves zero unsigned', () => {
    expect(formatSigned('en', 5.25)).toBe('+5.3');
    expect(formatSigned('en', -3)).toBe(new Intl.NumberFormat('en').format(-3));
    expect(formatSigned('en', 0)).toBe('0');
  });

  it('takes percentages on the core’s 0–100 scale', () => {
    expect(formatPercent('en', 79.6)).toBe('79.6%');
    expect(formatPercent('es', 79.6)).toBe(
      new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 }).format(0.796),
    );
  });

  it('formats dates in the given time zone', () => {
    const t = Date.UTC(2026, 0, 31, 23, 30);
    expect(formatDate('en', t, { dateStyle: 'short', timeZone: 'Europe/Madrid' })).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'short', timeZone: 'Europe/Madrid' }).format(t),
    );
  });

  it('picks minutes, hours or days for a duration', () => {
    expect(formatDuration('en', 45)).toContain('45');
    expect(formatDuration('en', 45)).toContain('min');
    expect(formatDuration('en', 90)).toContain('1.5');
    expect(formatDuration('en', 90)).toContain('hr');
    expect(formatDuration('en', 3 * 1440)).toContain('3');
    expect(formatDuration('es', 90)).toContain('1,5');
  });

  it('reuses formatters and survives an invalid locale', () => {
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
    expect(() => formatNumber('not a locale!!', 1.5)).not.toThrow();
    expect(formatNumber('not a locale!!', 1.5)).toBe('1.5');
  });
});
