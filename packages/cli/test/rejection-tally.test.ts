import type { Rejection } from '@tablero/adapter-kit';
import { describe, expect, it } from 'vitest';
import { FIRST_PLACES_KEPT, tallyRejections } from '../src/sync/rejection-tally.js';
import { formatRejections } from '../src/summary/format-sync-summary.js';
import { syncSummary } from '../src/summary/sync-summary.js';
import type { SyncState } from '../src/sync/sync-state.js';

const empty: SyncState['rejections'] = { total: 0, rows: 0, byReason: {} };

function at(line: number, reason: string, column = 'Created at'): Rejection {
  return { where: `line ${line}, column "${column}"`, line, column, path: [], reason, message: '' };
}

describe('rejection tally: by reason, with the first places (issue 4 §The CLI)', () => {
  it('counts problems and rows apart: one row may have several problems', () => {
    const tally = tallyRejections(empty, [
      at(4, 'bad-date', 'Created at'),
      at(4, 'bad-number', 'Replies'),
      at(9, 'bad-date', 'Solved at'),
    ]);
    // Lines 4 and 9: 2 rows, 3 problems.
    expect(tally.rows).toBe(2);
    expect(tally.total).toBe(3);
    expect(tally.byReason).toEqual({
      'bad-date': { count: 2, first: ['line 4', 'line 9'] },
      'bad-number': { count: 1, first: ['line 4'] },
    });
  });

  it('keeps only the first few places of a reason, over several batches', () => {
    let tally = empty;
    for (let batch = 0; batch < 3; batch++) {
      tally = tallyRejections(tally, [
        at(10 * batch + 2, 'ragged-row'),
        at(10 * batch + 3, 'ragged-row'),
      ]);
    }
    expect(tally.byReason['ragged-row']).toEqual({
      count: 6,
      first: ['line 2', 'line 3', 'line 12', 'line 13', 'line 22'].slice(0, FIRST_PLACES_KEPT),
    });
  });

  it('API rejections (ids, no lines) are one row per record id', () => {
    const byId = (id: number): Rejection => ({
      where: `ticket ${id}`,
      id,
      path: ['via', 'channel'],
      reason: 'unknown-value',
      message: '',
    });
    const tally = tallyRejections(empty, [byId(4711), byId(4711), byId(4712)]);
    expect(tally.rows).toBe(2);
    expect(tally.byReason['unknown-value']!.first).toEqual(['ticket 4711', 'ticket 4712']);
  });

  it('the summary shows rows, problems and line numbers, most frequent reason first', () => {
    const rejections = tallyRejections(empty, [
      at(4, 'bad-date'),
      at(4, 'bad-number'),
      ...[9, 11, 15, 20, 21, 30].map((line) => at(line, 'ragged-row')),
    ]);
    const state = {
      rejections,
      records: { total: 0, byKind: {} },
      removed: 0,
      output: { path: '/w/o', bytes: 0 },
      rejected: { path: '/w/bad.ndjson', bytes: 0 },
    } as unknown as SyncState;
    const summary = syncSummary(
      {
        status: 'complete',
        resumed: false,
        state,
        recordsThisRun: 0,
        removedThisRun: 0,
        rejectedThisRun: 8,
        warnings: [],
      },
      { source: 'csv', label: 'f.csv', statePath: '/w/s', exitCode: 0, durationMs: 1 },
    );
    expect(formatRejections(summary, '/w')).toEqual([
      '7 rows rejected, 8 problems (every one is in bad.ndjson):',
      '  ragged-row  6  lines 9, 11, 15, 20, 21, …',
      '  bad-date    1  line 4',
      '  bad-number  1  line 4',
    ]);
  });
});
