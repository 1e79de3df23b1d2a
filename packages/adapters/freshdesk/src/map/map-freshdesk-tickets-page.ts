import type { Ticket } from '@tablero/core';
import { mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import { z } from 'zod';
import { FreshdeskTicketSchema } from '../schema/freshdesk-ticket.js';
import { freshdeskTicketToCore } from './freshdesk-ticket-to-core.js';
import type { FreshdeskLookups } from './freshdesk-lookups.js';

export interface FreshdeskRemovedTicket {
  id: string;
  /** Deleted or spam tickets are not support volume; a sink should drop any stored copy. */
  reason: 'deleted' | 'spam';
}

export interface FreshdeskTicketsPageResult {
  tickets: Ticket[];
  removed: FreshdeskRemovedTicket[];
  rejected: Rejection[];
}

const PageSchema = z.array(z.unknown());

function removal(raw: unknown): FreshdeskRemovedTicket | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { id, deleted, spam } = raw as { id?: unknown; deleted?: unknown; spam?: unknown };
  if (typeof id !== 'number') return undefined;
  if (deleted === true) return { id: String(id), reason: 'deleted' };
  if (spam === true) return { id: String(id), reason: 'spam' };
  return undefined;
}

/**
 * One page of `GET /api/v2/tickets?include=stats` (a bare JSON array) → core tickets. A broken
 * ticket is rejected by id and field; the rest of the page is kept. A body that is not an array
 * throws.
 */
export function mapFreshdeskTicketsPage(
  page: unknown,
  lookups: FreshdeskLookups = {},
): FreshdeskTicketsPageResult {
  const parsed = PageSchema.safeParse(page);
  if (!parsed.success) {
    throw new TypeError('Freshdesk tickets: the page is not the documented bare JSON array');
  }
  const removed: FreshdeskRemovedTicket[] = [];
  const live = parsed.data.filter((raw) => {
    const gone = removal(raw);
    if (gone) removed.push(gone);
    return !gone;
  });
  const mapped = mapVendorRecords(live, {
    schema: FreshdeskTicketSchema,
    noun: 'ticket',
    map: (t) => ({ kind: 'ticket', record: freshdeskTicketToCore(t, lookups) }),
  });
  const tickets = mapped.records.flatMap((r) => (r.kind === 'ticket' ? [r.record] : []));
  return { tickets, removed, rejected: mapped.rejected };
}
