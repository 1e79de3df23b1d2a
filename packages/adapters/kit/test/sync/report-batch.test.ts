import { describe, expect, it } from 'vitest';
import { reportBatch, type ProgressEvent, type Rejection } from '../../src/index.js';

const rejection = (where: string): Rejection => ({
  where,
  path: ['status'],
  reason: 'invalid-vendor-record',
  message: `${where}: status: invalid`,
});

describe('reportBatch (contract: onProgress reports every rejection and page)', () => {
  it('reports each rejection, then the page with its record count', () => {
    const events: ProgressEvent[] = [];
    const rejected = [rejection('ticket 1'), rejection('ticket 2')];
    reportBatch((e) => events.push(e), 3, { records: [], rejected });
    expect(events).toEqual([
      { type: 'rejected', rejection: rejected[0] },
      { type: 'rejected', rejection: rejected[1] },
      { type: 'page', page: 3, records: 0 },
    ]);
  });

  it('does nothing without a listener', () => {
    expect(() => reportBatch(undefined, 1, { records: [], rejected: [] })).not.toThrow();
  });
});
