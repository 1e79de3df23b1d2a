import { z } from 'zod';
import {
  HttpError,
  bearerAuth,
  checkpointFormat,
  createHttpClient,
  hubspotPaging,
  paginateCursor,
  uniqueRecords,
  type Adapter,
  type AdapterRecord,
  type HttpClient,
  type HttpClientOptions,
  type Rejection,
  type SyncBatch,
  type SyncOptions,
} from '@tablero/adapter-kit';
import type { TicketStatus } from '@tablero/core';
import {
  mapHubspotFeedbackSubmissions,
  type HubspotSkippedSubmission,
} from '../map/map-hubspot-feedback-submissions.js';
import {
  mapHubspotTicketsPage,
  type HubspotRemovedTicket,
} from '../map/map-hubspot-tickets-page.js';
import { buildHubspotLookups, type HubspotLookups } from '../map/hubspot-lookups.js';
import { HUBSPOT_FEEDBACK_PROPERTIES, HUBSPOT_TICKET_PROPERTIES } from './hubspot-properties.js';

export interface HubspotAdapterOptions {
  /** Private-app or OAuth access token, read by the caller from an environment variable. */
  token: string;
  /** Default `https://api.hubapi.com`. */
  baseUrl?: string;
  /** Objects per list page, at most 100. Default 100. */
  pageSize?: number;
  /** What an open stage means where the default rule is not enough, by stage id. */
  stageStatus?: Readonly<Record<string, TicketStatus>>;
  /** Owner id → name, team id → name (from `/crm/v3/owners`, `/settings/v3/users/teams`). */
  owners?: ReadonlyMap<string, string>;
  teams?: ReadonlyMap<string, string>;
  /** Read feedback submissions (NPS, CSAT, CES) after the tickets. Default true. */
  feedback?: boolean;
  /** Client tuning (tests pass an instant sleep and a short timeout here). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

/** A batch of the HubSpot adapter: the contract's, plus what records cannot say. */
export interface HubspotSyncBatch extends SyncBatch {
  /** Absorbed ticket ids of merges (gotcha 8): a sink should remove stored copies. */
  removed: HubspotRemovedTicket[];
  /** Custom-survey submissions, which no core KPI reads. */
  skipped: HubspotSkippedSubmission[];
  /** Streams skipped and why (e.g. feedback submissions without their scope). */
  warnings: string[];
}

export interface HubspotAdapter extends Adapter {
  sync(options?: SyncOptions): AsyncIterable<HubspotSyncBatch>;
}

const checkpoints = checkpointFormat({
  adapter: 'hubspot',
  version: 1,
  state: z.strictObject({
    phase: z.enum(['tickets', 'feedback', 'done']),
    /** `paging.next.after` of the phase's last stored page (null: its first page). */
    after: z.string().min(1).nullable(),
  }),
});
type State = { phase: 'tickets' | 'feedback' | 'done'; after: string | null };

interface RunContext {
  http: HttpClient;
  lookups: HubspotLookups;
  signal: AbortSignal | undefined;
  onProgress: SyncOptions['onProgress'];
  unique: (records: readonly AdapterRecord[]) => AdapterRecord[];
  pending: Rejection[];
}

function batch(
  ctx: RunContext,
  state: State,
  page: number,
  parts: Partial<HubspotSyncBatch> & Pick<SyncBatch, 'records' | 'rejected'>,
): HubspotSyncBatch {
  const rejected = [...ctx.pending, ...parts.rejected];
  ctx.pending = [];
  for (const rejection of rejected) ctx.onProgress?.({ type: 'rejected', rejection });
  ctx.onProgress?.({ type: 'page', page, records: parts.records.length });
  return {
    removed: [],
    skipped: [],
    warnings: [],
    ...parts,
    rejected,
    checkpoint: checkpoints.create(state),
  };
}

function listPages(
  ctx: RunContext,
  path: string,
  properties: string[],
  limit: number,
  after: string | null,
) {
  return paginateCursor(ctx.http, {
    path,
    query: { limit, archived: false, properties: properties.join(',') },
    ...hubspotPaging(),
    ...(after ? { start: after } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

/**
 * HubSpot tickets (CRM objects list, `after` paging) with the properties FRT and resolution need,
 * statuses through the pipelines, then feedback submissions. A run reads everything; its last
 * checkpoint (`done`) makes a resumed run end at once. Incremental windows through the search
 * API are not implemented yet.
 */
export function createHubspotAdapter(options: HubspotAdapterOptions): HubspotAdapter {
  const feedback = options.feedback !== false;
  const limit = Math.min(options.pageSize ?? 100, 100);
  return {
    name: 'hubspot',
    kinds: feedback ? ['ticket', 'survey-response'] : ['ticket'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}) {
      let state: State = checkpoints.read(checkpoint) ?? { phase: 'tickets', after: null };
      signal?.throwIfAborted();
      if (state.phase === 'done') return;
      const http = createHttpClient({
        ...options.http,
        baseUrl: options.baseUrl ?? 'https://api.hubapi.com',
        auth: bearerAuth(options.token),
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      const { body } = await http.get('/crm/v3/pipelines/tickets', signal ? { signal } : {});
      const pipelines = (body as { results?: unknown } | undefined)?.results;
      const { lookups, rejected } = buildHubspotLookups({
        pipelines: Array.isArray(pipelines) ? pipelines : [],
        ...(options.stageStatus ? { stageStatus: options.stageStatus } : {}),
        ...(options.owners ? { owners: options.owners } : {}),
        ...(options.teams ? { teams: options.teams } : {}),
      });
      const ctx: RunContext = {
        http,
        lookups,
        signal,
        onProgress,
        unique: uniqueRecords(),
        pending: rejected,
      };

      if (state.phase === 'tickets') {
        const pages = listPages(
          ctx,
          '/crm/v3/objects/tickets',
          HUBSPOT_TICKET_PROPERTIES,
          limit,
          state.after,
        );
        for await (const page of pages) {
          const mapped = mapHubspotTicketsPage(page.response.body, lookups);
          const records = ctx.unique(mapped.tickets.map((record) => ({ kind: 'ticket', record })));
          state =
            page.next !== undefined
              ? { phase: 'tickets', after: page.next }
              : { phase: feedback ? 'feedback' : 'done', after: null };
          yield batch(ctx, state, page.page, {
            records,
            rejected: mapped.rejected,
            removed: mapped.removed,
          });
        }
      }
      if (state.phase !== 'feedback') return;
      try {
        const pages = listPages(
          ctx,
          '/crm/v3/objects/feedback_submissions',
          HUBSPOT_FEEDBACK_PROPERTIES,
          limit,
          state.after,
        );
        for await (const page of pages) {
          const mapped = mapHubspotFeedbackSubmissions(page.response.body, lookups);
          const records = ctx.unique(
            mapped.responses.map((record) => ({ kind: 'survey-response', record })),
          );
          state =
            page.next !== undefined
              ? { phase: 'feedback', after: page.next }
              : { phase: 'done', after: null };
          yield batch(ctx, state, page.page, {
            records,
            rejected: mapped.rejected,
            skipped: mapped.skipped,
          });
        }
      } catch (error) {
        // Feedback submissions need their own scope (gotcha 9): without it, 403 MISSING_SCOPES.
        if (!(error instanceof HttpError) || error.status !== 403) throw error;
        yield batch(ctx, { phase: 'done', after: null }, 1, {
          records: [],
          rejected: [],
          warnings: [
            'feedback submissions skipped: HTTP 403 (the token lacks crm.objects.feedback_submissions.read)',
          ],
        });
      }
    },
  };
}
