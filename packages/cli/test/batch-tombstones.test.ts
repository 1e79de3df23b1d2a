import type { SyncBatch } from '@tablero/adapter-kit';
import { describe, expect, it } from 'vitest';
import { batchTombstones } from '../src/index.js';

const batch = (extra: Record<string, unknown>): SyncBatch =>
  ({ records: [], rejected: [], checkpoint: { adapter: 'x', version: 1 }, ...extra }) as SyncBatch;

describe('batchTombstones: what API adapters say was removed (README §Removed records)', () => {
  it('Zendesk `deleted` ids become deleted tickets', () => {
    expect(batchTombstones(batch({ deleted: ['48230', 48231] }))).toEqual([
      { kind: 'removed', of: 'ticket', id: '48230', reason: 'deleted' },
      { kind: 'removed', of: 'ticket', id: '48231', reason: 'deleted' },
    ]);
  });

  it('`removed` entries keep their reason and the ticket a merge went into', () => {
    expect(
      batchTombstones(
        batch({
          removed: [
            { id: '10474', reason: 'spam' },
            { id: '5123400001', reason: 'merged', into: '5123456795' },
          ],
        }),
      ),
    ).toEqual([
      { kind: 'removed', of: 'ticket', id: '10474', reason: 'spam' },
      { kind: 'removed', of: 'ticket', id: '5123400001', reason: 'merged', into: '5123456795' },
    ]);
  });

  it('a contract batch without those fields, or entries without an id, give none', () => {
    expect(batchTombstones(batch({}))).toEqual([]);
    expect(
      batchTombstones(batch({ deleted: [null, {}], removed: [null, { reason: 'spam' }] })),
    ).toEqual([]);
  });
});
