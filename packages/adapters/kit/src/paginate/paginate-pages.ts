import type { HttpClient, Page, PaginateBase, Query } from './page.js';

export interface PageNumberPaging<T> extends PaginateBase<T> {
  query?: Query;
  /** Default `page`. */
  pageParam?: string;
  /** First page number of the API. Default 1. */
  firstPage?: number;
  /** Resume at this page number (a previous page's `next`). */
  start?: number;
  /** Page size to request; also lets the default stop condition spot a short last page. */
  perPage?: number;
  /** Default `per_page`. */
  perPageParam?: string;
  /**
   * Whether this page is the last. Default: an empty page, or fewer items than `perPage`
   * (singer's rule for Freshdesk). An empty page is never yielded.
   */
  isLast?: (page: { body: unknown; items: T[]; number: number; perPage?: number }) => boolean;
  /** Never request beyond this page number (Freshdesk refuses page 301). */
  maxPage?: number;
}

/** Walks `?page=1,2,3…` until the stop condition says the page was the last. */
export async function* paginatePages<T>(
  http: HttpClient,
  options: PageNumberPaging<T>,
): AsyncGenerator<Page<T, number>, void, undefined> {
  const pageParam = options.pageParam ?? 'page';
  const isLast =
    options.isLast ??
    (({ items, perPage }) =>
      items.length === 0 || (perPage !== undefined && items.length < perPage));
  let number = options.start ?? options.firstPage ?? 1;
  for (let page = 1; ; page++, number++) {
    const query: Query = {
      ...options.query,
      [pageParam]: number,
      ...(options.perPage !== undefined
        ? { [options.perPageParam ?? 'per_page']: options.perPage }
        : {}),
    };
    const response = await http.get(options.path, {
      query,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const items = options.items(response.body);
    const last =
      isLast({
        body: response.body,
        items,
        number,
        ...(options.perPage !== undefined ? { perPage: options.perPage } : {}),
      }) ||
      (options.maxPage !== undefined && number >= options.maxPage);
    if (items.length === 0) return;
    yield { items, page, response, next: last ? undefined : number + 1 };
    if (last) return;
  }
}
