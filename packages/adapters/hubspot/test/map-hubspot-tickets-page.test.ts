import { describe, expect, it } from 'vitest';
import { recordFinder } from '@tablero/adapter-kit/testing';
import { firstResponseTime, resolutionTime } from '@tablero/core';
import { mapHubspotTicketsPage } from '../src/index.js';
import { fixture, recordedLookups } from './fixture.js';

const { lookups, rejected: lookupRejections } = recordedLookups();
const result = mapHubspotTicketsPage(fixture('tickets-page.json'), lookups);
const ticket = recordFinder(result.tickets, 'ticket');
const ms = (iso: string) => Date.parse(iso);

describe('HubSpot tickets page (HELPDESK-APIS §3.3, §3.6)', () => {
  it('maps every live ticket, rejects none, and reads the next cursor', () => {
    expect(lookupRejections).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.tickets).toHaveLength(10);
    expect(result.after).toBe('5123456800');
    expect(ticket('5123456789').source).toEqual({ system: 'hubspot', id: '5123456789' });
  });

  it('reports archived tickets and the ids a survivor absorbed (gotcha 8)', () => {
    expect(result.removed).toEqual([
      { id: '5123456798', reason: 'archived' },
      { id: '5123400001', reason: 'merged', into: '5123456795' },
      { id: '5123400002', reason: 'merged', into: '5123456795' },
    ]);
    expect(ticket('5123456795').custom?.hubspotMergedIds).toBe('5123400001;5123400002');
  });
});

describe('HubSpot status from pipelines and stages (§3.2, §4.1, gotcha 5)', () => {
  it.each([
    ['5123456790', 'new', 'New'], // first open stage of the default pipeline
    ['5123456791', 'pending', 'Waiting on contact'],
    ['5123456792', 'on_hold', 'Waiting on us'],
    ['5123456789', 'closed', 'Closed'],
    ['5123456796', 'new', 'Recibido'], // lowest displayOrder, though listed second
    ['5123456793', 'open', 'En análisis'],
    ['5123456794', 'on_hold', 'Esperando a ingeniería'], // stageStatus option
    ['5123456795', 'closed', 'Resuelto'], // ticketState CLOSED, not the id "4"
  ] as const)('ticket %s → %s (%s)', (id, status, label) => {
    expect(ticket(id).status).toBe(status);
    expect(ticket(id).custom?.hubspotStageLabel).toBe(label);
  });

  it('a stage missing from the pipelines falls back to hs_is_closed, raw ids kept', () => {
    const t = ticket('5123456797');
    expect(t.status).toBe('closed');
    expect(t.custom).toMatchObject({ hubspotPipeline: '0', hubspotStage: '99999' });
    expect(t.custom?.hubspotStageLabel).toBeUndefined();
  });

  it('without pipelines every stage falls back the same way', () => {
    const bare = mapHubspotTicketsPage(fixture('tickets-page.json'));
    expect(bare.tickets.map((t) => t.status)).toEqual([
      'closed',
      'open',
      'open',
      'open',
      'open',
      'open',
      'closed',
      'open',
      'closed',
      'open',
    ]);
  });
});

describe('HubSpot priority, source, owner, team, company (§3.5, §4.2)', () => {
  it.each([
    ['5123456790', 'low', 'LOW'],
    ['5123456791', 'normal', 'MEDIUM'],
    ['5123456789', 'high', 'HIGH'],
    ['5123456792', 'urgent', 'URGENT'],
    ['5123456793', undefined, 'P1_CRITICAL'], // a portal's own option
    ['5123456796', undefined, undefined], // null
  ] as const)('ticket %s priority %s (raw %s)', (id, priority, raw) => {
    expect(ticket(id).priority).toBe(priority);
    expect(ticket(id).custom?.hubspotPriority).toBe(raw);
  });

  it.each([
    ['5123456789', 'email', 'EMAIL'],
    ['5123456791', 'web', 'FORM'],
    ['5123456792', 'phone', 'PHONE'],
    ['5123456790', 'chat', 'CHAT'],
    ['5123456793', 'other', 'WHATSAPP_BUSINESS'],
    ['5123456796', undefined, undefined],
  ] as const)('ticket %s channel %s (source_type %s)', (id, channel, raw) => {
    expect(ticket(id).channel).toBe(channel);
    expect(ticket(id).custom?.hubspotSource).toBe(raw);
  });

  it('names owners and teams from the lookups, ids otherwise, nothing for null or ""', () => {
    expect(ticket('5123456789').assignee).toBe('Lucía Fernández');
    expect(ticket('5123456791')).toMatchObject({ assignee: 'Marcos Ruiz', group: 'Facturación' });
    expect(ticket('5123456793').assignee).toBe('70010099');
    expect(ticket('5123456790').assignee).toBeUndefined(); // null
    expect(ticket('5123456799').assignee).toBeUndefined(); // ""
    expect(ticket('5123456789').customerId).toBe('9988776655');
    expect(ticket('5123456789').custom?.hubspotCategory).toBe('BILLING_ISSUE');
    expect(ticket('5123456793').custom?.hubspotCategory).toBe('PRODUCT_ISSUE;FEATURE_REQUEST');
  });
});

describe('HubSpot timings: strings of milliseconds, FRT fallback chain (gotchas 4, 6, 12)', () => {
  it('FRT: all-channel first message, then the email reply date, then time_to_first_agent_reply', () => {
    expect(ticket('5123456791').firstResponseAt).toBe(ms('2025-03-04T12:25:00.000Z'));
    expect(ticket('5123456791').custom?.firstResponseFrom).toBe('hs_first_agent_message_sent_at');
    expect(ticket('5123456789').firstResponseAt).toBe(ms('2025-03-03T09:50:31.000Z'));
    expect(ticket('5123456789').custom?.firstResponseFrom).toBe('first_agent_reply_date');
    // created 08:00:00 + "600000" ms = 08:10:00
    expect(ticket('5123456792').firstResponseAt).toBe(ms('2025-03-05T08:10:00.000Z'));
    expect(ticket('5123456792').custom?.firstResponseFrom).toBe('time_to_first_agent_reply');
    expect(ticket('5123456790').firstResponseAt).toBeUndefined();
  });

  it('keeps HubSpot durations as numbers of ms, and its flags as booleans and counts', () => {
    expect(ticket('5123456789').custom).toMatchObject({
      hubspotTimeToFirstAgentReplyMs: 2267000,
      hubspotFirstResponseOperatingHoursMs: 2267000,
      hubspotTimeToCloseMs: 110955000,
      hubspotFirstResponseSlaStatus: '3',
      hubspotCloseSlaStatus: '4',
      hubspotOneTouch: true,
      hubspotTimesContacted: 1,
    });
    expect(ticket('5123456790').custom?.hubspotOneTouch).toBe(false);
  });

  it("cross-check: our minutes from timestamps = HubSpot's ms to the second (§3.5, §3.7)", () => {
    const t = ticket('5123456789');
    // 09:12:44.120 → 09:50:31.000 = 2,266,880 ms; HubSpot says 2,267,000 (whole seconds).
    const frtMs = firstResponseTime([t]).median! * 60_000;
    expect(Math.abs(frtMs - 2267000)).toBeLessThan(1000);
    // 09:12:44.120 → next day 16:01:59.000 = 110,954,880 ms; HubSpot says 110,955,000.
    const rtMs = resolutionTime([t]).median! * 60_000;
    expect(Math.abs(rtMs - 110955000)).toBeLessThan(1000);
  });

  it('a closed ticket never reopened resolves and closes at closed_date', () => {
    const t = ticket('5123456789');
    expect(t.resolvedAt).toBe(ms('2025-03-04T16:01:59.000Z'));
    expect(t.closedAt).toBe(ms('2025-03-04T16:01:59.000Z'));
    expect(t.reopens).toBe(0);
  });

  it('reopened and closed again: first close, last close, at least one reopen', () => {
    const t = ticket('5123456795');
    expect(t.resolvedAt).toBe(ms('2025-03-02T09:00:00.000Z'));
    expect(t.fullyResolvedAt).toBe(ms('2025-03-06T15:00:00.000Z'));
    expect(t.closedAt).toBe(ms('2025-03-06T15:00:00.000Z'));
    expect(t.reopens).toBe(1);
  });

  it('reopened and open: first close kept, no full resolution, not closed', () => {
    const t = ticket('5123456799');
    expect(t.status).toBe('on_hold');
    expect(t.resolvedAt).toBe(ms('2025-03-03T10:00:00.000Z'));
    expect(t.fullyResolvedAt).toBeUndefined();
    expect(t.closedAt).toBeUndefined();
    expect(t.reopens).toBe(1);
    // core: reopened without a full resolution is still pending
    expect(resolutionTime([t], { resolution: 'full' }).pending).toBe(1);
  });

  it('reopens are unknown unless hs_ticket_reopened_at was asked for; "" means never', () => {
    expect(ticket('5123456797').reopens).toBeUndefined(); // property absent
    expect(ticket('5123456792').reopens).toBe(0); // ""
  });

  it('resolution falls back to createdate + time_to_close when closed_date is missing', () => {
    const page = {
      results: [
        {
          id: '1',
          properties: {
            createdate: '2025-03-01T10:00:00.000Z',
            time_to_close: '5400000',
            hs_is_closed: 'true',
          },
          createdAt: '2025-03-01T10:00:00.000Z',
        },
      ],
    };
    // 10:00 + 5,400,000 ms (90 min) = 11:30
    expect(mapHubspotTicketsPage(page).tickets[0]!.resolvedAt).toBe(ms('2025-03-01T11:30:00.000Z'));
  });
});

describe('HubSpot broken records (issue 5: the rest of the page is kept)', () => {
  const broken = mapHubspotTicketsPage(fixture('broken-tickets-page.json'), lookups);

  it('keeps the good tickets around the broken ones', () => {
    expect(broken.tickets.map((t) => [t.id, t.status])).toEqual([
      ['6000000001', 'new'],
      ['6000000007', 'pending'],
    ]);
    expect(broken.after).toBeNull();
  });

  it('names the record id and field path of each break', () => {
    expect(broken.rejected.map((r) => [r.where, r.path.join('.'), r.reason])).toEqual([
      ['ticket 6000000002', 'properties.time_to_close', 'invalid-vendor-record'],
      ['ticket 6000000003', 'properties.hs_is_closed', 'invalid-vendor-record'],
      ['ticket 6000000004', 'properties.createdate', 'invalid-vendor-record'],
      ['ticket 6000000005', 'ticket.firstResponseAt', 'invalid-core-record'],
      ['ticket 6000000006', 'id', 'invalid-vendor-record'],
    ]);
    expect(broken.rejected[0]!.message).toMatch(/milliseconds as a string of digits/);
  });

  it('a body without results[] throws a clear error', () => {
    expect(() => mapHubspotTicketsPage([])).toThrow(/HubSpot tickets.*documented shape/);
  });
});
