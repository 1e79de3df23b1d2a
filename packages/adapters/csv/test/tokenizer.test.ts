import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvTokenizer, type CsvRow } from '../src/index.js';

const rowsOf = (text: string, delimiter = ',') =>
  new CsvTokenizer({ delimiter }).push(text, true).map((r) => ({ fields: r.fields, line: r.line }));

describe('CsvTokenizer (RFC 4180 §2)', () => {
  it('splits records on LF, CRLF and CR alike and numbers physical lines', () => {
    expect(rowsOf('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['c', 'd'], line: 2 },
      { fields: ['e', 'f'], line: 3 },
      { fields: ['g', 'h'], line: 4 },
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks (§2.6, §2.7)', () => {
    const rows = rowsOf('id,text\n1,"a, ""b""\r\nc\rd"\n2,x\n');
    expect(rows).toEqual([
      { fields: ['id', 'text'], line: 1 },
      { fields: ['1', 'a, "b"\r\nc\rd'], line: 2 },
      // Two line breaks inside the quotes: the next record starts on physical line 5.
      { fields: ['2', 'x'], line: 5 },
    ]);
  });

  it('keeps an empty last field and empty quoted fields', () => {
    expect(rowsOf('a,,""\n,\n')).toEqual([
      { fields: ['a', '', ''], line: 1 },
      { fields: ['', ''], line: 2 },
    ]);
  });

  it('gives the same rows whatever the chunk boundaries, even inside "" and CRLF', () => {
    const text = 'x;"q""\r\nz";3\r\n"";"a;b"\r\nlast;1;2';
    const whole = rowsOf(text, ';');
    for (let cut = 1; cut < text.length; cut++) {
      const t = new CsvTokenizer({ delimiter: ';' });
      const rows = [...t.push(text.slice(0, cut)), ...t.push(text.slice(cut), true)];
      expect(
        rows.map((r) => ({ fields: r.fields, line: r.line })),
        `cut at ${cut}`,
      ).toEqual(whole);
    }
  });

  it('reports an unbalanced quote at the end and reads on from the next line', () => {
    const rows = new CsvTokenizer({ delimiter: ',' }).push('a,b\n1,"open\n2,ok\n', true);
    expect(rows.map((r) => [r.line, r.problem?.reason, r.fields])).toEqual([
      [1, undefined, ['a', 'b']],
      [2, 'unbalanced-quote', ['1,"open']],
      [3, undefined, ['2', 'ok']],
    ]);
  });
});

describe('CsvTokenizer pieces (property): any text cut anywhere reads as the whole', () => {
  // Quotes, delimiters and every line break, malformed as it comes: records held across a cut
  // are finished on a short join, or on the whole piece when a quote runs past the break.
  const text = fc
    .array(fc.constantFrom('a', 'b', ',', '"', '""', '\r', '\n', '\r\n', 'ñ'), { maxLength: 60 })
    .map((parts) => parts.join(''));
  const strip = (rows: CsvRow[]) =>
    rows.map(({ fields, line, endLine, start, end, blank, problem }) => ({
      fields,
      line,
      endLine,
      start,
      end,
      blank,
      problem,
    }));
  it('same fields, lines, offsets and problems', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 60 }), { maxLength: 6 }), (input, cuts) => {
        const whole = new CsvTokenizer({ delimiter: ',' }).push(input, true);
        const t = new CsvTokenizer({ delimiter: ',' });
        const rows: CsvRow[] = [];
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          if (cut <= at || cut >= input.length) continue;
          rows.push(...t.push(input.slice(at, cut)));
          at = cut;
        }
        rows.push(...t.push(input.slice(at), true));
        expect(strip(rows)).toEqual(strip(whole));
      }),
      { numRuns: 2000 },
    );
  });
});
