import type { Checkpoint, ProgressEvent, SyncBatch } from '../contract.js';
import type { Page } from '../paginate/page.js';
import { mapVendorRecords, type MapVendorRecordsOptions } from './map-vendor-records.js';
import { reportBatch } from '../sync/report-batch.js';
import { uniqueRecords } from './unique-records.js';

export interface PageBatchesOptions<V, S> extends MapVendorRecordsOptions<V> {
  /** The checkpoint that resumes after a page, from its `next` (`undefined` after the last). */
  checkpoint: (next: S | undefined) => Checkpoint;
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * The loop every API adapter shares: one batch per page, mapped with `mapVendorRecords`,
 * rejections also reported as progress events, records already sent in this run dropped
 * (vendors repeat records across page boundaries), and the page's resume state as checkpoint.
 */
export async function* pageBatches<V, S>(
  pages: AsyncIterable<Page<unknown, S>>,
  options: PageBatchesOptions<V, S>,
): AsyncGenerator<SyncBatch, void, undefined> {
  const unique = uniqueRecords();
  for await (const page of pages) {
    const { records, rejected } = mapVendorRecords(page.items, options);
    const fresh = unique(records);
    reportBatch(options.onProgress, page.page, { records: fresh, rejected });
    yield { records: fresh, rejected, checkpoint: options.checkpoint(page.next) };
  }
}
