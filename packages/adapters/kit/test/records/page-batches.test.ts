import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageBatches, type Page, type ProgressEvent, type SyncBatch } from '../../src/index.js';

const Vendor = z.looseObject({ id: z.number(), at: z.iso.datetime({ offset: true }) });
const item = (id: number, at = '2026-03-02T08:00:00Z') => ({ id, at });

async function* pages(...lists: unknown[][]): AsyncGenerator<Page<unknown, number>> {
  for (const [i, items] of lists.entries()) {
    yield {
      items,
      page: i + 1,
      next: i + 1 < lists.length ? i + 2 : undefined,
      response: undefined as never,
    };
  }
}

describe('pageBatches: the shared batch loop of API adapters', () => {
  it('one batch per page, duplicates across pages dropped, rejections kept and reported', async () => {
    const events: ProgressEvent[] = [];
    const batches: SyncBatch[] = [];
    const run = pageBatches(pages([item(1), item(2)], [item(2), item(3, 'bad'), item(4)]), {
      schema: Vendor,
      noun: 'ticket',
      map: (v) => ({
        kind: 'ticket',
        record: { id: String(v.id), createdAt: v.at, status: 'open' },
      }),
      checkpoint: (next) => ({ adapter: 't', version: 1, next: next ?? null }),
      onProgress: (e) => events.push(e),
    });
    for await (const batch of run) batches.push(batch);
    expect(batches.map((b) => b.records.map((r) => r.record.id))).toEqual([['1', '2'], ['4']]);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      { adapter: 't', version: 1, next: 2 },
      { adapter: 't', version: 1, next: null },
    ]);
    expect(batches[1]!.rejected).toMatchObject([{ where: 'ticket 3', path: ['at'] }]);
    expect(events.map((e) => e.type)).toEqual(['page', 'rejected', 'page']);
    expect(events[2]).toEqual({ type: 'page', page: 2, records: 1 });
  });
});
