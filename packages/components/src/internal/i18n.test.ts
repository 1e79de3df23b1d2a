import { describe, expect, it } from 'vitest';
import { commonStrings, defineStrings, LANGS, stringLang } from './i18n.js';

describe('i18n (issue 3: es and en strings)', () => {
  it('maps language tags to a string table language, English by default', () => {
    expect(stringLang('es-MX')).toBe('es');
    expect(stringLang('ES_es')).toBe('es');
    expect(stringLang('en-GB')).toBe('en');
    expect(stringLang('de')).toBe('en');
    expect(stringLang('')).toBe('en');
    expect(stringLang(null)).toBe('en');
  });

  it('falls back to English for a key a language leaves out', () => {
    const strings = defineStrings({ en: { a: 'A', b: 'B' }, es: { a: 'Á' } });
    expect(strings('es')).toEqual({ a: 'Á', b: 'B' });
    expect(strings('en')).toEqual({ a: 'A', b: 'B' });
  });

  it('translates every shared string into every language', () => {
    const en = commonStrings('en');
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const table = commonStrings(lang);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(String(table[key]), `${lang}.${key}`).not.toBe(String(en[key]));
      }
    }
  });
});
