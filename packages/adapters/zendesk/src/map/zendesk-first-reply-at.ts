import type { ZendeskTicketComment } from '../schema/zendesk-ticket-comment.js';
import type { ZendeskUser } from '../schema/zendesk-user.js';

/**
 * The instant of the first response: the earliest public comment by an agent or admin, not
 * counting the opening comment (an agent who logs a phone call has not replied yet). A comment
 * by an author missing from `users` is not counted, since its role is unknown.
 */
export function zendeskFirstReplyAt(
  comments: readonly ZendeskTicketComment[],
  users: ReadonlyMap<number, ZendeskUser>,
): number | undefined {
  const ordered = comments
    .map((c) => ({ ...c, at: Date.parse(c.created_at) }))
    .sort((a, b) => a.at - b.at || a.id - b.id);
  for (const comment of ordered.slice(1)) {
    const role = users.get(comment.author_id)?.role;
    if (comment.public && (role === 'agent' || role === 'admin')) return comment.at;
  }
  return undefined;
}
