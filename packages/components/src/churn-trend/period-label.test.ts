import { describe, expect, it } from 'vitest';
import { churnTrendStrings } from './churn-trend.strings.js';
import { formatPeriodLabel } from './period-label.js';

const en = churnTrendStrings('en');
const es = churnTrendStrings('es');

describe('formatPeriodLabel: core period labels in words (issue 3, Intl dates)', () => {
  it('formats months with Intl in each language', () => {
    expect(formatPeriodLabel('2025-03', 'en', 'long', en)).toBe('March 2025');
    expect(formatPeriodLabel('2025-03', 'es', 'long', es)).toBe('marzo de 2025');
    expect(formatPeriodLabel('2025-03', 'en', 'short', en)).toBe('Mar 25');
    expect(formatPeriodLabel('2025-03', 'es', 'short', es)).toBe('mar 25');
  });
  it('names quarters and ISO weeks in the language of the strings', () => {
    expect(formatPeriodLabel('2025-Q1', 'en', 'long', en)).toBe('Q1 2025');
    expect(formatPeriodLabel('2025-Q1', 'es', 'long', es)).toBe('T1 2025');
    expect(formatPeriodLabel('2025-W09', 'en', 'long', en)).toBe('W9 2025');
    expect(formatPeriodLabel('2025-W09', 'es', 'short', es)).toBe('S9');
  });
  it('shows a week that starts on another day by its first date', () => {
    expect(formatPeriodLabel('2025-03-30/P1W', 'en', 'long', en)).toBe('week of Mar 30, 2025');
    expect(formatPeriodLabel('2025-03-30/P1W', 'es', 'short', es)).toBe('30 mar');
  });
  it('keeps a label of the page’s own as given', () => {
    expect(formatPeriodLabel('Spring <b>sale</b>', 'en', 'long', en)).toBe('Spring <b>sale</b>');
  });
});
