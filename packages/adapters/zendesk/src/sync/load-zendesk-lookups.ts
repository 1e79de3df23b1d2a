import {
  HttpError,
  itemsAt,
  paginateCursor,
  zendeskCursorPaging,
  type HttpClient,
  type Rejection,
} from '@tablero/adapter-kit';
import { buildZendeskLookups, type ZendeskLookups } from '../map/zendesk-lookups.js';

/** Optional endpoints answer 403/404 on plans or accounts without the feature (gotcha 11). */
const optional = async (load: () => Promise<unknown[]>): Promise<unknown[]> => {
  try {
    return await load();
  } catch (error) {
    if (error instanceof HttpError && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
};

async function all(pages: AsyncIterable<{ items: unknown[] }>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const page of pages) items.push(...page.items);
  return items;
}

/**
 * Loads what tickets are resolved against, on every run (gotcha 10: statuses and names change):
 * custom statuses, groups, and the agents and admins (names, and roles for first replies).
 */
export async function loadZendeskLookups(
  http: HttpClient,
  signal?: AbortSignal,
): Promise<{ lookups: ZendeskLookups; rejected: Rejection[] }> {
  const common = signal ? { signal } : {};
  const customStatuses = await optional(async () => {
    const { body } = await http.get('/custom_statuses', common);
    return itemsAt('custom_statuses')(body);
  });
  const groups = await optional(() =>
    all(
      paginateCursor(http, {
        path: '/groups',
        query: { 'page[size]': 100 },
        ...zendeskCursorPaging('groups'),
        ...common,
      }),
    ),
  );
  // Agents and admins only: their names and roles are all a ticket needs, and the list endpoint
  // is not held to the incremental exports' 10 requests a minute (HELPDESK-APIS §1.4).
  const users = await all(
    paginateCursor(http, {
      path: '/users',
      query: { 'role[]': ['agent', 'admin'], 'page[size]': 100 },
      ...zendeskCursorPaging('users'),
      ...common,
    }),
  );
  return buildZendeskLookups({ users, groups, customStatuses });
}
