import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '@tablero/adapter-kit';
import { createCsvAdapter, iterableSource, readRows } from '../src/index.js';
import { chunksOf, splitAt } from './support/write-csv.js';

/**
 * 3,000 UTF-8 rows (well past the 64 KiB the encoding is decided on), with one row in the
 * middle whose "é" was pasted as the single Windows-1252 byte 0xE9.
 */
function lateMixedFile(): { bytes: Uint8Array; badLine: number } {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode('id,created_at,status,group\n')];
  const badRow = 2000;
  for (let i = 1; i <= 3000; i++) {
    if (i === badRow) {
      parts.push(
        enc.encode(`T${i},2026-03-01 10:00,open,T`),
        new Uint8Array([0xe9]),
        enc.encode('cnico\n'),
      );
    } else {
      parts.push(enc.encode(`T${i},2026-03-01 10:00,open,Técnico ñ ${i}\n`));
    }
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, badLine: badRow + 1 };
}

describe('invalid UTF-8 after the detection window (streaming decoder, hand-decoded chunk)', () => {
  const { bytes, badLine } = lateMixedFile();

  it('reports exactly the pasted row, keeps the 2,999 others intact, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 30 }), async (cuts) => {
        const adapter = createCsvAdapter({
          input: iterableSource(chunksOf(splitAt(bytes, cuts))),
          preset: 'generic-ticket',
        });
        const ids: string[] = [];
        const rejected: [number | undefined, string | undefined, string][] = [];
        for await (const batch of adapter.sync()) {
          ids.push(...batch.records.map((r) => r.record.id));
          rejected.push(
            ...batch.rejected.map(
              (r) =>
                [r.line, r.column, r.reason] as [number | undefined, string | undefined, string],
            ),
          );
        }
        expect(rejected).toEqual([[badLine, 'group', 'invalid-encoding']]);
        expect(ids).toHaveLength(2999);
        expect(adapter.summary.settings?.encoding).toBe('utf-8');
      }),
      { numRuns: 25 },
    );
  });

  it('keeps byte offsets exact past the invalid byte: every row end is where the next row starts', async () => {
    const text = new TextDecoder().decode(bytes); // U+FFFD for 0xE9, for finding row starts only
    const expected: number[] = [];
    let byte = 0;
    for (const line of text.split('\n').slice(0, -1)) {
      byte += new TextEncoder().encode(`${line}\n`).length - (line.includes('\uFFFD') ? 2 : 0);
      expected.push(byte);
    }
    const ends: number[] = [];
    for await (const group of readRows(
      iterableSource(chunksOf(splitAt(bytes, [70_000, 70_001, 90_000]))),
    )) {
      for (const row of group.rows) ends.push(group.byteAt(row.end));
    }
    expect(ends).toEqual(expected);
  });

  it('resumes after the invalid row from a checkpoint', async () => {
    const first = createCsvAdapter({
      input: iterableSource(chunksOf([bytes])),
      preset: 'generic-ticket',
      batchSize: 100,
    });
    let checkpoint: Checkpoint | undefined;
    let seen = 0;
    for await (const batch of first.sync()) {
      seen += batch.records.length;
      checkpoint = batch.checkpoint;
      if (seen >= 2100) break;
    }
    const second = createCsvAdapter({
      input: iterableSource(chunksOf([bytes])),
      preset: 'generic-ticket',
      batchSize: 100,
    });
    const rest: string[] = [];
    for await (const batch of second.sync({ checkpoint: checkpoint! }))
      rest.push(...batch.records.map((r) => r.record.id));
    expect(rest[0]).toBe('T2102'); // 2,100 stored records were T1…T2101 minus the bad T2000
    expect(rest.at(-1)).toBe('T3000');
    expect(seen + rest.length).toBe(2999);
  });
});
