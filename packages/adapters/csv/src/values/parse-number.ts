/** How a file writes the decimal point. `auto`: a comma in `;`-delimited files (Excel in Spanish), else a point. */
export type DecimalSeparator = '.' | ',';

const POINT = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const COMMA = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$|^[+-]?,\d+$/;
const HAS_SPACE = /[\s\u00a0\u202f]/;
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number as people write it: `1234.5`, `1,234.5` with a decimal point, `1234,5` or `1.234,5`
 * with a decimal comma (spaces as thousands separators too). Anything else, including an
 * empty cell, is `undefined` — never `0`.
 */
export function parseNumber(text: string, decimal: DecimalSeparator): number | undefined {
  const plain = plainInteger(text);
  if (plain !== undefined) return plain;
  let s = text.trim();
  if (s === '') return undefined;
  if (HAS_SPACE.test(s)) s = s.replace(SPACES, '');
  if (decimal === '.') {
    if (!POINT.test(s)) return undefined;
    return Number(s.replace(/,/g, ''));
  }
  if (!COMMA.test(s)) return undefined;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** Fast path for the commonest cell, a run of at most 15 digits (exact as a double). */
function plainInteger(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    value = value * 10 + c;
  }
  return value;
}
