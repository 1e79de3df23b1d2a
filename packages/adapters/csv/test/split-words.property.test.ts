import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWords } from '../src/values/split-words.js';

/** The list reader's definition before the scan: split on the class, trim, drop empties. */
const byRegex = (cell: string) =>
  cell
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);

// Every character `\s` matches, plus the two separators and some word characters around them.
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const ALPHABET = [...`${SPACES},;ab_-éñ\u200b\u0085`];

describe('tags split (default list separator): the scan equals the regex split (property)', () => {
  it('on cells of words, separators and every white-space character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const cell = chars.join('');
        expect(splitWords(cell)).toEqual(byRegex(cell));
      }),
      { numRuns: 2000 },
    );
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (cell) => {
        expect(splitWords(cell)).toEqual(byRegex(cell));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps words whole and drops empty pieces', () => {
    expect(splitWords(' vip, billing;;urgent\tes ')).toEqual(['vip', 'billing', 'urgent', 'es']);
    expect(splitWords(',; ')).toEqual([]);
  });
});
