import { readFileSync } from 'node:fs';

/** A recorded payload from `test/fixtures/`, parsed. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

type Page<K extends string> = Record<K, unknown[]>;

/** The lookups input built from the recorded side payloads. */
export function recordedLookupInput() {
  const comments = fixture<Record<string, { comments: unknown[] }>>('ticket-comments.json');
  return {
    users: fixture<Page<'users'>>('users.json').users,
    groups: fixture<Page<'groups'>>('groups.json').groups,
    customStatuses: fixture<Page<'custom_statuses'>>('custom-statuses.json').custom_statuses,
    comments: Object.fromEntries(Object.entries(comments).map(([id, page]) => [id, page.comments])),
  };
}

/**
 * Tickets of the recorded export page whose first public agent reply is in the recorded
 * comments (ticket-comments.json): with `firstReplyFrom: 'comments'` exactly these get an FRT
 * from comments, which the cross-check compares with Zendesk's own minutes.
 */
export const COMMENT_ANSWERED_IDS = ['48211', '48212', '48213', '48214', '48216', '48217', '48221'];
