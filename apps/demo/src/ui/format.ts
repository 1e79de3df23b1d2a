import type { ComparisonResult } from '@tablero/core';
import { t, type Lang } from '../i18n/strings.js';

export const localeOf = (lang: Lang) => (lang === 'es' ? 'es-ES' : 'en-GB');

/** Minutes as people read them: `45 min` under two hours, else hours with one decimal. */
export function formatMinutes(lang: Lang, minutes: number | null): string {
  if (minutes === null) return '—';
  const hours = minutes >= 120;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: hours ? 'hour' : 'minute',
    unitDisplay: 'short',
    maximumFractionDigits: hours ? 1 : 0,
  }).format(hours ? minutes / 60 : minutes);
}

export function formatPercent(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value / 100);
}

export function formatCount(lang: Lang, value: number): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** `−12 min · better`, the change in the KPI's own unit and its direction. */
export function formatChange(
  lang: Lang,
  c: ComparisonResult,
  unit: 'minutes' | 'points' | 'count',
): string {
  if (c.delta === null || c.direction === null) return '—';
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  const size = Math.abs(c.delta);
  const amount =
    unit === 'minutes'
      ? formatMinutes(lang, size)
      : unit === 'points'
        ? `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(size)} pp`
        : formatCount(lang, size);
  return `${sign}${amount} · ${t(lang, c.direction)}`;
}
