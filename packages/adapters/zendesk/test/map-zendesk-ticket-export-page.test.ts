import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES, type Ticket } from '@tablero/core';
import { buildZendeskLookups, mapZendeskTicketExportPage } from '../src/index.js';
import { fixture, recordedLookupInput } from './fixture.js';

const page = fixture('incremental-tickets-page.json');
const { lookups, rejected: lookupRejections } = buildZendeskLookups(recordedLookupInput());
const result = mapZendeskTicketExportPage(page, lookups);
const byId = new Map(result.tickets.map((t) => [t.id, t]));
const ticket = (id: number): Ticket => {
  const found = byId.get(String(id));
  if (!found) throw new Error(`ticket ${id} was not mapped`);
  return found;
};
const ms = (iso: string) => Date.parse(iso);

describe('Zendesk incremental export page (HELPDESK-APIS §1.3b, §1.6)', () => {
  it('maps every live ticket, reports the deleted one, rejects none', () => {
    expect(lookupRejections).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.tickets.map((t) => t.id)).toEqual([
      '48211',
      '48212',
      '48213',
      '48214',
      '48215',
      '48216',
      '48217',
      '48218',
      '48221',
    ]);
    expect(result.deleted).toEqual(['48230']);
    expect(result.afterCursor).toBe('MTc0MTYwNDU4NS4wfHw0ODIyMXw=');
    expect(result.endOfStream).toBe(true);
  });

  it('keeps the vendor source and ids as strings', () => {
    expect(ticket(48211).source).toEqual({ system: 'zendesk', id: '48211' });
    expect(ticket(48211).customerId).toBe('5501');
    expect(ticket(48212).customerId).toBeUndefined(); // organization_id: null
  });
});

describe('Zendesk status and custom statuses (HELPDESK-APIS §4.1, custom statuses)', () => {
  it('covers every core status from the page', () => {
    const statuses = new Set(result.tickets.map((t) => t.status));
    expect([...statuses].sort()).toEqual([...TICKET_STATUSES].sort());
  });

  it.each([
    [48215, 'new', 'New'],
    [48212, 'open', 'Open'],
    [48213, 'pending', 'Pending'],
    [48214, 'on_hold', 'Esperando proveedor'], // category hold
    [48211, 'solved', 'Solved'],
    [48217, 'closed', 'Solved'], // closed belongs to the solved category, status decides
  ] as const)('ticket %i → %s (custom status %s)', (id, status, label) => {
    expect(ticket(id).status).toBe(status);
    expect(ticket(id).custom?.zendeskCustomStatus).toBe(label);
  });
});

describe('Zendesk priority, channel, tags, names (HELPDESK-APIS §1.5, §4.2)', () => {
  it.each([
    [48214, 'urgent'],
    [48212, 'high'],
    [48211, 'normal'],
    [48213, 'low'],
    [48215, undefined], // priority: null
  ] as const)('ticket %i priority %s', (id, priority) => {
    expect(ticket(id).priority).toBe(priority);
  });

  it.each([
    [48211, 'email', 'email'],
    [48212, 'web', 0], // via id 0 = web_form
    [48213, 'chat', 'native_messaging'],
    [48214, 'phone', 'voice'],
    [48215, 'api', 'api'],
    [48216, 'email', 4], // via id 4 = mail
    [48217, 'social', 'twitter'],
    [48221, 'social', 'instagram_dm'],
  ] as const)('ticket %i channel %s from via %s, raw kept', (id, channel, via) => {
    expect(ticket(id).channel).toBe(channel);
    expect(ticket(id).custom?.zendeskVia).toBe(via);
  });

  it('names groups and assignees from the lookups, ids when unknown', () => {
    expect(ticket(48211).group).toBe('Facturación');
    expect(ticket(48211).assignee).toBe('Lucía Fernández');
    expect(ticket(48212).assignee).toBe('Marcos Ruiz'); // an admin is an agent too
    expect(ticket(48221).group).toBe('360003'); // not in groups.json
    expect(ticket(48221).assignee).toBe('7003'); // not in users.json
    expect(ticket(48215).group).toBeUndefined(); // group_id: null
    expect(ticket(48215).assignee).toBeUndefined();
  });

  it('keeps tags, the ticket type and custom fields', () => {
    expect(ticket(48211).tags).toEqual(['billing', 'export']);
    expect(ticket(48215).tags).toEqual([]);
    expect(ticket(48211).custom).toMatchObject({
      zendeskType: 'question',
      'field:27642': 'billing_export',
      'field:27648': null,
    });
    expect(ticket(48212).custom?.['field:27650']).toBe('web,mobile');
    expect(ticket(48215).custom).toMatchObject({ 'field:27651': true, 'field:27652': 3 });
    expect(ticket(48215).custom?.zendeskType).toBeUndefined(); // type: null
  });
});

describe('Zendesk metric set (HELPDESK-APIS §1.5 ticket metrics)', () => {
  it('replies are agent touches and reopens are reopens', () => {
    expect(ticket(48216).agentTouches).toBe(3);
    expect(ticket(48216).reopens).toBe(1);
    expect(ticket(48215).agentTouches).toBe(0);
  });

  it('a solved ticket never reopened resolves at solved_at, first and full alike', () => {
    expect(ticket(48211).resolvedAt).toBe(ms('2025-03-04T16:01:59Z'));
    expect(ticket(48211).fullyResolvedAt).toBe(ms('2025-03-04T16:01:59Z'));
    expect(ticket(48211).closedAt).toBeUndefined();
  });

  it('a reopened ticket: first solve from first_resolution minutes, full solve at solved_at', () => {
    // created 09:00:00 + 120 calendar minutes = 11:00:00
    expect(ticket(48216).resolvedAt).toBe(ms('2025-03-05T11:00:00Z'));
    expect(ticket(48216).fullyResolvedAt).toBe(ms('2025-03-06T10:15:20Z'));
  });

  it('a closed ticket closes when its status last changed', () => {
    expect(ticket(48217).closedAt).toBe(ms('2025-02-25T09:30:05Z'));
    expect(ticket(48217).fullyResolvedAt).toBe(ms('2025-02-21T09:30:00Z'));
  });

  it('open tickets have no resolution; null minutes stay null in custom', () => {
    expect(ticket(48212).resolvedAt).toBeUndefined();
    expect(ticket(48212).fullyResolvedAt).toBeUndefined();
    expect(ticket(48212).custom?.zendeskFullResolutionMinutesCalendar).toBeNull();
    expect(ticket(48215).firstResponseAt).toBeUndefined(); // reply_time null, no comments
    // first_resolution_time_in_minutes missing entirely from the metric set
    expect(ticket(48215).custom?.zendeskFirstResolutionMinutesCalendar).toBeNull();
  });

  it("keeps Zendesk's calendar and business minutes next to ours", () => {
    expect(ticket(48216).custom).toMatchObject({
      zendeskReplyMinutesCalendar: 30,
      zendeskReplyMinutesBusiness: 30,
      zendeskFirstResolutionMinutesCalendar: 120,
      zendeskFullResolutionMinutesCalendar: 1515,
      zendeskFullResolutionMinutesBusiness: 555,
      zendeskRequesterWaitMinutesBusiness: 495,
      zendeskAssigneeStations: 1,
      zendeskGroupStations: 1,
    });
  });

  it('first response comes from comments when given, else from the reply minutes', () => {
    expect(ticket(48211).firstResponseAt).toBe(ms('2025-03-03T09:50:31Z'));
    expect(ticket(48211).custom?.firstResponseFrom).toBe('comments');
    const withoutComments = mapZendeskTicketExportPage(page, {
      ...lookups,
      firstReplies: undefined,
    });
    const t = withoutComments.tickets.find((x) => x.id === '48211')!;
    // created 09:12:44 + 38 minutes, to the minute only
    expect(t.firstResponseAt).toBe(ms('2025-03-03T09:50:44Z'));
    expect(t.custom?.firstResponseFrom).toBe('reply_time_in_minutes');
  });
});

describe('Zendesk merged and deleted tickets (HELPDESK-APIS gotchas 2 and 8)', () => {
  it('a merged source ticket is kept for volume with no resolution instants', () => {
    const merged = ticket(48218);
    expect(merged.status).toBe('closed');
    expect(merged.custom?.zendeskClosedByMerge).toBe(true);
    expect(merged.resolvedAt).toBeUndefined();
    expect(merged.fullyResolvedAt).toBeUndefined();
    // Zendesk counts the merge as a 7-minute solve; kept for comparison, not used.
    expect(merged.custom?.zendeskFullResolutionMinutesCalendar).toBe(7);
  });

  it('a deleted ticket is no Ticket, only an id to remove', () => {
    expect(byId.has('48230')).toBe(false);
    expect(result.deleted).toContain('48230');
  });
});

describe('Zendesk embedded satisfaction rating (HELPDESK-APIS §1.5)', () => {
  it('keeps the score on the ticket (it has no timestamp to be an answer)', () => {
    expect(ticket(48211).custom?.zendeskSatisfaction).toBe('good');
    expect(ticket(48216).custom?.zendeskSatisfaction).toBe('bad');
    expect(ticket(48217).custom?.zendeskSatisfaction).toBe('offered');
    expect(ticket(48212).custom?.zendeskSatisfaction).toBe('unoffered');
    expect(ticket(48213).custom?.zendeskSatisfaction).toBeUndefined(); // null
  });
});

describe('Zendesk broken records (issue 5: the rest of the page is kept)', () => {
  const broken = mapZendeskTicketExportPage(fixture('broken-tickets-page.json'));

  it('keeps the good tickets around the broken ones', () => {
    expect(broken.tickets.map((t) => t.id)).toEqual(['48300', '48304']);
    expect(broken.endOfStream).toBe(false);
  });

  it('names the record id and field path of each break, one rejection per record', () => {
    expect(broken.rejected.map((r) => [r.where, r.id, r.path.join('.'), r.reason])).toEqual([
      ['ticket 48301', 48301, 'priority', 'invalid-vendor-record'],
      ['ticket 48302', 48302, 'metric_set.replies', 'invalid-vendor-record'],
      // solved_at before created_at: the vendor shape is fine, the core model is not
      ['ticket 48303', 48303, 'ticket.resolvedAt', 'invalid-core-record'],
      ['ticket at index 4', undefined, 'id', 'invalid-vendor-record'],
    ]);
  });

  it('the message lists every field at fault', () => {
    const core = broken.rejected.find((r) => r.id === 48303)!;
    expect(core.message).toMatch(/resolvedAt.*fullyResolvedAt/);
    const noId = broken.rejected.find((r) => r.id === undefined)!;
    expect(noId.message).toMatch(/id:.*created_at:/);
  });

  it('refuses a page whose envelope is not the documented one', () => {
    expect(() => mapZendeskTicketExportPage({ tickets: 'nope', end_of_stream: true })).toThrow(
      /Zendesk ticket export.*field "tickets"/,
    );
    expect(() => mapZendeskTicketExportPage({ tickets: [] })).toThrow(/end_of_stream/);
  });
});

describe('Zendesk duplicates in the time-based export (HELPDESK-APIS gotcha 3)', () => {
  it('keeps one ticket per id, the latest generated_timestamp', () => {
    const dup = mapZendeskTicketExportPage(fixture('time-based-duplicates-page.json'));
    expect(dup.duplicates).toBe(1);
    expect(dup.tickets.map((t) => [t.id, t.status, t.priority])).toEqual([
      ['48400', 'pending', 'high'],
      ['48401', 'open', 'normal'],
    ]);
  });
});

describe('Zendesk top-level metric_sets sideload', () => {
  it('joins metric_sets[] to tickets by ticket_id when metric_set is not embedded', () => {
    const page = {
      tickets: [{ id: 1, created_at: '2025-03-01T10:00:00Z', status: 'open', tags: [] }],
      metric_sets: [{ ticket_id: 1, replies: 2, reopens: 0 }],
      end_of_stream: true,
    };
    expect(mapZendeskTicketExportPage(page).tickets[0]!.agentTouches).toBe(2);
  });
});
