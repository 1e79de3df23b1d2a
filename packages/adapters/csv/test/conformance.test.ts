import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { bytesSource, createCsvAdapter } from '../src/index.js';
import { fileSource } from '../src/node.js';

// The kit's conformance suite (issue #4 §Tests): mapping validity, exact ids, rejections,
// resume after every batch, serialisable checkpoints, abort. Run on a small batch size so the
// file gives many batches and many kill points.
const zendesk = fileURLToPath(new URL('./fixtures/presets/zendesk-export.csv', import.meta.url));
const malformed = fileURLToPath(
  new URL('./fixtures/malformed/two-errors-one-row.csv', import.meta.url),
);

describeAdapterConformance({
  name: 'csv (Zendesk export, from a file path)',
  createAdapter: async () =>
    createCsvAdapter({
      input: await fileSource(zendesk),
      preset: 'zendesk',
      timeZone: 'Europe/Madrid',
      batchSize: 1,
    }),
  expected: { ids: ['48211', '48230', '48231'] },
});

/** 30 rows, every fifth with a bad date: rejections must survive every resume too. */
function mixedFile(): Uint8Array {
  const lines = ['id,created_at,status,comment'];
  for (let i = 1; i <= 30; i++) {
    const created =
      i % 5 === 0 ? '2026-02-30 10:00' : `2026-03-${String(i).padStart(2, '0')} 10:00`;
    lines.push(`T${i},${created},open,"ñ, ""${i}""\nsegunda línea"`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

describeAdapterConformance({
  name: 'csv (generic tickets with bad rows, from bytes)',
  createAdapter: () =>
    createCsvAdapter({ input: bytesSource(mixedFile()), preset: 'generic-ticket', batchSize: 4 }),
  expected: {
    ids: Array.from({ length: 30 }, (_, i) => `T${i + 1}`).filter((_, i) => (i + 1) % 5 !== 0),
    // Each record spans two physical lines, so row i starts on line 2i.
    rejections: [5, 10, 15, 20, 25, 30].map((i) => ({ line: 2 * i, reason: 'bad-date' })),
  },
});

describeAdapterConformance({
  name: 'csv (malformed corpus file: two errors in one row)',
  createAdapter: () =>
    createCsvAdapter({
      input: bytesSource(new Uint8Array(readFileSync(malformed))),
      preset: 'generic-ticket',
      batchSize: 1,
    }),
  expected: {
    ids: ['T1', 'T3'],
    rejections: [
      { line: 3, reason: 'bad-date' },
      { line: 3, reason: 'bad-boolean' },
    ],
  },
});
