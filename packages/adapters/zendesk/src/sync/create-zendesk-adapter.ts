import {
  HttpError,
  clientForSync,
  paginateCursor,
  reportBatch,
  uniqueRecords,
  zendeskCursorPaging,
  zendeskIncrementalPaging,
  type Adapter,
  type AdapterRecord,
  type HttpAuth,
  type HttpClient,
  type HttpClientOptions,
  type Rejection,
  type SyncBatch,
  type SyncOptions,
} from '@tablero/adapter-kit';
import {
  mapZendeskSatisfactionRatings,
  type ZendeskUnansweredRating,
} from '../map/map-zendesk-satisfaction-ratings.js';
import { mapZendeskTicketExportPage } from '../map/map-zendesk-ticket-export-page.js';
import { zendeskFirstReplies, type ZendeskLookups } from '../map/zendesk-lookups.js';
import { loadZendeskComments } from './load-zendesk-comments.js';
import { loadZendeskLookups } from './load-zendesk-lookups.js';
import {
  INITIAL_ZENDESK_STATE,
  zendeskCheckpoints,
  type ZendeskSyncState,
} from './zendesk-checkpoint.js';

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
  /**
   * Where first-response instants come from. `metrics` (default): `created_at` plus
   * `reply_time_in_minutes`, to the minute, no extra request. `comments`: the first public agent
   * comment, to the second, at one more request per answered ticket.
   */
  firstReplyFrom?: 'metrics' | 'comments';
  /** Read legacy satisfaction ratings (binary CSAT) after the tickets. Default true. */
  satisfaction?: boolean;
  /** Client tuning (tests pass an instant sleep and a short timeout here). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

/** A batch of the Zendesk adapter: the contract's, plus what records cannot say. */
export interface ZendeskSyncBatch extends SyncBatch {
  /** Ids exported with `status: "deleted"` (gotcha 2): a sink should remove stored copies. */
  deleted: string[];
  /** Ratings offered but not answered, or never offered: the response rate's base. */
  unanswered: ZendeskUnansweredRating[];
  /** Streams skipped and why (e.g. ratings answering 403 on the account's plan). */
  warnings: string[];
}

/** The contract's adapter, whose batches also carry deletions, unanswered surveys and warnings. */
export interface ZendeskAdapter extends Adapter {
  sync(options?: SyncOptions): AsyncIterable<ZendeskSyncBatch>;
}

interface RunContext {
  http: HttpClient;
  lookups: ZendeskLookups;
  signal: AbortSignal | undefined;
  onProgress: SyncOptions['onProgress'];
  unique: (records: readonly AdapterRecord[]) => AdapterRecord[];
  /** Rejections of the lookups, reported with the run's first batch. */
  pending: Rejection[];
}

function batch(
  ctx: RunContext,
  state: ZendeskSyncState,
  page: number,
  parts: Partial<ZendeskSyncBatch> & Pick<SyncBatch, 'records' | 'rejected'>,
): ZendeskSyncBatch {
  const rejected = [...ctx.pending, ...parts.rejected];
  ctx.pending = [];
  reportBatch(ctx.onProgress, page, { records: parts.records, rejected });
  return {
    deleted: [],
    unanswered: [],
    warnings: [],
    ...parts,
    rejected,
    checkpoint: zendeskCheckpoints.create(state),
  };
}

/**
 * The incremental ticket export with metric sets (HELPDESK-APIS §1.3b), one batch per page, to
 * `end_of_stream` (never to the first empty page). Deleted tickets are not excluded, so their
 * ids reach the sink.
 */
async function* ticketsPhase(
  ctx: RunContext,
  state: ZendeskSyncState,
  options: ZendeskAdapterOptions,
): AsyncGenerator<ZendeskSyncBatch, ZendeskSyncState> {
  const pages = paginateCursor(ctx.http, {
    path: '/incremental/tickets/cursor.json',
    ...zendeskIncrementalPaging('tickets', options.startTime ?? 0, {
      include: 'metric_sets',
      per_page: Math.min(options.pageSize ?? 1000, 1000),
    }),
    ...(state.cursor ? { start: state.cursor } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  let cursor = state.cursor;
  for await (const page of pages) {
    let lookups = ctx.lookups;
    let commentRejections: Rejection[] = [];
    if (options.firstReplyFrom === 'comments') {
      const comments = await loadZendeskComments(ctx.http, answeredIds(page.items), ctx.signal);
      const replies = zendeskFirstReplies(comments, lookups.users ?? new Map());
      lookups = { ...lookups, firstReplies: replies.firstReplies };
      commentRejections = replies.rejected;
    }
    const mapped = mapZendeskTicketExportPage(page.response.body, lookups);
    const records = ctx.unique(mapped.tickets.map((record) => ({ kind: 'ticket', record })));
    // Zendesk hands out a cursor even on the last page: the next run starts there.
    cursor = mapped.afterCursor ?? cursor;
    const last = page.next === undefined;
    const next: ZendeskSyncState = {
      ...state,
      cursor,
      phase: last && options.satisfaction !== false ? 'ratings' : 'tickets',
    };
    yield batch(ctx, next, page.page, {
      records,
      rejected: [...mapped.rejected, ...commentRejections],
      deleted: mapped.deleted,
    });
    state = next;
  }
  return state;
}

/** Live tickets whose metric set says an agent has replied: the ones with a first reply to find. */
function answeredIds(items: readonly unknown[]): number[] {
  return items.flatMap((raw) => {
    const t = raw as { id?: unknown; status?: unknown; metric_set?: { replies?: unknown } | null };
    const replies = t?.metric_set?.replies;
    return typeof t?.id === 'number' &&
      t.status !== 'deleted' &&
      typeof replies === 'number' &&
      replies > 0
      ? [t.id]
      : [];
  });
}

const epochSeconds = (iso: unknown) =>
  typeof iso === 'string' ? Math.floor(Date.parse(iso) / 1000) : NaN;

/**
 * Legacy satisfaction ratings (§1.2), cursor-paged, from `start_time` = the newest rating an
 * earlier run saw. Ratings updated no later than that are not emitted again, so a finished run
 * resumed from its last checkpoint repeats nothing even if the server ignores the filter.
 */
async function* ratingsPhase(
  ctx: RunContext,
  state: ZendeskSyncState,
): AsyncGenerator<ZendeskSyncBatch> {
  const since = state.ratingsSince;
  let max = state.ratingsMax;
  const pages = paginateCursor(ctx.http, {
    path: '/satisfaction_ratings',
    query: { 'page[size]': 100, ...(since !== null ? { start_time: since } : {}) },
    ...zendeskCursorPaging('satisfaction_ratings'),
    ...(state.ratingsAfter ? { start: state.ratingsAfter } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  try {
    for await (const page of pages) {
      const fresh = page.items.filter((raw) => {
        const at = epochSeconds((raw as { updated_at?: unknown } | null)?.updated_at);
        if (Number.isFinite(at)) max = Math.max(max ?? 0, at);
        // An unreadable timestamp is kept, for the schema to reject it by id.
        return since === null || !(at <= since);
      });
      const mapped = mapZendeskSatisfactionRatings(fresh, ctx.lookups);
      const records = ctx.unique(
        mapped.responses.map((record) => ({ kind: 'survey-response', record })),
      );
      const last = page.next === undefined;
      const next: ZendeskSyncState = last
        ? {
            ...state,
            phase: 'tickets',
            ratingsAfter: null,
            ratingsSince: max ?? since,
            ratingsMax: null,
          }
        : { ...state, ratingsAfter: page.next ?? null, ratingsMax: max };
      yield batch(ctx, next, page.page, {
        records,
        rejected: mapped.rejected,
        unanswered: mapped.unanswered,
      });
    }
  } catch (error) {
    // Lower plans and accounts on the new CSAT answer 403/404 here (gotchas 9, 11).
    if (!(error instanceof HttpError) || (error.status !== 403 && error.status !== 404))
      throw error;
    const warning = `satisfaction ratings skipped: HTTP ${error.status} (legacy CSAT not available on this account)`;
    yield batch(ctx, { ...state, phase: 'tickets', ratingsAfter: null, ratingsMax: null }, 1, {
      records: [],
      rejected: [],
      warnings: [warning],
    });
  }
}

/**
 * Zendesk tickets through the cursor-based incremental export with `include=metric_sets`, then
 * legacy satisfaction ratings as binary CSAT answers. Lookups (custom statuses, groups, users)
 * are loaded first on every run. Each page is a batch whose checkpoint resumes after it; the last
 * checkpoint of a run is where the next run continues, fetching only what changed since.
 */
export function createZendeskAdapter(options: ZendeskAdapterOptions): ZendeskAdapter {
  return {
    name: 'zendesk',
    kinds: options.satisfaction === false ? ['ticket'] : ['ticket', 'survey-response'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}) {
      let state = zendeskCheckpoints.read(checkpoint) ?? INITIAL_ZENDESK_STATE;
      signal?.throwIfAborted();
      const http = clientForSync(
        { ...options.http, baseUrl: options.baseUrl, auth: options.auth },
        { signal, onProgress },
      );
      const { lookups, rejected } = await loadZendeskLookups(http, signal);
      const ctx: RunContext = {
        http,
        lookups,
        signal,
        onProgress,
        unique: uniqueRecords(),
        pending: rejected,
      };
      if (state.phase === 'tickets') state = yield* ticketsPhase(ctx, state, options);
      if (state.phase === 'ratings') yield* ratingsPhase(ctx, state);
    },
  };
}
