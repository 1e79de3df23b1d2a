import { mapVendorRecords } from '@tablero/adapter-kit';
import { describe, expect, it } from 'vitest';
import { AcmeTicketSchema, mapAcmeTicket } from '../src/index.js';

const map = (items: unknown[]) =>
  mapVendorRecords(items, { schema: AcmeTicketSchema, map: mapAcmeTicket, noun: 'ticket' });

const ticket = {
  id: 7,
  created_at: '2026-03-02T08:00:00Z',
  status: 'resolved',
  priority: 4,
  source: 'portal',
  unknown_vendor_field: { kept: true },
  stats: { first_responded_at: '2026-03-02T08:30:00Z', resolved_at: '2026-03-02T12:00:00Z' },
};

describe('mapAcmeTicket', () => {
  it('maps status, priority, channel and instants (epoch ms after the core schema)', () => {
    const { records, rejected } = map([ticket]);
    expect(rejected).toEqual([]);
    expect(records[0]).toEqual({
      kind: 'ticket',
      record: {
        id: '7',
        source: { system: 'acme', id: '7' },
        createdAt: Date.UTC(2026, 2, 2, 8),
        firstResponseAt: Date.UTC(2026, 2, 2, 8, 30),
        resolvedAt: Date.UTC(2026, 2, 2, 12),
        closedAt: null,
        status: 'solved',
        priority: 'urgent',
        channel: 'web',
        custom: { acme_source: 'portal' },
      },
    });
  });

  it('keeps an unknown channel visible as `other` with its raw value', () => {
    const { records } = map([{ ...ticket, source: 'carrier-pigeon' }]);
    expect(records[0]?.record).toMatchObject({
      channel: 'other',
      custom: { acme_source: 'carrier-pigeon' },
    });
  });

  it('rejects a bad field naming the ticket and the path, and keeps its neighbours', () => {
    const { records, rejected } = map([
      ticket,
      { ...ticket, id: 8, stats: { resolved_at: 'ayer' } },
      { ...ticket, id: 9 },
    ]);
    expect(records.map((r) => r.record.id)).toEqual(['7', '9']);
    expect(rejected).toMatchObject([
      { where: 'ticket 8', id: 8, path: ['stats', 'resolved_at'], reason: 'invalid-vendor-record' },
    ]);
  });
});
