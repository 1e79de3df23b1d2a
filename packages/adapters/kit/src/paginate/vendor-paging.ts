import { itemsAt, valueAt } from './page.js';

const asCursor = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * Zendesk list endpoints: `?page[size]=N&page[after]=…`, `meta.has_more`, `meta.after_cursor`
 * (HELPDESK-APIS §1.3a). Spread into `paginateCursor` with `path` and `query`.
 */
export function zendeskCursorPaging(itemsKey: string) {
  return {
    cursorParam: 'page[after]',
    items: itemsAt(itemsKey),
    next: (body: unknown) =>
      valueAt(body, 'meta', 'has_more') === true
        ? asCursor(valueAt(body, 'meta', 'after_cursor'))
        : undefined,
  };
}

/**
 * Zendesk cursor incremental export: the first request sends `start_time` (epoch seconds), the
 * next ones only `cursor`; stop on `end_of_stream`, not on an empty page (HELPDESK-APIS §1.3b).
 */
export function zendeskIncrementalPaging(itemsKey: string, startTime: number, extra = {}) {
  return {
    query: (cursor: string | undefined) =>
      cursor ? { ...extra, cursor } : { ...extra, start_time: startTime },
    items: itemsAt(itemsKey),
    next: (body: unknown) =>
      valueAt(body, 'end_of_stream') === true ? undefined : asCursor(valueAt(body, 'after_cursor')),
  };
}

/** HubSpot CRM v3 lists: `results`, `paging.next.after` sent back as `after` (HELPDESK-APIS §3.3). */
export function hubspotPaging() {
  return {
    cursorParam: 'after',
    items: itemsAt('results'),
    next: (body: unknown) => asCursor(valueAt(body, 'paging', 'next', 'after')),
  };
}

/**
 * HubSpot CRM search (`POST /crm/v3/objects/{type}/search`): the cursor goes in the body as
 * `after`, beside the filters (HELPDESK-APIS §3.3). Mind the 10,000-result cap per query.
 */
export function hubspotSearchPaging(search: Readonly<Record<string, unknown>>) {
  return {
    body: (cursor: string | undefined) => (cursor ? { ...search, after: cursor } : { ...search }),
    items: itemsAt('results'),
    next: (body: unknown) => asCursor(valueAt(body, 'paging', 'next', 'after')),
  };
}
