import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdapterRecord, Checkpoint, Rejection, SyncBatch } from '@tablero/adapter-kit';
import {
  CsvError,
  blobSource,
  bytesSource,
  createCsvAdapter,
  iterableSource,
  type CsvInput,
} from '../src/index.js';
import { chunksOf, splitAt } from './support/write-csv.js';

/** 60 tickets with quoted multi-line comments, accents, emoji and CRLF; every 7th row is bad. */
function sampleFile(): Uint8Array {
  const lines = ['id,created_at,status,comment'];
  for (let i = 1; i <= 60; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const date = i % 7 === 0 ? `2026-02-30 10:00` : `2026-03-${day} 10:00`;
    const comment = i % 3 === 0 ? `"línea 1\r\n""cita"" 😀, fin"` : `ñandú ${i}`;
    lines.push(`T${i},${date},open,${comment}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

const ids = (records: AdapterRecord[]) => records.map((r) => r.record.id);
const where = (rejected: Rejection[]) => rejected.map((r) => `${r.line}:${r.reason}`);

async function all(input: CsvInput, batchSize: number, checkpoint?: Checkpoint) {
  const adapter = createCsvAdapter({ input, preset: 'generic-ticket', batchSize });
  const batches: SyncBatch[] = [];
  for await (const batch of adapter.sync(checkpoint ? { checkpoint } : {})) batches.push(batch);
  return { batches, summary: adapter.summary };
}

describe('resume from checkpoint (adapter contract: no loss, no duplicates)', () => {
  const bytes = sampleFile();

  it('resuming after any batch gives exactly the rest of the records and rejections', async () => {
    const full = await all(bytesSource(bytes), 4);
    const fullIds = full.batches.flatMap((b) => ids(b.records));
    const fullRejected = full.batches.flatMap((b) => where(b.rejected));
    expect(fullIds).toHaveLength(52); // 60 rows, 8 of them (every 7th) with 30 February
    expect(fullRejected).toHaveLength(8);
    for (let k = 0; k < full.batches.length; k++) {
      // The caller stored batches 0…k, then died; the checkpoint went through JSON storage.
      const stored = JSON.parse(JSON.stringify(full.batches[k]!.checkpoint)) as Checkpoint;
      const before = full.batches.slice(0, k + 1);
      const rest = await all(bytesSource(bytes), 4, stored);
      expect([
        ...before.flatMap((b) => ids(b.records)),
        ...rest.batches.flatMap((b) => ids(b.records)),
      ]).toEqual(fullIds);
      expect([
        ...before.flatMap((b) => where(b.rejected)),
        ...rest.batches.flatMap((b) => where(b.rejected)),
      ]).toEqual(fullRejected);
      // The summary after resuming covers the whole file.
      expect(rest.summary).toMatchObject({
        rowsRead: 60,
        mapped: 52,
        rejectedRows: 8,
        byReason: { 'bad-date': 8 },
        done: true,
      });
    }
  });

  it('a sync stopped mid-way (the loop broken) resumes from the last stored batch (property: batch size, chunking)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }),
        async (batchSize, stopAfter, cuts) => {
          const source = () => iterableSource(chunksOf(splitAt(bytes, cuts)));
          const first = createCsvAdapter({ input: source(), preset: 'generic-ticket', batchSize });
          const stored: AdapterRecord[] = [];
          let checkpoint: Checkpoint | undefined;
          let n = 0;
          for await (const batch of first.sync()) {
            stored.push(...batch.records);
            checkpoint = batch.checkpoint;
            if (n++ === stopAfter) break;
          }
          // A one-shot stream: resuming reads a new stream of the same bytes and skips ahead.
          const second = createCsvAdapter({ input: source(), preset: 'generic-ticket', batchSize });
          for await (const batch of second.sync(checkpoint ? { checkpoint } : {})) {
            stored.push(...batch.records);
          }
          const expected = (await all(bytesSource(bytes), 1000)).batches.flatMap((b) =>
            ids(b.records),
          );
          expect(ids(stored)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('resumes a Blob (a dropped File) by slicing, without reading the start again', async () => {
    const blob = new Blob([bytes as BlobPart]);
    const full = await all(blobSource(blob), 10);
    const checkpoint = full.batches[2]!.checkpoint;
    const opened: number[] = [];
    const spy = {
      ...blobSource(blob),
      open: (offset: number) => (opened.push(offset), blobSource(blob).open(offset)),
    };
    const rest = await all(spy, 10, checkpoint);
    expect(opened).toEqual([checkpoint.byte]);
    expect(rest.batches.flatMap((b) => ids(b.records))).toEqual(
      full.batches.slice(3).flatMap((b) => ids(b.records)),
    );
  });

  it('a finished sync’s checkpoint resumes to nothing', async () => {
    const full = await all(bytesSource(bytes), 1000);
    const last = full.batches.at(-1)!.checkpoint;
    const again = await all(bytesSource(bytes), 1000, last);
    expect(again.batches).toEqual([]);
    expect(again.summary).toMatchObject({ mapped: 52, done: true });
  });

  it('refuses a checkpoint from another file size, another adapter, or a stream read twice', async () => {
    const full = await all(bytesSource(bytes), 10);
    const checkpoint = full.batches[1]!.checkpoint;
    const shorter = bytes.slice(0, bytes.length - 10);
    await expect(all(bytesSource(shorter), 10, checkpoint)).rejects.toMatchObject({
      name: 'CsvError',
      reason: 'source-changed',
    });
    await expect(all(bytesSource(bytes), 10, { adapter: 'zendesk', version: 1 })).rejects.toThrow(
      CsvError,
    );
    const once = iterableSource(chunksOf([bytes]));
    const adapter = createCsvAdapter({ input: once, preset: 'generic-ticket' });
    for await (const _ of adapter.sync()) void _;
    await expect(async () => {
      for await (const _ of adapter.sync()) void _;
    }).rejects.toMatchObject({ reason: 'not-resumable' });
  });
});
