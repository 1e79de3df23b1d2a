import {
  PaginationError,
  type HttpClient,
  type Page,
  type PaginateBase,
  type Query,
} from './page.js';

export interface CursorPaging<T> extends PaginateBase<T> {
  /**
   * The query of each request: a fixed object (the cursor goes in `cursorParam`), or a function
   * of the cursor for APIs whose first request differs (Zendesk's `start_time` then `cursor`).
   */
  query?: Query | ((cursor: string | undefined) => Query);
  /** Where the cursor goes when `query` is an object. Default `cursor`. */
  cursorParam?: string;
  /** The cursor of the next page, or `undefined`/`null` when this was the last. */
  next: (body: unknown) => string | null | undefined;
  /** Resume from this cursor (a previous page's `next`). */
  start?: string;
  /**
   * POST this JSON body instead of a GET (HubSpot search sends `after` in the body). The
   * query, if any, is still sent, without the cursor.
   */
  body?: (cursor: string | undefined) => unknown;
}

/**
 * Follows an opaque cursor (Zendesk `after_cursor`/`has_more`, HubSpot `paging.next.after`).
 * A cursor that does not move is refused: looping on one page forever is worse than failing.
 */
export async function* paginateCursor<T>(
  http: HttpClient,
  options: CursorPaging<T>,
): AsyncGenerator<Page<T, string>, void, undefined> {
  let cursor = options.start;
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const inBody = options.body !== undefined;
    const query =
      typeof options.query === 'function'
        ? options.query(cursor)
        : {
            ...options.query,
            ...(cursor !== undefined && !inBody
              ? { [options.cursorParam ?? 'cursor']: cursor }
              : {}),
          };
    const response = await http.request(inBody ? 'POST' : 'GET', options.path, {
      query,
      ...(inBody ? { body: options.body!(cursor) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const items = options.items(response.body);
    const next = options.next(response.body) ?? undefined;
    if (next !== undefined) {
      if (next === cursor || seen.has(next)) {
        throw new PaginationError(`${options.path}: the next cursor repeats a cursor already read`);
      }
      seen.add(next);
    }
    yield { items, page, response, next };
    if (next === undefined) return;
    cursor = next;
  }
}
