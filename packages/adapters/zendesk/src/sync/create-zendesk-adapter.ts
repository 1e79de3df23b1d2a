import { z } from 'zod';
import {
  checkpointFormat,
  createHttpClient,
  paginateCursor,
  uniqueRecords,
  zendeskIncrementalPaging,
  type Adapter,
  type AdapterRecord,
  type HttpAuth,
  type HttpClientOptions,
  type SyncBatch,
  type SyncOptions,
} from '@tablero/adapter-kit';
import { mapZendeskTicketExportPage } from '../map/map-zendesk-ticket-export-page.js';
import { loadZendeskLookups } from './load-zendesk-lookups.js';

export interface ZendeskAdapterOptions {
  /** `https://{subdomain}.zendesk.com/api/v2` */
  baseUrl: string;
  /**
   * `zendeskTokenAuth(email, apiToken)` or `bearerAuth(oauthToken)` from the kit, with values
   * read from environment variables. Incremental exports need an admin (HELPDESK-APIS §1.1).
   */
  auth: HttpAuth;
  /** Where a first sync starts, epoch seconds. Default 0: the whole history. */
  startTime?: number;
  /** Tickets per export page, at most 1000. Default 1000. */
  pageSize?: number;
  /** Client tuning (tests pass an instant sleep and a short timeout here). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

/** A batch of the Zendesk adapter: the contract's, plus the tickets deleted in Zendesk. */
export interface ZendeskSyncBatch extends SyncBatch {
  /** Ids exported with `status: "deleted"` (gotcha 2): a sink should remove stored copies. */
  deleted: string[];
}

/** The contract's adapter, whose batches also say which tickets were deleted. */
export interface ZendeskAdapter extends Adapter {
  sync(options?: SyncOptions): AsyncIterable<ZendeskSyncBatch>;
}

const checkpoints = checkpointFormat({
  adapter: 'zendesk',
  version: 1,
  state: z.strictObject({
    /** The export's `after_cursor`: where the next page, or the next run, starts (null: `startTime`). */
    cursor: z.string().min(1).nullable(),
  }),
});

/**
 * Zendesk tickets through the cursor-based incremental export with `include=metric_sets`
 * (HELPDESK-APIS §1.3b). Deleted tickets are not excluded, so their ids reach the sink. Each
 * page is a batch whose checkpoint is the page's `after_cursor`; the last page's cursor is where
 * the next run continues, fetching only what changed since.
 */
export function createZendeskAdapter(options: ZendeskAdapterOptions): ZendeskAdapter {
  return {
    name: 'zendesk',
    kinds: ['ticket'],
    async *sync({
      checkpoint,
      signal,
      onProgress,
    }: SyncOptions = {}): AsyncGenerator<ZendeskSyncBatch> {
      const resume = checkpoints.read(checkpoint);
      signal?.throwIfAborted();
      const http = createHttpClient({
        ...options.http,
        baseUrl: options.baseUrl,
        auth: options.auth,
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      const { lookups, rejected: lookupRejections } = await loadZendeskLookups(http, signal);
      let pending = lookupRejections;
      const unique = uniqueRecords();
      const pages = paginateCursor(http, {
        path: '/incremental/tickets/cursor.json',
        ...zendeskIncrementalPaging('tickets', options.startTime ?? 0, {
          include: 'metric_sets',
          per_page: Math.min(options.pageSize ?? 1000, 1000),
        }),
        ...(resume?.cursor ? { start: resume.cursor } : {}),
        ...(signal ? { signal } : {}),
      });
      let cursor = resume?.cursor ?? null;
      for await (const page of pages) {
        const mapped = mapZendeskTicketExportPage(page.response.body, lookups);
        const records = unique(
          mapped.tickets.map((record): AdapterRecord => ({ kind: 'ticket', record })),
        );
        const rejected = [...pending, ...mapped.rejected];
        pending = [];
        for (const rejection of rejected) onProgress?.({ type: 'rejected', rejection });
        onProgress?.({ type: 'page', page: page.page, records: records.length });
        // Zendesk hands out a cursor even on the last page: the next run starts there.
        cursor = mapped.afterCursor ?? cursor;
        yield {
          records,
          rejected,
          deleted: mapped.deleted,
          checkpoint: checkpoints.create({ cursor }),
        };
      }
    },
  };
}
