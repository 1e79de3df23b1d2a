import type { SyncBatch, SyncOptions } from '../contract.js';

/**
 * Tells a sync's listener about one batch before it is yielded: each rejection first, then the
 * page with its record count, so a progress bar and a rejection log agree with the batches.
 */
export function reportBatch(
  onProgress: SyncOptions['onProgress'],
  page: number,
  batch: Pick<SyncBatch, 'records' | 'rejected'>,
): void {
  if (!onProgress) return;
  for (const rejection of batch.rejected) onProgress({ type: 'rejected', rejection });
  onProgress({ type: 'page', page, records: batch.records.length });
}
