import { recordId, type Ticket } from '@tablero/core';
import { mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import { latestById } from '../internal/latest-by-id.js';
import { parseEnvelope } from '../internal/parse-envelope.js';
import { ZendeskTicketExportPageSchema } from '../schema/zendesk-ticket-export-page.js';
import { ZendeskTicketSchema } from '../schema/zendesk-ticket.js';
import { zendeskTicketToCore } from './zendesk-ticket-to-core.js';
import type { ZendeskLookups } from './zendesk-lookups.js';

export interface ZendeskTicketPageResult {
  tickets: Ticket[];
  /** Ids of tickets exported with `status: "deleted"`: remove any stored copy. */
  deleted: string[];
  rejected: Rejection[];
  /** Copies of an id already on the page; the one with the latest `generated_timestamp` is kept. */
  duplicates: number;
  /** Where the next request starts (`?cursor=`); persist it once the page is stored. */
  afterCursor: string | null;
  endOfStream: boolean;
}

/**
 * One page of the cursor-based incremental export (`include=metric_sets`) → core tickets. Each
 * ticket is validated on its own: a broken one becomes rejections naming its id and field, and the
 * rest of the page is kept. A page whose envelope is broken throws.
 */
export function mapZendeskTicketExportPage(
  page: unknown,
  lookups: ZendeskLookups = {},
): ZendeskTicketPageResult {
  const envelope = parseEnvelope(ZendeskTicketExportPageSchema, page, 'Zendesk ticket export');
  const sideMetrics = metricSetsByTicket(envelope.metric_sets ?? []);
  // Time-based exports repeat tickets at page boundaries (gotcha 3): keep one per id, the latest.
  const { kept, duplicates } = latestById(envelope.tickets, generated);
  const deleted: string[] = [];
  const live: unknown[] = [];
  for (const raw of kept) {
    // A deleted ticket is reported as such even when the rest of it is thin or odd.
    const id = recordId(raw);
    if (typeof id === 'number' && (raw as { status?: unknown }).status === 'deleted') {
      deleted.push(String(id));
    } else live.push(withMetricSet(raw, sideMetrics));
  }
  const mapped = mapVendorRecords(live, {
    schema: ZendeskTicketSchema,
    noun: 'ticket',
    map: (t) => ({ kind: 'ticket', record: zendeskTicketToCore(t, lookups) }),
  });
  return {
    tickets: mapped.records.flatMap((r) => (r.kind === 'ticket' ? [r.record] : [])),
    deleted,
    rejected: mapped.rejected,
    duplicates,
    afterCursor: envelope.after_cursor ?? null,
    endOfStream: envelope.end_of_stream,
  };
}

function generated(raw: unknown): number {
  const value = (raw as { generated_timestamp?: unknown } | null)?.generated_timestamp;
  return typeof value === 'number' ? value : -Infinity;
}

function metricSetsByTicket(items: readonly unknown[]): Map<number, unknown> {
  const byTicket = new Map<number, unknown>();
  for (const item of items) {
    const ticketId = (item as { ticket_id?: unknown } | null)?.ticket_id;
    if (typeof ticketId === 'number') byTicket.set(ticketId, item);
  }
  return byTicket;
}

function withMetricSet(raw: unknown, sideMetrics: Map<number, unknown>): unknown {
  if (sideMetrics.size === 0 || raw === null || typeof raw !== 'object') return raw;
  const ticket = raw as { id?: unknown; metric_set?: unknown };
  if (ticket.metric_set != null || typeof ticket.id !== 'number') return raw;
  const metric = sideMetrics.get(ticket.id);
  return metric === undefined ? raw : { ...ticket, metric_set: metric };
}
