import { pagesOf, type FakeRoute } from '@tablero/adapter-kit/testing';
import { fixture } from '../fixture.js';
import { startFakeFreshdesk, type FakeFreshdeskOptions } from './fake-freshdesk.js';

/** 2025-04-03: the recorded tickets created before 4 March fall outside the 30-day default. */
export const NOW = Date.UTC(2025, 3, 3);

export const recordedTickets = (): unknown[] => [
  ...fixture<unknown[]>('tickets-page.json'),
  ...fixture<unknown[]>('broken-tickets-page.json'),
];

export const startRecordedFreshdesk = (apiKey: string, more: Partial<FakeFreshdeskOptions> = {}) =>
  startFakeFreshdesk({
    tickets: recordedTickets(),
    ratings: fixture<unknown[]>('satisfaction-ratings.json'),
    apiKey,
    now: NOW,
    ...more,
  });

/** Live tickets of a full sync: not spam (10474), deleted (10475) or broken (10501–10504). */
export const EXPECTED_TICKET_IDS = [
  '10452',
  '10460',
  '10461',
  '10462',
  '10463',
  '10464',
  '10465',
  '10466',
  '10467',
  '10468',
  '10469',
  '10470',
  '10471',
  '10472',
  '10473',
  '10500',
  '10505',
];
export const EXPECTED_RATING_IDS = [
  '102',
  '112',
  '113',
  '114',
  '115',
  '116',
  '117',
  '118',
  '119',
  '120',
];

type Row = Record<string, unknown>;
const by = (field: string) => (a: Row, b: Row) =>
  Date.parse(String(a[field])) - Date.parse(String(b[field])) || Number(a.id) - Number(b.id);

/** The Basic `{key}:X` header Freshdesk expects (HELPDESK-APIS §2.1). */
export const freshdeskAuthorization = (apiKey: string) =>
  `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;

/** Where a first sync starts when no `since` is given (the adapter's default). */
export const FIRST_SINCE = '2000-01-01T00:00:00Z';

/**
 * The recorded tickets and ratings as routes of the kit's fake server: bare-array pages with
 * `Link` paging, the default list (live tickets by `updated_at` ascending) apart from the
 * `filter=spam` and `filter=deleted` lists. A first sync (`updated_since`/`created_since` of
 * `FIRST_SINCE`) gets the recording; any later window gets empty lists, as an account where
 * nothing changed would. The windowing traps run on `startFakeFreshdesk`, which filters.
 */
export function freshdeskRoutes(perPage: number): FakeRoute[] {
  const tickets = (recordedTickets() as Row[]).sort(by('updated_at'));
  const ratings = fixture<Row[]>('satisfaction-ratings.json').sort(by('created_at'));
  const list = (path: string, query: Record<string, string | null>, rows: Row[]): FakeRoute[] => [
    { path, query, pagination: 'link', body: 'array', pages: pagesOf(rows, perPage) },
    // Routes are tried in order: without the first window's value, nothing new.
    {
      path,
      query: Object.fromEntries(Object.entries(query).filter(([k]) => !k.endsWith('_since'))),
      pagination: 'link',
      body: 'array',
      pages: [],
    },
  ];
  const since = { updated_since: FIRST_SINCE };
  return [
    ...list(
      '/api/v2/tickets',
      { filter: null, ...since },
      tickets.filter((t) => t.spam !== true && t.deleted !== true),
    ),
    ...list(
      '/api/v2/tickets',
      { filter: 'spam', ...since },
      tickets.filter((t) => t.spam === true && t.deleted !== true),
    ),
    ...list(
      '/api/v2/tickets',
      { filter: 'deleted', ...since },
      tickets.filter((t) => t.deleted === true),
    ),
    ...list('/api/v2/surveys/satisfaction_ratings', { created_since: FIRST_SINCE }, ratings),
  ];
}
