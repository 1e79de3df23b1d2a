import {
  HttpError,
  paginateCursor,
  zendeskCursorPaging,
  type HttpClient,
} from '@tablero/adapter-kit';

/**
 * The raw comments of the tickets that have a first reply, by ticket id, from
 * `GET /tickets/{id}/comments` (oldest first). One ticket costs one request (more only past 100
 * comments), so this runs only when asked for. A ticket answering 404 (deleted since the export
 * page was read) is left to the reply minutes.
 */
export async function loadZendeskComments(
  http: HttpClient,
  ticketIds: readonly number[],
  signal?: AbortSignal,
): Promise<Record<string, unknown[]>> {
  const byTicket: Record<string, unknown[]> = {};
  for (const id of ticketIds) {
    const comments: unknown[] = [];
    try {
      for await (const page of paginateCursor(http, {
        path: `/tickets/${id}/comments`,
        query: { 'page[size]': 100 },
        ...zendeskCursorPaging('comments'),
        ...(signal ? { signal } : {}),
      })) {
        comments.push(...page.items);
      }
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) continue;
      throw error;
    }
    byTicket[String(id)] = comments;
  }
  return byTicket;
}
