import type { FakeRoute } from '@tablero/adapter-kit/testing';
import { fixture } from '../fixture.js';

export const ADMIN_EMAIL = 'admin@acme.es';

/** Basic `{email}/token:{api_token}` (HELPDESK-APIS §1.1), as the fake server must see it. */
export const zendeskAuthorization = (secret: string) =>
  `Basic ${Buffer.from(`${ADMIN_EMAIL}/token:${secret}`).toString('base64')}`;

type Page<K extends string> = Record<K, unknown[]>;

/** The recorded tickets (good, deleted and broken ones), in export order. */
export function recordedTickets(): unknown[] {
  return [
    ...fixture<Page<'tickets'>>('incremental-tickets-page.json').tickets,
    ...fixture<Page<'tickets'>>('broken-tickets-page.json').tickets,
  ];
}

export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/**
 * The recorded ratings as a live list returns them: each id once, in its latest version (the
 * fixture also holds an older copy of 91025 for the mapper's own test).
 */
export function recordedRatings(): unknown[] {
  const all = fixture<Page<'satisfaction_ratings'>>(
    'satisfaction-ratings.json',
  ).satisfaction_ratings;
  const ids = all.map((r) => (r as { id: number }).id);
  return all.filter((_, i) => ids.lastIndexOf(ids[i]!) === i);
}

/** The fake Zendesk: the ticket export in `ticketPages`, the lookups, and the ratings in pages of 2. */
export function zendeskRoutes(
  ticketPages: readonly (readonly unknown[])[],
  ratingPages: readonly (readonly unknown[])[] = pagesOf(recordedRatings(), 2),
): FakeRoute[] {
  return [
    {
      path: '/api/v2/satisfaction_ratings',
      pagination: 'zendesk-cursor',
      itemsKey: 'satisfaction_ratings',
      pages: ratingPages,
    },
    {
      path: '/api/v2/incremental/tickets/cursor.json',
      pagination: 'zendesk-incremental',
      itemsKey: 'tickets',
      pages: ticketPages,
    },
    {
      path: '/api/v2/users',
      pagination: 'zendesk-cursor',
      itemsKey: 'users',
      pages: [fixture<Page<'users'>>('users.json').users],
    },
    {
      path: '/api/v2/groups',
      pagination: 'zendesk-cursor',
      itemsKey: 'groups',
      pages: [fixture<Page<'groups'>>('groups.json').groups],
    },
    {
      path: '/api/v2/custom_statuses',
      pagination: 'page',
      itemsKey: 'custom_statuses',
      pages: [fixture<Page<'custom_statuses'>>('custom-statuses.json').custom_statuses],
    },
  ];
}

/** Survey responses of `recordedRatings()`: the good and bad ones. */
export const EXPECTED_RATING_IDS = ['91021', '91025', '91032'];

/** Ids a full sync of `recordedTickets()` yields: live tickets, not the deleted or broken ones. */
export const EXPECTED_IDS = [
  '48211',
  '48212',
  '48213',
  '48214',
  '48215',
  '48216',
  '48217',
  '48218',
  '48221',
  '48300',
  '48304',
];

/** `GET /tickets/{id}/comments` of every ticket with recorded comments. */
export function commentRoutes(): FakeRoute[] {
  const pages = fixture<Record<string, { comments: unknown[] }>>('ticket-comments.json');
  return Object.entries(pages).map(([id, page]) => ({
    path: `/api/v2/tickets/${id}/comments`,
    pagination: 'zendesk-cursor',
    itemsKey: 'comments',
    pages: [page.comments],
  }));
}
