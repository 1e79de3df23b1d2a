import type { HttpClient } from '@tablero/adapter-kit';

export interface HubspotSearchWindow {
  /** `hs_lastmodifieddate ≥ since` (epoch ms). */
  since: number;
  /** `hs_lastmodifieddate < until` (epoch ms): fixed for the whole run. */
  until: number;
  /** Resume after this `hs_object_id` (null: from the start of the window). */
  lastId: string | null;
}

export interface HubspotSearchPage {
  body: unknown;
  /** The id of the page's last object, where the next query starts. */
  lastId: string | null;
  /** Fewer objects than asked for: the window is read. */
  done: boolean;
}

/**
 * Keyset paging over `POST /crm/v3/objects/{type}/search` (HELPDESK-APIS §3.3, gotchas 1–2): each
 * request is a fresh query for one modified-date window, sorted by `hs_object_id` and starting
 * after the last id read. No query ever pages with `after`, so none reaches the 10,000-result
 * cap, and thousands of objects sharing one `hs_lastmodifieddate` cannot trap it in a loop.
 */
export async function* searchHubspotObjects(
  http: HttpClient,
  objectType: string,
  window: HubspotSearchWindow,
  options: { properties: readonly string[]; limit: number; signal?: AbortSignal },
): AsyncGenerator<HubspotSearchPage> {
  let lastId = window.lastId;
  for (;;) {
    const filters = [
      { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(window.since) },
      { propertyName: 'hs_lastmodifieddate', operator: 'LT', value: String(window.until) },
      ...(lastId !== null ? [{ propertyName: 'hs_object_id', operator: 'GT', value: lastId }] : []),
    ];
    const { body } = await http.request('POST', `/crm/v3/objects/${objectType}/search`, {
      body: {
        filterGroups: [{ filters }],
        sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
        properties: options.properties,
        limit: options.limit,
      },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const results = (body as { results?: unknown } | undefined)?.results;
    const items = Array.isArray(results) ? results : [];
    const last = items.at(-1) as { id?: unknown } | undefined;
    const id = last?.id;
    const nextId = typeof id === 'string' || typeof id === 'number' ? String(id) : lastId;
    if (items.length > 0 && nextId === lastId) {
      throw new TypeError(`HubSpot ${objectType} search: the last result has no usable id`);
    }
    const done = items.length < options.limit;
    yield { body, lastId: nextId, done };
    if (done) return;
    lastId = nextId;
  }
}
