import type { Ticket } from '@tablero/core';
import { mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import { HubspotListPageSchema } from '../schema/hubspot-object.js';
import { HubspotTicketSchema } from '../schema/hubspot-ticket.js';
import { hubspotTicketToCore } from './hubspot-ticket-to-core.js';
import type { HubspotLookups } from './hubspot-lookups.js';

export interface HubspotRemovedTicket {
  id: string;
  /** `archived`: deleted in HubSpot. `merged`: absorbed into `into`, which survives (gotcha 8). */
  reason: 'archived' | 'merged';
  into?: string;
}

export interface HubspotTicketsPageResult {
  tickets: Ticket[];
  /** Tickets a sink should drop any stored copy of. */
  removed: HubspotRemovedTicket[];
  rejected: Rejection[];
  /** `paging.next.after`, or null on the last page. */
  after: string | null;
}

function pageError(field: string) {
  return new TypeError(`HubSpot tickets: the page does not have the documented shape: ${field}`);
}

/**
 * One page of `GET /crm/v3/objects/tickets` (or search) → core tickets. A broken ticket is
 * rejected by id and field; the rest of the page is kept. Archived tickets, and the ids a
 * survivor lists in `hs_merged_object_ids`, are reported in `removed`.
 */
export function mapHubspotTicketsPage(
  page: unknown,
  lookups: HubspotLookups = {},
): HubspotTicketsPageResult {
  const parsed = HubspotListPageSchema.safeParse(page);
  if (!parsed.success) throw pageError(parsed.error.issues[0]?.path.join('.') || 'body');
  const removed: HubspotRemovedTicket[] = [];
  const live = parsed.data.results.filter((raw) => {
    const { id, archived } = (raw ?? {}) as { id?: unknown; archived?: unknown };
    if (archived === true && typeof id === 'string') removed.push({ id, reason: 'archived' });
    return !(archived === true && typeof id === 'string');
  });
  const mapped = mapVendorRecords(live, {
    schema: HubspotTicketSchema,
    noun: 'ticket',
    map: (t) => {
      for (const absorbed of (t.properties.hs_merged_object_ids ?? '').split(';')) {
        if (absorbed.trim()) removed.push({ id: absorbed.trim(), reason: 'merged', into: t.id });
      }
      return { kind: 'ticket', record: hubspotTicketToCore(t, lookups) };
    },
  });
  return {
    tickets: mapped.records.flatMap((r) => (r.kind === 'ticket' ? [r.record] : [])),
    removed,
    rejected: mapped.rejected,
    after: parsed.data.paging?.next?.after ?? null,
  };
}
