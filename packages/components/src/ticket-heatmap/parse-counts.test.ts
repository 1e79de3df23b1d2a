import { describe, expect, it } from 'vitest';
import { parseCounts } from './parse-counts.js';

const grid = (fill = 0) => Array.from({ length: 7 }, () => Array<number>(24).fill(fill));

describe('parseCounts (the counts attribute: 7 × 24 whole numbers, Monday first)', () => {
  it('accepts a valid grid and keeps every value', () => {
    const rows = grid(2);
    rows[6]![23] = 99;
    const parsed = parseCounts(JSON.stringify(rows));
    expect(parsed).toEqual({ ok: true, rows });
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '[[1,2', /not JSON/],
    ['an object', '{"mon":[]}', /7 arrays.*got object/],
    ['6 rows', JSON.stringify(grid().slice(1)), /got 6 rows/],
    [
      'a short row',
      JSON.stringify(grid().map((r, i) => (i === 3 ? r.slice(1) : r))),
      /counts\[3\] .*got 23 values/,
    ],
    [
      'a negative count',
      JSON.stringify(grid().map((r, i) => (i === 2 ? r.map((v, h) => (h === 5 ? -1 : v)) : r))),
      /counts\[2\]\[5\] .*got -1/,
    ],
    [
      'a fraction',
      JSON.stringify(grid().map((r, i) => (i === 0 ? r.map((v, h) => (h === 0 ? 1.5 : v)) : r))),
      /counts\[0\]\[0\] .*got 1.5/,
    ],
    [
      'a string',
      JSON.stringify(grid().map((r, i) => (i === 6 ? r.map((v, h) => (h === 23 ? '3' : v)) : r))),
      /counts\[6\]\[23\] .*got "3"/,
    ],
    [
      'null',
      JSON.stringify(grid().map((r, i) => (i === 1 ? r.map((v, h) => (h === 1 ? null : v)) : r))),
      /counts\[1\]\[1\] .*got null/,
    ],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses ${name} and names the place`, () => {
      const parsed = parseCounts(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    });
  }
});
