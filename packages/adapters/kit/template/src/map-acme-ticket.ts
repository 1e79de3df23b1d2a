import type { AdapterRecordInput } from '@tablero/adapter-kit';
import type { Channel, Priority, TicketInput, TicketStatus } from '@tablero/core';
import type { AcmeTicket } from './acme-ticket.js';

// TODO(adapter): one table per vendor vocabulary. Keep unknown values visible (`other` plus the
// raw value in `custom`) rather than guessing.
const STATUS: Record<AcmeTicket['status'], TicketStatus> = {
  open: 'open',
  pending: 'pending',
  resolved: 'solved',
  closed: 'closed',
};
const PRIORITY: Record<number, Priority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };
const CHANNEL: Record<string, Channel> = {
  email: 'email',
  portal: 'web',
  chat: 'chat',
  phone: 'phone',
};

/**
 * Acme ticket → core ticket input. Instants may stay ISO strings: the core schema turns them
 * into epoch ms and checks, for example, that no resolution comes before creation. Throw
 * `MappingError(path, reason, message)` for a value you cannot translate.
 */
export function mapAcmeTicket(t: AcmeTicket): AdapterRecordInput {
  const record: TicketInput = {
    id: String(t.id),
    source: { system: 'acme', id: String(t.id) },
    createdAt: t.created_at,
    status: STATUS[t.status],
    firstResponseAt: t.stats?.first_responded_at ?? null,
    resolvedAt: t.stats?.resolved_at ?? null,
    closedAt: t.stats?.closed_at ?? null,
    ...(t.priority != null ? { priority: PRIORITY[t.priority] } : {}),
    ...(t.source != null
      ? { channel: CHANNEL[t.source] ?? 'other', custom: { acme_source: t.source } }
      : {}),
    ...(t.group != null ? { group: t.group } : {}),
    ...(t.requester_company != null ? { customerId: t.requester_company } : {}),
    ...(t.tags ? { tags: t.tags } : {}),
    ...(t.stats?.reopened_count != null ? { reopens: t.stats.reopened_count } : {}),
  };
  return { kind: 'ticket', record };
}
