import { weekdayName } from './heatmap-format.js';

/** ISO weekdays, Monday = 1 … Sunday = 7: the numbering core's `weekStart` and `weekdays` use. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

/**
 * Regions whose weeks start on Sunday or Saturday in CLDR's `firstDay` data (every other
 * region starts on Monday), two-letter codes packed end to end. Only used where the browser lacks `Intl.Locale#getWeekInfo`
 * (Firefox before 2025, older Safari): a short table is better than assuming Monday for the US.
 */
const SUNDAY_REGIONS =
  'AGASBDBRBSBTBWBZCACNCODMDOETGTGUHKHNIDILINJMJPKEKHKRLAMHMMMOMTMXMZNINPPAPEPHPKPRPTPYSASGSVTHTTTWUMUSVEVIWSYEZAZW';
const SATURDAY_REGIONS = 'AEAFBHDJDZEGIQIRJOKWLYOMQASDSY';

interface WeekInfo {
  firstDay: number;
}
/** `getWeekInfo()` is the standard method; Chrome 99–129 and Safari 17 shipped a `weekInfo` getter. */
interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
}

/**
 * The ISO weekday a locale's weeks start on: `es` → 1 (Monday), `en-US` → 7 (Sunday). Asks
 * `Intl.Locale#getWeekInfo()` (which also honours a `-u-fw-` extension), and falls back to the
 * region table; a tag `Intl` cannot read gives Monday, the ISO 8601 default core uses.
 */
export function localeWeekStart(locale: string): IsoWeekday {
  let parsed: LocaleWithWeekInfo;
  try {
    parsed = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  const info = parsed.getWeekInfo?.() ?? parsed.weekInfo;
  if (info && isIsoWeekday(info.firstDay)) return info.firstDay;
  return regionWeekStart(parsed);
}

/** The fallback: the region of the tag, or the likely region of its language (`en` → US). */
export function regionWeekStart(locale: Intl.Locale): IsoWeekday {
  const region = locale.region ?? locale.maximize().region ?? '';
  // Read two letters at a time: a match across two codes (`PY`+`SA` holds `YS`) is none.
  const has = (table: string) => table.match(/../g)!.includes(region);
  return has(SUNDAY_REGIONS) ? 7 : has(SATURDAY_REGIONS) ? 6 : 1;
}

/**
 * Reads a `week-start` attribute: `1`–`7` (ISO, 7 = Sunday) or an English weekday name, full
 * or three letters, any case (`monday`, `Sun`). Returns `null` for anything else, which the
 * element reports as an invalid attribute rather than guessing.
 */
export function parseWeekStart(value: string): IsoWeekday | null {
  const text = value.trim().toLowerCase();
  if (/^[1-7]$/.test(text)) return Number(text) as IsoWeekday;
  // English names from Intl rather than a table of our own: the week-start attribute is English.
  // Whole names or their first three letters only (`mo` matches neither).
  const day = ISO_WEEKDAYS.find((weekday) => {
    const name = weekdayName('en', weekday).toLowerCase();
    return name === text || name.slice(0, 3) === text;
  });
  return day ?? null;
}

export const isIsoWeekday = (value: unknown): value is IsoWeekday =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;

/** ISO weekdays in row order, starting at `weekStart` (`7` → Sunday, Monday, … Saturday). */
export const weekdayOrder = (weekStart: IsoWeekday): IsoWeekday[] =>
  ISO_WEEKDAYS.map((_, i) => (((weekStart - 1 + i) % 7) + 1) as IsoWeekday);
