import { pagesOf } from '../../src/testing/index.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2, 8, 0, 0);
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const CHANNELS = ['email', 'web', 'chat', 'voice', 'native_messaging', 'sms'] as const;

/** One Example Desk ticket as the API would send it, with extra fields the mapping ignores. */
function ticket(i: number) {
  const status = STATUSES[i % STATUSES.length]!;
  const created = START + i * (DAY / 3);
  const solved = status === 'solved' || status === 'closed';
  return {
    id: 5000 + i,
    url: `https://acme.example-desk.com/api/v2/tickets/${5000 + i}.json`,
    created_at: new Date(created).toISOString().replace('.000', ''),
    updated_at: new Date(created + DAY).toISOString(),
    subject: `Pedido ${i}`,
    status,
    priority: i % 4 === 0 ? null : (['low', 'normal', 'high'] as const)[i % 3],
    via: { channel: CHANNELS[i % CHANNELS.length], source: { rel: null } },
    group_id: 360000 + (i % 3),
    assignee_id: i % 5 === 0 ? null : 7000 + (i % 4),
    organization_id: 5500 + (i % 7),
    tags: i % 2 ? ['facturación'] : [],
    custom_fields: [{ id: 27642, value: null }],
    metric_set: {
      replies: i % 4,
      reopens: i % 9 === 0 ? 1 : 0,
      reply_time_in_minutes: { calendar: i % 6 === 0 ? null : 10 + i, business: null },
      solved_at: solved ? new Date(created + (i + 2) * 3_600_000).toISOString() : null,
    },
  };
}

export const EXAMPLE_DESK_PAGE_SIZE = 5;

/**
 * 23 tickets in 5 pages of at most 5. Ticket 5007 has a status the vendor schema does not know
 * and 5012 a malformed `created_at`: two rejections, every other ticket kept.
 */
export function exampleDeskFixture() {
  const tickets: Record<string, unknown>[] = Array.from({ length: 23 }, (_, i) => ticket(i));
  tickets[7] = { ...tickets[7], status: 'archived' };
  tickets[12] = { ...tickets[12], created_at: '12/03/2026' };
  const ids = tickets.map((t) => String(t.id)).filter((id) => id !== '5007' && id !== '5012');
  return {
    pages: pagesOf(tickets, EXAMPLE_DESK_PAGE_SIZE),
    ids,
    rejections: [
      { id: 5007, reason: 'invalid-vendor-record' },
      { id: 5012, reason: 'invalid-vendor-record' },
    ],
  };
}

/** The fake server's view of Example Desk, for `describeAdapterConformance({ api })`. */
export function exampleDeskApi(pages: unknown[][]) {
  return {
    routes: [
      {
        path: '/api/v2/tickets',
        pagination: 'zendesk-cursor' as const,
        itemsKey: 'tickets',
        pages,
      },
    ],
    authorization: (secret: string) => `Bearer ${secret}`,
  };
}
