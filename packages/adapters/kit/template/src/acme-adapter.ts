import {
  checkpointFormat,
  createHttpClient,
  freshdeskApiKeyAuth,
  itemsAt,
  pageBatches,
  paginateLink,
  type Adapter,
  type HttpClientOptions,
  type SyncBatch,
  type SyncOptions,
} from '@tablero/adapter-kit';
import { z } from 'zod';
import { AcmeTicketSchema } from './acme-ticket.js';
import { mapAcmeTicket } from './map-acme-ticket.js';

export interface AcmeAdapterOptions {
  /** `https://yourcompany.acme-helpdesk.test/api/v2` */
  baseUrl: string;
  /**
   * The API token or key. The caller reads it from an environment variable (`ACME_TOKEN`),
   * never from a file or a command-line flag.
   */
  token: string;
  /** Tickets per request. Default 100, the vendor's maximum. */
  pageSize?: number;
  /** Client tuning; the conformance suite passes `ctx.http` here (instant waits, short timeout). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

export const ACME_ADAPTER_NAME = 'acme';

const checkpoints = checkpointFormat({
  adapter: ACME_ADAPTER_NAME,
  // TODO(adapter): bump when the state below changes shape; old checkpoints are then refused.
  version: 1,
  // `next`: the page to read next; `done`: the listing was read to its end.
  state: z.strictObject({ next: z.string().nullable(), done: z.boolean() }),
});

/** Acme Helpdesk tickets, one batch per API page, resumable after any batch. */
export function createAcmeAdapter(options: AcmeAdapterOptions): Adapter {
  return {
    name: ACME_ADAPTER_NAME,
    kinds: ['ticket'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}): AsyncGenerator<SyncBatch> {
      const resume = checkpoints.read(checkpoint);
      signal?.throwIfAborted();
      if (resume?.done) return;
      const http = createHttpClient({
        ...options.http,
        baseUrl: options.baseUrl,
        // TODO(adapter): bearerAuth(token), zendeskTokenAuth(email, token), basicAuth(user, pass)…
        auth: freshdeskApiKeyAuth(options.token),
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      // TODO(adapter): paginateCursor(…zendeskCursorPaging / hubspotPaging) or paginatePages.
      const pages = paginateLink(http, {
        path: '/tickets',
        query: { per_page: options.pageSize ?? 100 },
        items: itemsAt('tickets'),
        ...(resume?.next ? { start: resume.next } : {}),
      });
      // One batch per page: mapped, validated, deduplicated, with the checkpoint after it.
      yield* pageBatches(pages, {
        schema: AcmeTicketSchema,
        map: mapAcmeTicket,
        noun: 'ticket',
        checkpoint: (next) => checkpoints.create({ next: next ?? null, done: next === undefined }),
        ...(onProgress ? { onProgress } : {}),
      });
    },
  };
}
