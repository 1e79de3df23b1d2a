import { recordId, type Ticket } from '@tablero/core';
import type { Rejection } from '@tablero/adapter-kit';
import { parseEnvelope } from '../internal/rejections.js';
import { ZendeskTicketExportPageSchema } from '../schema/zendesk-ticket-export-page.js';
import { mapZendeskTicket } from './map-zendesk-ticket.js';
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
  const { kept, duplicates } = latestPerId(envelope.tickets);
  const result: ZendeskTicketPageResult = {
    tickets: [],
    deleted: [],
    rejected: [],
    duplicates,
    afterCursor: envelope.after_cursor ?? null,
    endOfStream: envelope.end_of_stream,
  };
  for (const { raw, index } of kept) {
    const outcome = mapZendeskTicket(withMetricSet(raw, sideMetrics), lookups, index);
    if (outcome.kind === 'ticket') result.tickets.push(outcome.ticket);
    else if (outcome.kind === 'deleted') result.deleted.push(outcome.id);
    else result.rejected.push(...outcome.rejected);
  }
  return result;
}

function generated(raw: unknown): number {
  const value = (raw as { generated_timestamp?: unknown } | null)?.generated_timestamp;
  return typeof value === 'number' ? value : -Infinity;
}

/** Time-based exports repeat tickets at page boundaries (gotcha 3): keep one per id, the latest. */
function latestPerId(items: readonly unknown[]) {
  const byId = new Map<string | number, { raw: unknown; index: number }>();
  const kept: { raw: unknown; index: number }[] = [];
  let duplicates = 0;
  items.forEach((raw, index) => {
    const id = recordId(raw);
    const seen = id === undefined ? undefined : byId.get(id);
    if (seen === undefined) {
      const entry = { raw, index };
      if (id !== undefined) byId.set(id, entry);
      kept.push(entry);
      return;
    }
    duplicates++;
    if (generated(raw) >= generated(seen.raw)) Object.assign(seen, { raw, index });
  });
  return { kept, duplicates };
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
