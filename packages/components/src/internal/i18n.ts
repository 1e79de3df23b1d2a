/**
 * Languages every element ships strings for. The tuple is the one source of the `Lang` union,
 * of the docs and of the tests' loops (DESIGN.md convention 6).
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A string table: plain strings, or functions of already formatted values. */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;

/** The English table is complete; every other language may leave keys to the English fallback. */
export type Strings<T extends StringTable> = { en: T } & { [L in Exclude<Lang, 'en'>]: Partial<T> };

/**
 * Declares an element's strings. English is required and defines the keys; a missing key in
 * another language falls back to English rather than showing a key name.
 */
export function defineStrings<T extends StringTable>(tables: Strings<T>): (lang: Lang) => T {
  const merged = Object.fromEntries(LANGS.map((l) => [l, { ...tables.en, ...tables[l] }]));
  return (lang) => (merged[lang] as T | undefined) ?? tables.en;
}

/** The string language for a BCP 47 tag: `es-MX` → `es`; anything unknown → `en`. */
export function stringLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : 'en';
}

/** Strings every element shares: states and the table toggle. */
export const commonStrings = defineStrings({
  en: {
    loading: 'Loading…',
    empty: 'No data yet',
    error: 'Could not load the data',
    invalid: 'Cannot show this chart: invalid data',
    invalidAttributes: (names: string) => `Check ${names}`,
    showTable: 'View as table',
    hideTable: 'Hide table',
    rejected: (count: string) => `${count} records were rejected as invalid`,
  },
  es: {
    loading: 'Cargando…',
    empty: 'Aún no hay datos',
    error: 'No se pudieron cargar los datos',
    invalid: 'No se puede mostrar este gráfico: datos no válidos',
    invalidAttributes: (names: string) => `Revise ${names}`,
    showTable: 'Ver como tabla',
    hideTable: 'Ocultar tabla',
    rejected: (count: string) => `Se rechazaron ${count} registros no válidos`,
  },
});
