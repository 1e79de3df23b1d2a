import { z } from 'zod';
import {
  bearerAuth,
  checkpointFormat,
  createHttpClient,
  pageBatches,
  paginateCursor,
  zendeskCursorPaging,
  type Adapter,
  type HttpClientOptions,
  type SyncBatch,
  type SyncOptions,
} from '../../src/index.js';
import { ExampleDeskTicketSchema } from './example-desk-ticket.js';
import { mapExampleDeskTicket } from './map-example-desk-ticket.js';

export interface ExampleDeskOptions {
  /** `https://acme.example-desk.com/api/v2` */
  baseUrl: string;
  /** API token, read by the caller from `EXAMPLE_DESK_TOKEN`. */
  token: string;
  pageSize?: number;
  /** Client tuning (the conformance suite passes its instant sleep and short timeout here). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

const checkpoints = checkpointFormat({
  adapter: 'example-desk',
  version: 1,
  // `cursor: null` with `done` means the listing was read to its end.
  state: z.strictObject({ cursor: z.string().nullable(), done: z.boolean() }),
});

/** Reads Example Desk tickets through the kit's client and cursor paginator. */
export function createExampleDeskAdapter(options: ExampleDeskOptions): Adapter {
  return {
    name: 'example-desk',
    kinds: ['ticket'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}): AsyncGenerator<SyncBatch> {
      const resume = checkpoints.read(checkpoint);
      signal?.throwIfAborted();
      if (resume?.done) return;
      const http = createHttpClient({
        ...options.http,
        baseUrl: options.baseUrl,
        auth: bearerAuth(options.token),
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      const pages = paginateCursor(http, {
        path: '/tickets',
        query: { 'page[size]': options.pageSize ?? 100 },
        ...zendeskCursorPaging('tickets'),
        ...(resume?.cursor ? { start: resume.cursor } : {}),
      });
      yield* pageBatches(pages, {
        schema: ExampleDeskTicketSchema,
        map: mapExampleDeskTicket,
        noun: 'ticket',
        checkpoint: (next) =>
          checkpoints.create({ cursor: next ?? null, done: next === undefined }),
        ...(onProgress ? { onProgress } : {}),
      });
    },
  };
}
