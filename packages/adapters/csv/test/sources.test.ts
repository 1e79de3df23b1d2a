import {
  appendFileSync,
  createReadStream,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@tablero/adapter-kit';
import { createCsvAdapter, readCsv, toCsvSource, CsvError } from '../src/index.js';
import { fileSource, nodeStreamSource } from '../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'adapter-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough rows to span several 1 MiB file chunks, so chunk boundaries fall inside "ñ" somewhere.
const ROWS = 40_000;
function bigCsv(): string {
  const lines = ['id;fecha;estado;comentario'];
  for (let i = 1; i <= ROWS; i++)
    lines.push(`T${i};2026-03-01 10:00;abierto;"año ñandú; ""${i}"""`);
  return `${lines.join('\n')}\n`;
}
const text = bigCsv();
const bytes = new TextEncoder().encode(text);
const path = join(dir, 'tickets.csv');
writeFileSync(path, bytes);

function checkAll(ids: string[]) {
  expect(ids).toHaveLength(ROWS);
  expect(ids[0]).toBe('T1');
  expect(ids[ROWS - 1]).toBe(`T${ROWS}`);
}

describe('inputs: Node file path and stream, web ReadableStream, Blob and File', () => {
  it('reads a file path (fileSource) with byte progress up to the file size', async () => {
    const source = await fileSource(path);
    const events: ProgressEvent[] = [];
    const adapter = createCsvAdapter({ input: source, preset: 'generic-ticket' });
    const ids: string[] = [];
    for await (const batch of adapter.sync({ onProgress: (e) => events.push(e) })) {
      ids.push(...batch.records.map((r) => r.record.id));
    }
    checkAll(ids);
    const bytesEvents = events.filter((e) => e.type === 'bytes');
    expect(bytesEvents.length).toBeGreaterThan(1);
    const seen = bytesEvents.map((e) => e.bytes);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(bytesEvents.at(-1)).toEqual({
      type: 'bytes',
      bytes: bytes.length,
      totalBytes: bytes.length,
      records: ROWS,
    });
    expect(adapter.summary).toMatchObject({
      rowsRead: ROWS,
      mapped: ROWS,
      bytesRead: bytes.length,
    });
  });

  it('reads a Node Readable', async () => {
    const result = await readCsv(
      nodeStreamSource(createReadStream(path, { highWaterMark: 4096 })),
      {
        preset: 'generic-ticket',
      },
    );
    checkAll(result.tickets.map((t) => t.id));
  });

  it('reads a web ReadableStream<Uint8Array> in odd-sized chunks', async () => {
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        const size = 1 + ((at * 7919) % 5003); // uneven, often splitting "ñ"
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
    const result = await readCsv(stream, { preset: 'generic-ticket' });
    checkAll(result.tickets.map((t) => t.id));
    expect(result.tickets[2]!).toMatchObject({ status: 'open' });
  });

  it('reads a Blob and a File (what a browser drop gives), named in the summary', async () => {
    const fromBlob = await readCsv(new Blob([bytes as BlobPart]), { preset: 'generic-ticket' });
    checkAll(fromBlob.tickets.map((t) => t.id));
    const file = new File([bytes as BlobPart], 'export.csv', { type: 'text/csv' });
    const fromFile = await readCsv(file, { preset: 'generic-ticket' });
    checkAll(fromFile.tickets.map((t) => t.id));
    expect(fromFile.summary.source).toBe('export.csv');
  });

  it('stops on an abort signal', async () => {
    const controller = new AbortController();
    const adapter = createCsvAdapter({
      input: await fileSource(path),
      preset: 'generic-ticket',
      batchSize: 100,
    });
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of adapter.sync({ signal: controller.signal })) {
        seen.push(batch.records.length);
        controller.abort(new Error('user cancelled'));
      }
    }).rejects.toThrow();
    expect(seen.length).toBeLessThan(ROWS / 100);
  });

  it('refuses what it cannot read, saying what it accepts', () => {
    expect(() => toCsvSource(42 as never)).toThrow(CsvError);
    expect(() => toCsvSource(42 as never)).toThrow(/Blob\/File, a ReadableStream/);
  });
});

describe('fileSource chunks (reads kept in flight ahead of the parser)', () => {
  async function collect(chunks: AsyncIterable<Uint8Array>, stopAfter = Infinity) {
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) {
      parts.push(chunk);
      if (parts.length >= stopAfter) break;
    }
    return Buffer.concat(parts);
  }

  it('gives exactly the bytes from any offset, chunks kept after the next one is read', async () => {
    const source = await fileSource(path);
    for (const offset of [0, 1, 65_535, 65_536, 200_001, bytes.length - 3, bytes.length]) {
      const got = await collect(source.open(offset));
      expect(Buffer.compare(got, Buffer.from(bytes.subarray(offset))), `offset ${offset}`).toBe(0);
    }
  });

  it('reads on past a short read: a file that grows while it is read loses no byte', async () => {
    const growing = join(dir, 'growing.csv');
    writeFileSync(growing, 'id\n1\n');
    const source = await fileSource(growing);
    const extra = 'x'.repeat(70_000);
    const chunks = source.open(0)[Symbol.asyncIterator]();
    const first = await chunks.next(); // a short read: the whole file as it was
    appendFileSync(growing, extra);
    const rest = await collect({ [Symbol.asyncIterator]: () => chunks });
    const all = Buffer.concat([first.value as Uint8Array, rest]).toString();
    expect(all).toBe(`id\n1\n${extra}`);
  });

  it.runIf(process.platform === 'linux')(
    'an early stop closes the file with no read left in flight',
    async () => {
      const openFiles = () => readdirSync('/proc/self/fd').length;
      const source = await fileSource(path);
      const before = openFiles();
      const got = await collect(source.open(0), 2);
      expect(got.length).toBe(2 * 65_536);
      expect(openFiles()).toBe(before);
    },
  );
});
