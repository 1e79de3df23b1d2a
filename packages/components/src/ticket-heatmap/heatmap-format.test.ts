import { describe, expect, it } from 'vitest';
import { hourLabel, hourRange, weekdayName } from './heatmap-format.js';
import { ISO_WEEKDAYS } from './week-start.js';

describe('heatmap labels (issue 3: es/en with Intl, weekday names and hours)', () => {
  it('names ISO weekdays in the locale, long and short', () => {
    expect(ISO_WEEKDAYS.map((d) => weekdayName('es', d))).toEqual([
      'lunes',
      'martes',
      'miércoles',
      'jueves',
      'viernes',
      'sábado',
      'domingo',
    ]);
    expect(weekdayName('en', 7)).toBe('Sunday');
    expect(weekdayName('en', 3, 'short')).toBe('Wed');
  });

  it('formats the hour a cell covers as a range, without a date across midnight', () => {
    expect(hourRange('es', 10)).toBe('10:00–11:00');
    expect(hourRange('es', 0)).toBe('0:00–1:00');
    expect(hourRange('es', 23)).toBe('23:00 – 0:00');
    expect(hourRange('en-US', 23)).toBe('11:00 PM – 12:00 AM');
    for (let hour = 0; hour < 24; hour++) expect(hourRange('en-GB', hour)).not.toMatch(/\d\/\d/);
  });

  it('labels the hour axis in the locale clock (24 h in Spanish, 12 h in US English)', () => {
    expect(hourLabel('es', 13)).toBe('13');
    expect(hourLabel('en-US', 13)).toBe('1 PM');
    expect(hourLabel('en-US', 0)).toBe('12 AM');
  });

  it('is not moved by the machine or a DST day: hours are wall times of the grid', () => {
    // The labels never pass through a real zone, so 2:00 exists although it is skipped on
    // spring-forward days in Madrid.
    expect(hourRange('es', 2)).toBe('2:00–3:00');
  });
});
