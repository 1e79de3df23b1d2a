import { parseEach, type Rejection } from '@tablero/adapter-kit';
import {
  ZendeskCustomStatusSchema,
  type ZendeskCustomStatus,
} from '../schema/zendesk-custom-status.js';
import { ZendeskGroupSchema, type ZendeskGroup } from '../schema/zendesk-group.js';
import { ZendeskTicketCommentSchema } from '../schema/zendesk-ticket-comment.js';
import { ZendeskUserSchema, type ZendeskUser } from '../schema/zendesk-user.js';
import { zendeskFirstReplyAt } from './zendesk-first-reply-at.js';

/** What a ticket's ids are resolved against. Every part is optional: missing names stay ids. */
export interface ZendeskLookups {
  users?: ReadonlyMap<number, ZendeskUser>;
  groups?: ReadonlyMap<number, ZendeskGroup>;
  customStatuses?: ReadonlyMap<number, ZendeskCustomStatus>;
  /** First public agent reply per ticket id, epoch ms (from comments). */
  firstReplies?: ReadonlyMap<number, number>;
}

export interface ZendeskLookupInput {
  /** Raw `users[]` of `/incremental/users/cursor.json`. */
  users?: readonly unknown[];
  /** Raw `groups[]` of `/groups`. */
  groups?: readonly unknown[];
  /** Raw `custom_statuses[]` of `/custom_statuses`. */
  customStatuses?: readonly unknown[];
  /** Raw `comments[]` of `/tickets/{id}/comments`, by ticket id. */
  comments?: Readonly<Record<string, readonly unknown[]>>;
}

/** Validates the side data (each record on its own) and indexes it for the ticket mapper. */
export function buildZendeskLookups(input: ZendeskLookupInput): {
  lookups: ZendeskLookups;
  rejected: Rejection[];
} {
  const users = parseEach(ZendeskUserSchema, input.users ?? [], 'user');
  const groups = parseEach(ZendeskGroupSchema, input.groups ?? [], 'group');
  const statuses = parseEach(
    ZendeskCustomStatusSchema,
    input.customStatuses ?? [],
    'custom status',
  );
  const rejected = [...users.rejected, ...groups.rejected, ...statuses.rejected];
  const lookups: ZendeskLookups = {
    users: new Map(users.records.map((u) => [u.id, u])),
    groups: new Map(groups.records.map((g) => [g.id, g])),
    customStatuses: new Map(statuses.records.map((s) => [s.id, s])),
  };
  if (input.comments) {
    const replies = zendeskFirstReplies(input.comments, lookups.users!);
    rejected.push(...replies.rejected);
    lookups.firstReplies = replies.firstReplies;
  }
  return { lookups, rejected };
}

/** Validates raw comments by ticket id and finds each ticket's first agent reply. */
export function zendeskFirstReplies(
  comments: Readonly<Record<string, readonly unknown[]>>,
  users: ReadonlyMap<number, ZendeskUser>,
): { firstReplies: Map<number, number>; rejected: Rejection[] } {
  const firstReplies = new Map<number, number>();
  const rejected: Rejection[] = [];
  for (const [ticketId, raw] of Object.entries(comments)) {
    const parsed = parseEach(ZendeskTicketCommentSchema, raw, `ticket ${ticketId} comment`);
    rejected.push(...parsed.rejected);
    const at = zendeskFirstReplyAt(parsed.records, users);
    if (at !== undefined) firstReplies.set(Number(ticketId), at);
  }
  return { firstReplies, rejected };
}
