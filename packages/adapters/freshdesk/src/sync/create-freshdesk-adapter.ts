import {
  clientForSync,
  freshdeskApiKeyAuth,
  parseLinkHeader,
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
import type { FreshdeskLookups } from '../map/freshdesk-lookups.js';
import { mapFreshdeskSatisfactionRatings } from '../map/map-freshdesk-satisfaction-ratings.js';
import {
  mapFreshdeskTicketsPage,
  type FreshdeskRemovedTicket,
} from '../map/map-freshdesk-tickets-page.js';
import { freshdeskCheckpoints, type FreshdeskSyncState } from './freshdesk-checkpoint.js';

export interface FreshdeskAdapterOptions {
  /** `https://{domain}.freshdesk.com/api/v2` */
  baseUrl: string;
  /** API key, read by the caller from an environment variable (Basic `{key}:X`). */
  apiKey: string;
  /**
   * Where a first sync starts (ISO-8601). Always sent: without `updated_since` Freshdesk lists
   * only tickets created in the last 30 days (gotcha 1). Default `2000-01-01T00:00:00Z`.
   */
  since?: string;
  /** Tickets per page, at most 100. Default 100. */
  perPage?: number;
  /** The page cap of the tickets list. Default 300 (page 301 is refused, gotcha 2). */
  maxPage?: number;
  /** Agent and group names, custom statuses (from `/agents`, `/groups`, `/ticket_fields`). */
  lookups?: FreshdeskLookups;
  /**
   * Also list `filter=spam` and `filter=deleted` tickets, whose ids come back in `removed`: the
   * default list leaves them out, so a deletion is otherwise never seen (gotcha 4). Default true.
   */
  removedPasses?: boolean;
  /** Read satisfaction ratings after the tickets. Default true. */
  satisfaction?: boolean;
  /** Client tuning (tests pass an instant sleep and a short timeout here). */
  http?: Partial<Omit<HttpClientOptions, 'baseUrl' | 'auth'>>;
}

/** A batch of the Freshdesk adapter: the contract's, plus spam and deleted ticket ids. */
export interface FreshdeskSyncBatch extends SyncBatch {
  removed: FreshdeskRemovedTicket[];
}

export interface FreshdeskAdapter extends Adapter {
  sync(options?: SyncOptions): AsyncIterable<FreshdeskSyncBatch>;
}

/** A window whose every page holds tickets of one `updated_at` cannot move forward. */
export class FreshdeskWindowError extends Error {
  override readonly name = 'FreshdeskWindowError';
}

const DEFAULT_SINCE = '2000-01-01T00:00:00Z';
const PASSES = ['all', 'spam', 'deleted'] as const;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The largest `field` instant among raw items, or `fallback`. */
function newest(items: readonly unknown[], field: string, fallback: string): string {
  let max = Date.parse(fallback);
  for (const item of items) {
    const value = (item as Record<string, unknown> | null)?.[field];
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (ms > max) max = ms;
  }
  return iso(max);
}

interface Ctx {
  http: HttpClient;
  /** Rejections already reported in this run: window overlaps read some records twice. */
  reported: Set<string>;
  signal: AbortSignal | undefined;
  onProgress: SyncOptions['onProgress'];
  unique: (records: readonly AdapterRecord[]) => AdapterRecord[];
}

async function getPage(ctx: Ctx, path: string, query: Record<string, string | number>) {
  const response = await ctx.http.get(path, {
    query,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const more = parseLinkHeader(response.headers.get('link')).next !== undefined;
  return { body: response.body, more };
}

function emit(
  ctx: Ctx,
  page: number,
  state: FreshdeskSyncState,
  records: AdapterRecord[],
  rejected: Rejection[],
  removed: FreshdeskRemovedTicket[] = [],
): FreshdeskSyncBatch {
  rejected = rejected.filter((r) => {
    const key = `${r.where}\u0000${r.reason}\u0000${r.path.join('.')}`;
    const fresh = !ctx.reported.has(key);
    ctx.reported.add(key);
    return fresh;
  });
  reportBatch(ctx.onProgress, page, { records, rejected });
  return { records, rejected, removed, checkpoint: freshdeskCheckpoints.create(state) };
}

/**
 * Freshdesk tickets by `updated_since`, ascending by `updated_at`, with `include=stats`; past the
 * 300-page cap by starting a new window at the last ticket's `updated_at` (gotcha 2, as Airbyte
 * does), deduplicated by id within a run. Then the spam and deleted passes from the run's start,
 * then satisfaction ratings by `created_since`.
 */
export function createFreshdeskAdapter(options: FreshdeskAdapterOptions): FreshdeskAdapter {
  const perPage = Math.min(options.perPage ?? 100, 100);
  const maxPage = options.maxPage ?? 300;
  const satisfaction = options.satisfaction !== false;
  const lookups = options.lookups ?? {};
  const removedPasses = options.removedPasses !== false;
  return {
    name: 'freshdesk',
    kinds: satisfaction ? ['ticket', 'survey-response'] : ['ticket'],
    async *sync({ checkpoint, signal, onProgress }: SyncOptions = {}) {
      const since = options.since ?? DEFAULT_SINCE;
      let state: FreshdeskSyncState = freshdeskCheckpoints.read(checkpoint) ?? {
        phase: 'tickets',
        pass: 'all',
        runSince: since,
        newest: since,
        since,
        page: 1,
        ratingsSince: since,
        ratingsPage: 1,
      };
      signal?.throwIfAborted();
      const ctx: Ctx = {
        http: clientForSync(
          { ...options.http, baseUrl: options.baseUrl, auth: freshdeskApiKeyAuth(options.apiKey) },
          { signal, onProgress },
        ),
        signal,
        onProgress,
        unique: uniqueRecords(),
        reported: new Set(),
      };
      const passes: readonly FreshdeskSyncState['pass'][] = removedPasses ? PASSES : ['all'];
      // The state once the ticket passes are done: ratings, or the next run's start.
      const afterTickets = (s: FreshdeskSyncState): FreshdeskSyncState =>
        satisfaction
          ? { ...s, phase: 'ratings', pass: 'all', since: s.newest, runSince: s.newest, page: 1 }
          : { ...s, pass: 'all', since: s.newest, runSince: s.newest, page: 1 };
      let pageCount = 0;
      let ticketsDone = false;
      while (state.phase === 'tickets' && !ticketsDone) {
        const { body, more } = await getPage(ctx, '/tickets', {
          updated_since: state.since,
          ...(state.pass === 'all' ? {} : { filter: state.pass }),
          order_by: 'updated_at',
          order_type: 'asc',
          per_page: perPage,
          page: state.page,
          include: 'stats',
        });
        const mapped = mapFreshdeskTicketsPage(body, lookups);
        const items = body as unknown[];
        const newest_ =
          state.pass === 'all' ? newest(items, 'updated_at', state.newest) : state.newest;
        let next: FreshdeskSyncState;
        if (more && state.page < maxPage)
          next = { ...state, newest: newest_, page: state.page + 1 };
        else if (more) {
          // The cap: a new window from the last ticket's updated_at; the overlap is deduplicated.
          const from = newest(items.slice(-1), 'updated_at', state.since);
          if (from === state.since) {
            throw new FreshdeskWindowError(
              `Freshdesk tickets: more than ${maxPage} pages of tickets updated at ${from}; the updated_since window cannot move forward`,
            );
          }
          next = { ...state, newest: newest_, since: from, page: 1 };
        } else {
          const following = passes[passes.indexOf(state.pass) + 1];
          if (following) {
            next = { ...state, newest: newest_, pass: following, since: state.runSince, page: 1 };
          } else {
            next = afterTickets({ ...state, newest: newest_ });
            ticketsDone = true;
          }
        }
        const records = ctx.unique(mapped.tickets.map((record) => ({ kind: 'ticket', record })));
        yield emit(ctx, ++pageCount, next, records, mapped.rejected, mapped.removed);
        state = next;
      }
      if (state.phase !== 'ratings') return;
      let ratingsSeen = state.ratingsSince;
      for (;;) {
        const { body, more } = await getPage(ctx, '/surveys/satisfaction_ratings', {
          created_since: state.ratingsSince,
          per_page: perPage,
          page: state.ratingsPage,
        });
        if (!Array.isArray(body)) {
          throw new TypeError(
            'Freshdesk satisfaction ratings: the page is not the documented bare JSON array',
          );
        }
        ratingsSeen = newest(body, 'created_at', ratingsSeen);
        const mapped = mapFreshdeskSatisfactionRatings(body, lookups);
        const next: FreshdeskSyncState = more
          ? { ...state, ratingsPage: state.ratingsPage + 1 }
          : { ...state, phase: 'tickets', ratingsSince: ratingsSeen, ratingsPage: 1 };
        const records = ctx.unique(
          mapped.responses.map((record) => ({ kind: 'survey-response', record })),
        );
        yield emit(ctx, ++pageCount, next, records, mapped.rejected);
        state = next;
        if (!more) return;
      }
    },
  };
}
