import { describe, expect, it } from 'vitest';
import { recordFinder } from '@tablero/adapter-kit/testing';
import { firstResponseTime } from '@tablero/core';
import { mapFreshdeskTicketsPage } from '../src/index.js';
import { fixture, lookups } from './fixture.js';

const result = mapFreshdeskTicketsPage(fixture('tickets-page.json'), lookups);
const ticket = recordFinder(result.tickets, 'ticket');
const ms = (iso: string) => Date.parse(iso);

describe('Freshdesk tickets page (HELPDESK-APIS §2.5–2.6)', () => {
  it('maps every live ticket, sets spam and deleted aside by id, rejects none', () => {
    expect(result.rejected).toEqual([]);
    expect(result.tickets).toHaveLength(15);
    expect(result.removed).toEqual([
      { id: '10474', reason: 'spam' },
      { id: '10475', reason: 'deleted' },
    ]);
    expect(ticket(10452).source).toEqual({ system: 'freshdesk', id: '10452' });
  });
});

describe('Freshdesk status codes by name, custom statuses by code (§2.5, §4.1, gotcha 8)', () => {
  it.each([
    [10460, 'open', 2, 'Open'],
    [10461, 'pending', 3, 'Pending'],
    [10452, 'solved', 4, 'Resolved'],
    [10462, 'closed', 5, 'Closed'],
    [10463, 'pending', 6, 'Waiting on Customer'],
    [10464, 'on_hold', 7, 'Waiting on Third Party'],
  ] as const)('ticket %i → %s (code %i, %s)', (id, status, code, name) => {
    expect(ticket(id).status).toBe(status);
    expect(ticket(id).custom).toMatchObject({ freshdeskStatus: code, freshdeskStatusName: name });
  });

  it('a custom status missing from the account table is open, its code kept', () => {
    expect(ticket(10465).status).toBe('open');
    expect(ticket(10465).custom?.freshdeskStatus).toBe(8);
    expect(ticket(10465).custom?.freshdeskStatusName).toBeUndefined();
  });
});

describe('Freshdesk priority codes (§2.5)', () => {
  it.each([
    [10460, 'low', 1],
    [10461, 'normal', 2], // Medium
    [10452, 'high', 3],
    [10462, 'urgent', 4],
  ] as const)('ticket %i → %s (code %i)', (id, priority, code) => {
    expect(ticket(id).priority).toBe(priority);
    expect(ticket(id).custom?.freshdeskPriority).toBe(code);
  });
});

describe('Freshdesk source codes (§2.5, §4.2)', () => {
  it.each([
    [10452, 1, 'email', 'Email'],
    [10461, 2, 'web', 'Portal'],
    [10462, 3, 'phone', 'Phone'],
    [10463, 4, 'web', 'Forum'],
    [10464, 5, 'social', 'Twitter'],
    [10465, 6, 'social', 'Facebook'],
    [10460, 7, 'chat', 'Chat'],
    [10466, 8, 'web', 'MobiHelp'],
    [10467, 9, 'web', 'Feedback Widget'],
    [10468, 10, 'email', 'Outbound Email'],
    [10469, 11, 'api', 'Ecommerce'],
    [10470, 12, 'api', 'Bot'],
    [10471, 13, 'whatsapp', 'WhatsApp'],
    [10472, 15, 'chat', 'Web Chat'],
  ] as const)('ticket %i: source %i → %s (%s)', (id, code, channel, name) => {
    expect(ticket(id).channel).toBe(channel);
    expect(ticket(id).custom).toMatchObject({ freshdeskSource: code, freshdeskSourceName: name });
  });

  it('a custom source is other, its code kept', () => {
    expect(ticket(10473).channel).toBe('other');
    expect(ticket(10473).custom?.freshdeskSource).toBe(101);
    expect(ticket(10473).custom?.freshdeskSourceName).toBeUndefined();
  });
});

describe('Freshdesk stats timestamps (§2.5 stats, gotcha 6)', () => {
  it('FRT from first_responded_at, resolution from resolved_at', () => {
    expect(ticket(10452).firstResponseAt).toBe(ms('2025-03-03T09:50:31Z'));
    expect(ticket(10452).resolvedAt).toBe(ms('2025-03-04T16:02:10Z'));
    expect(ticket(10452).reopens).toBe(0);
    // 09:12:44 → 09:50:31 is 37 min 47 s
    expect(firstResponseTime([ticket(10452)]).median).toBeCloseTo(37 + 47 / 60, 10);
  });

  it('resolution falls back to closed_at; closed_at is the close', () => {
    expect(ticket(10472).resolvedAt).toBe(ms('2025-03-06T11:10:00Z'));
    expect(ticket(10462).resolvedAt).toBe(ms('2025-03-01T17:30:00Z'));
    expect(ticket(10462).closedAt).toBe(ms('2025-03-03T08:00:00Z'));
  });

  it('reopened and resolved again: at least one reopen, full resolution after it, first unknown', () => {
    const t = ticket(10466);
    expect(t.reopens).toBe(1);
    expect(t.fullyResolvedAt).toBe(ms('2025-03-06T10:00:00Z'));
    expect(t.resolvedAt).toBeUndefined();
    expect(t.custom?.freshdeskReopenedAt).toBe('2025-03-04T08:00:00Z');
  });

  it('reopened and open again: no resolution', () => {
    const t = ticket(10467);
    expect(t.status).toBe('open');
    expect(t.reopens).toBe(1);
    expect(t.resolvedAt).toBeUndefined();
    expect(t.fullyResolvedAt).toBeUndefined();
  });

  it('without include=stats (missing or null) nothing is guessed', () => {
    for (const id of [10468, 10469]) {
      expect(ticket(id).firstResponseAt).toBeUndefined();
      expect(ticket(id).resolvedAt).toBeUndefined();
      expect(ticket(id).reopens).toBeUndefined();
    }
  });
});

describe('Freshdesk names, tags and custom fields', () => {
  it('names agents and groups from the lookups, ids otherwise, nothing for null', () => {
    expect(ticket(10452)).toMatchObject({ assignee: 'Sofía Martín', group: 'Facturación' });
    const bare = mapFreshdeskTicketsPage(fixture('tickets-page.json')).tickets[0]!;
    expect(bare).toMatchObject({ assignee: '80000011', group: '80000500' });
    expect(ticket(10460).assignee).toBeUndefined(); // responder_id: null
    expect(ticket(10465).group).toBeUndefined(); // group_id: null
  });

  it('company is the customer; tags and cf_* fields are kept', () => {
    expect(ticket(10452).customerId).toBe('80000777');
    expect(ticket(10460).customerId).toBeUndefined();
    expect(ticket(10452).tags).toEqual(['refund', 'billing']);
    expect(ticket(10452).custom).toMatchObject({ cf_reason: 'refund', cf_order_id: 'A-99812' });
    expect(ticket(10461).custom).toMatchObject({ cf_vip: true, cf_order_id: null });
    expect(ticket(10462).custom?.cf_seats).toBe(12);
  });

  it('SLA flags are kept as they are, never read as escalation', () => {
    expect(ticket(10462).escalated).toBeUndefined();
    expect(ticket(10462).custom?.freshdeskIsEscalated).toBe(true);
    expect(ticket(10460).custom?.freshdeskFrEscalated).toBe(true);
  });

  it.each([
    [10462, 'parent'],
    [10463, 'child'],
    [10464, 'tracker'],
    [10461, 'related'],
  ] as const)('ticket %i association type → %s', (id, association) => {
    expect(ticket(id).custom?.freshdeskAssociation).toBe(association);
  });
});

describe('Freshdesk broken records (issue 5: the rest of the page is kept)', () => {
  const broken = mapFreshdeskTicketsPage(fixture('broken-tickets-page.json'));

  it('keeps the good tickets around the broken ones', () => {
    expect(broken.tickets.map((t) => t.id)).toEqual(['10500', '10505']);
  });

  it('names the record id and field path of each break', () => {
    expect(broken.rejected.map((r) => [r.where, r.id, r.path.join('.'), r.reason])).toEqual([
      ['ticket 10501', 10501, 'status', 'invalid-vendor-record'],
      ['ticket 10502', 10502, 'priority', 'invalid-vendor-record'],
      ['ticket 10503', 10503, 'created_at', 'invalid-vendor-record'],
      ['ticket 10504', 10504, 'ticket.firstResponseAt', 'invalid-core-record'],
    ]);
  });

  it('a body that is not an array throws a clear error', () => {
    expect(() => mapFreshdeskTicketsPage({ tickets: [] })).toThrow(/bare JSON array/);
  });
});
