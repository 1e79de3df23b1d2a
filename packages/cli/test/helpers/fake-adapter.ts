import type {
  Adapter,
  AdapterRecord,
  Checkpoint,
  Rejection,
  SyncBatch,
} from '@tablero/adapter-kit';
import { TicketSchema } from '@tablero/core';

export interface FakeAdapterOptions {
  records: number;
  batchSize: number;
  /** Pause before each batch, so a child process can be killed mid-run. */
  delayMs?: number;
  /** Every n-th source row (1-based) is rejected instead of mapped. */
  rejectEvery?: number;
  /** Throw this error when reaching row index `failAt` (0-based). */
  failAt?: number;
  failMessage?: string;
  /** Ignore the abort signal (an adapter that does not honour it). */
  ignoreSignal?: boolean;
}

/** Row i (0-based) as the core ticket the fake adapter emits: deterministic, so tests can rebuild it. */
export function fakeTicket(i: number): AdapterRecord {
  const createdAt = Date.UTC(2026, 0, 1) + i * 60_000;
  return {
    kind: 'ticket',
    record: TicketSchema.parse({
      id: `t-${i}`,
      createdAt,
      status: 'solved',
      firstResponseAt: createdAt + 30 * 60_000,
      channel: i % 2 === 0 ? 'email' : 'chat',
    }),
  };
}

export function fakeRejection(i: number): Rejection {
  // Line numbers of a file with a header: row i is on line i + 2.
  return {
    where: `line ${i + 2}`,
    line: i + 2,
    column: 'Created at',
    path: ['createdAt'],
    reason: i % 2 === 0 ? 'bad-date' : 'missing-id',
    message: `cannot read the date of row ${i}`,
  };
}

/** The records a complete fake sync of `options` must produce, in order. */
export function expectedFakeRecords(options: FakeAdapterOptions): AdapterRecord[] {
  const out: AdapterRecord[] = [];
  for (let i = 0; i < options.records; i++) {
    if (!isRejected(i, options)) out.push(fakeTicket(i));
  }
  return out;
}

function isRejected(i: number, options: FakeAdapterOptions): boolean {
  return options.rejectEvery !== undefined && (i + 1) % options.rejectEvery === 0;
}

/**
 * A contract `Adapter` over `records` numbered rows: batches of `batchSize`, checkpoint = next
 * row, bytes progress of 100 bytes per row. It stands in for the CSV and API adapters so the
 * runner's guarantees are tested on their own.
 */
export function fakeAdapter(options: FakeAdapterOptions, name = 'fake'): Adapter {
  return {
    name,
    kinds: ['ticket'],
    async *sync({ checkpoint, signal, onProgress } = {}) {
      let next = checkpoint ? (checkpoint as Checkpoint & { next: number }).next : 0;
      while (next < options.records) {
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        if (signal?.aborted && !options.ignoreSignal) {
          throw new DOMException('The operation was aborted', 'AbortError');
        }
        const end = Math.min(options.records, next + options.batchSize);
        const batch: SyncBatch = {
          records: [],
          rejected: [],
          checkpoint: { adapter: name, version: 1, next: end },
        };
        for (let i = next; i < end; i++) {
          if (i === options.failAt) throw new Error(options.failMessage ?? `row ${i} broke`);
          if (isRejected(i, options)) batch.rejected.push(fakeRejection(i));
          else batch.records.push(fakeTicket(i));
        }
        next = end;
        onProgress?.({
          type: 'bytes',
          bytes: end * 100,
          totalBytes: options.records * 100,
          records: end,
        });
        yield batch;
      }
    },
  };
}
