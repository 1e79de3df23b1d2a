import { z } from 'zod';
import {
  CheckpointError,
  HttpError,
  bearerAuth,
  checkpointFormat,
  clientForSync,
  hubspotPaging,
  paginateCursor,
  reportBatch,
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
import { searchHubspotObjects } from './search-hubspot-objects.js';

export interface HubspotAdapterOptions {
  /** Private-app or OAuth access token, read by the caller from an environment variable. */
  token: string;
  /**
   * `incremental` (default): search windows by `hs_lastmodifieddate`, so each run reads only
   * what changed since the last. `full`: list every object, every run.
   */
  mode?: 'incremental' | 'full';
  /** Incremental: where a first sync starts (ISO-8601). Default: the beginning. */
  since?: string;
  /** Default `https://api.hubapi.com`. */
  baseUrl?: string;
  /** Objects per page: at most 100 on lists (the default there), 200 on search (its default). */
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
  version: 2,
  state: z.strictObject({
    mode: z.enum(['incremental', 'full']),
    phase: z.enum(['tickets', 'feedback', 'done']),
    /** Full mode: `paging.next.after` of the phase's last stored page (null: its first page). */
    after: z.string().min(1).nullable(),
    /** Incremental mode: the window `[since, until)` of `hs_lastmodifieddate`, epoch ms. */
    since: z.number().int().nonnegative(),
    /** Fixed when a run starts (null: not started), so a resumed run reads the same window. */
    until: z.number().int().nonnegative().nullable(),
    /** Incremental mode: the last `hs_object_id` stored in the current phase. */
    lastId: z.string().min(1).nullable(),
  }),
});
type State = {
  mode: 'incremental' | 'full';
  phase: 'tickets' | 'feedback' | 'done';
  after: string | null;
  since: number;
  until: number | null;
  lastId: string | null;
};

/** HubSpot's search index trails writes by seconds; a window ends a minute before the run. */
const SEARCH_LAG_MS = 60_000;

interface RunContext {
  http: HttpClient;
  lookups: HubspotLookups;
  signal: AbortSignal | undefined;
  onProgress: SyncOptions['onProgress'];
  unique: (records: readonly AdapterRecord[]) => AdapterRecord[];
  pending: Rejection[];
  /** Objects per page: lists allow 100, search 200. */
  limit: { list: number; search: number };
}

function batch(
  ctx: RunContext,
  state: State,
  page: number,
  parts: Partial<HubspotSyncBatch> & Pick<SyncBatch, 'records' | 'rejected'>,
): HubspotSyncBatch {
  const rejected = [...ctx.pending, ...parts.rejected];
  ctx.pending = [];
  reportBatch(ctx.onProgress, page, { records: parts.records, rejected });
  return {
    removed: [],
    skipped: [],
    warnings: [],
    ...parts,
    rejected,
    checkpoint: checkpoints.create(state),
  };
}

interface PhasePage {
  body: unknown;
  number: number;
  done: boolean;
  /** The state fields that resume after this page. */
  resume: Partial<State>;
}

/** One phase's pages: `after`-paged lists in full mode, keyset search windows in incremental. */
async function* pagesOf(
  ctx: RunContext,
  state: State,
  objectType: string,
  properties: string[],
): AsyncGenerator<PhasePage> {
  if (state.mode === 'incremental') {
    const window = { since: state.since, until: state.until!, lastId: state.lastId };
    let number = 0;
    for await (const page of searchHubspotObjects(ctx.http, objectType, window, {
      properties,
      limit: ctx.limit.search,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    })) {
      yield { body: page.body, number: ++number, done: page.done, resume: { lastId: page.lastId } };
    }
    return;
  }
  const pages = paginateCursor(ctx.http, {
    path: `/crm/v3/objects/${objectType}`,
    query: { limit: ctx.limit.list, archived: false, properties: properties.join(',') },
    ...hubspotPaging(),
    ...(state.after ? { start: state.after } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  for await (const page of pages) {
    const done = page.next === undefined;
    yield {
      body: page.response.body,
      number: page.page,
      done,
      resume: { after: page.next ?? null },
    };
  }
}

/**
 * HubSpot tickets with the properties FRT and resolution need, statuses through the pipelines,
 * then feedback submissions. Incremental mode searches the window of `hs_lastmodifieddate` from
 * the previous run's end to a minute before this run started, keyset-paged by `hs_object_id`;
 * full mode lists everything with `after` paging and ends with a `done` checkpoint.
 */
export function createHubspotAdapter(options: HubspotAdapterOptions): HubspotAdapter {
  const feedback = options.feedback !== false;
  return {
    name: 'hubspot',
    kinds: feedback ? ['ticket', 'survey-response'] : ['ticket'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}) {
      const mode = options.mode ?? 'incremental';
      let state: State = checkpoints.read(checkpoint) ?? {
        mode,
        phase: 'tickets',
        after: null,
        since: options.since ? Date.parse(options.since) : 0,
        until: null,
        lastId: null,
      };
      signal?.throwIfAborted();
      if (state.mode !== mode) {
        throw new CheckpointError(
          `this checkpoint is from a ${state.mode} sync; run a ${state.mode} sync or start without it`,
        );
      }
      if (state.phase === 'done') return;
      const http = clientForSync(
        {
          ...options.http,
          baseUrl: options.baseUrl ?? 'https://api.hubapi.com',
          auth: bearerAuth(options.token),
        },
        { signal, onProgress },
      );
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
        limit: {
          list: Math.min(options.pageSize ?? 100, 100),
          search: Math.min(options.pageSize ?? 200, 200),
        },
      };
      if (mode === 'incremental' && state.until === null) {
        state = {
          ...state,
          until: Math.max(state.since, (options.http?.now ?? Date.now)() - SEARCH_LAG_MS),
        };
      }
      // What the state becomes when a phase's last page is stored.
      const afterTickets = (s: State): State =>
        feedback ? { ...s, phase: 'feedback', after: null, lastId: null } : finished(s);
      const finished = (s: State): State =>
        s.mode === 'full'
          ? { ...s, phase: 'done', after: null }
          : { ...s, phase: 'tickets', since: s.until!, until: null, lastId: null };

      if (state.phase === 'tickets') {
        for await (const page of pagesOf(ctx, state, 'tickets', HUBSPOT_TICKET_PROPERTIES)) {
          const mapped = mapHubspotTicketsPage(page.body, lookups);
          const records = ctx.unique(mapped.tickets.map((record) => ({ kind: 'ticket', record })));
          state = page.done ? afterTickets(state) : { ...state, ...page.resume };
          yield batch(ctx, state, page.number, {
            records,
            rejected: mapped.rejected,
            removed: mapped.removed,
          });
        }
      }
      if (state.phase !== 'feedback') return;
      try {
        for await (const page of pagesOf(
          ctx,
          state,
          'feedback_submissions',
          HUBSPOT_FEEDBACK_PROPERTIES,
        )) {
          const mapped = mapHubspotFeedbackSubmissions(page.body, lookups);
          const records = ctx.unique(
            mapped.responses.map((record) => ({ kind: 'survey-response', record })),
          );
          state = page.done ? finished(state) : { ...state, ...page.resume };
          yield batch(ctx, state, page.number, {
            records,
            rejected: mapped.rejected,
            skipped: mapped.skipped,
          });
        }
      } catch (error) {
        // Feedback submissions need their own scope (gotcha 9): without it, 403 MISSING_SCOPES.
        if (!(error instanceof HttpError) || error.status !== 403) throw error;
        yield batch(ctx, finished(state), 1, {
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
