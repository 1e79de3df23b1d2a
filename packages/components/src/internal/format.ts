/**
 * Intl formatting by locale. Building an `Intl.NumberFormat` costs far more than using one, and
 * a chart formats hundreds of numbers per render, so formatters are cached by locale + options.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  make: (locale: string) => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    try {
      formatter = make(locale);
    } catch {
      // An invalid `lang` (e.g. "xx-!!") must not break the element: fall back to English.
      formatter = make('en');
    }
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return cached('n', locale, options, (l) => new Intl.NumberFormat(l, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
  return cached('d', locale, options, (l) => new Intl.DateTimeFormat(l, options));
}

/** A number with at most `digits` fraction digits (`42`, `31,4`). */
export const formatNumber = (locale: string, value: number, digits = 1) =>
  numberFormat(locale, { maximumFractionDigits: digits }).format(value);

/** A signed difference: `+5,2`, `−3`, `0`. */
export const formatSigned = (locale: string, value: number, digits = 1) =>
  numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);

/** A percentage given on the 0–100 scale the core uses (`79.6` → `79,6 %` in Spanish). */
export const formatPercent = (locale: string, value: number, digits = 1) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);

/** A date (epoch ms or `Date`) with the given `Intl.DateTimeFormat` options, in `timeZone`. */
export const formatDate = (
  locale: string,
  value: number | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) => dateFormat(locale, options).format(value);

/**
 * A duration given in minutes, in the largest unit that keeps it readable: `45 min`, `3,5 h`,
 * `2,1 d`. `Intl.NumberFormat` units rather than `Intl.DurationFormat`, which not every
 * browser we support has.
 */
export function formatDuration(locale: string, minutes: number, digits = 1): string {
  const abs = Math.abs(minutes);
  const [unit, amount] =
    abs < 60
      ? (['minute', minutes] as const)
      : abs < 48 * 60
        ? (['hour', minutes / 60] as const)
        : (['day', minutes / 1440] as const);
  return numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(amount);
}
