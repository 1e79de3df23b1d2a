import { parseLinkHeader } from './parse-link-header.js';
import {
  PaginationError,
  type HttpClient,
  type Page,
  type PaginateBase,
  type Query,
} from './page.js';

export interface LinkPaging<T> extends PaginateBase<T> {
  /** The first request's query (e.g. Freshdesk `updated_since`, `per_page`). */
  query?: Query;
  /** Resume from this URL (a previous page's `next`). */
  start?: string;
}

/**
 * Follows `Link: <…>; rel="next"` until a response has none (Freshdesk, HELPDESK-APIS §2.3).
 * `next` is the absolute next URL; a link to another origin is refused (the HTTP client would
 * refuse it too), so credentials never follow a vendor link off-site.
 */
export async function* paginateLink<T>(
  http: HttpClient,
  options: LinkPaging<T>,
): AsyncGenerator<Page<T, string>, void, undefined> {
  let target: string = options.start ?? options.path;
  let query: Query | undefined = options.start === undefined ? options.query : undefined;
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const response = await http.get(target, {
      ...(query ? { query } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const items = options.items(response.body);
    const link = parseLinkHeader(response.headers.get('link')).next;
    let next: string | undefined;
    if (link !== undefined) {
      const absolute = new URL(link, http.url(target));
      if (absolute.origin !== http.url(options.path).origin) {
        throw new PaginationError(`${options.path}: rel="next" points to another origin`);
      }
      next = absolute.href;
      if (seen.has(next)) {
        throw new PaginationError(`${options.path}: rel="next" repeats a page already read`);
      }
      seen.add(next);
    }
    yield { items, page, response, next };
    if (next === undefined) return;
    target = next;
    query = undefined;
  }
}
