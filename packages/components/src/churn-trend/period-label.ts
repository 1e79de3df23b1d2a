import { formatDate, formatNumber, numberFormat } from '../internal/format.js';

/** The words a period label needs besides what `Intl` formats; from the element's strings. */
export interface PeriodWords {
  /** `(quarter, year)` → `Q1 2025` / `T1 2025`. */
  quarter: (quarter: string, year: string) => string;
  /** `(week, year)` → `W13 2025` / `S13 2025`. */
  week: (week: string, year: string) => string;
  /** `(date)` → `Week of 29 Mar` / `Semana del 29 mar`. */
  weekOf: (date: string) => string;
}

export type LabelStyle = 'short' | 'long';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
/** A month `2025-03`, or a day `2025-03-29`, optionally the week starting then (`/P1W`). */
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(\/P1W)?)?$/;

/** Years are not quantities: `2025`, never `2.025`. */
const year = (locale: string, y: string) =>
  numberFormat(locale, { useGrouping: false }).format(Number(y));

/**
 * Turns core's stable period labels (`2025-03`, `2025-Q1`, `2025-W13`, `2025-03-29/P1W`) into
 * words in the reader's language: `Mar 25` on the axis and `March 2025` in the tooltip and
 * table, `mar 25` / `marzo de 2025` in Spanish. Any other label is the page's own text and
 * is shown as given. Dates are formatted in UTC because the label already names the local
 * calendar day; converting it again would shift it by the reader's offset.
 */
export function formatPeriodLabel(
  label: string,
  locale: string,
  style: LabelStyle,
  words: PeriodWords,
): string {
  let m: RegExpMatchArray | null;
  if ((m = label.match(QUARTER)))
    return words.quarter(formatNumber(locale, Number(m[2])), year(locale, m[1]!));
  if ((m = label.match(ISO_WEEK))) {
    const week = formatNumber(locale, Number(m[2]));
    return style === 'short' ? words.week(week, '').trim() : words.week(week, year(locale, m[1]!));
  }
  if ((m = label.match(DATE))) {
    const long = style === 'long';
    const date = formatDate(
      locale,
      Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)),
      m[3]
        ? { timeZone: 'UTC', day: 'numeric', month: 'short', ...(long ? { year: 'numeric' } : {}) }
        : { timeZone: 'UTC', month: long ? 'long' : 'short', year: long ? 'numeric' : '2-digit' },
    );
    return m[4] && long ? words.weekOf(date) : date;
  }
  return label;
}
