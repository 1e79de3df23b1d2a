import type { Channel, TicketInput, TicketStatus } from '@tablero/core';
import { MappingError, type AdapterRecordInput } from '../../src/index.js';
import type { ExampleDeskTicket } from './example-desk-ticket.js';

const STATUS: Record<ExampleDeskTicket['status'], TicketStatus> = {
  new: 'new',
  open: 'open',
  pending: 'pending',
  hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
};

// HELPDESK-APIS §4.2: unknown channels are kept raw in `custom`, and counted as `other`.
const CHANNEL: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  chat: 'chat',
  native_messaging: 'chat',
  voice: 'phone',
  api: 'api',
  twitter: 'social',
  facebook: 'social',
  whatsapp: 'whatsapp',
};

const MINUTE = 60_000;

/** Example Desk ticket → core `Ticket` input. */
export function mapExampleDeskTicket(t: ExampleDeskTicket): AdapterRecordInput {
  const createdAt = Date.parse(t.created_at);
  const replyMinutes = t.metric_set?.reply_time_in_minutes?.calendar;
  const solvedAt = t.metric_set?.solved_at;
  if (solvedAt != null && (t.status === 'new' || t.status === 'open')) {
    throw new MappingError(
      ['metric_set', 'solved_at'],
      'inconsistent-status',
      `solved_at is set on a ${t.status} ticket`,
    );
  }
  const rawChannel = t.via?.channel;
  const record: TicketInput = {
    id: String(t.id),
    source: { system: 'example-desk', id: String(t.id) },
    createdAt,
    status: STATUS[t.status],
    ...(replyMinutes != null ? { firstResponseAt: createdAt + replyMinutes * MINUTE } : {}),
    ...(solvedAt != null ? { resolvedAt: solvedAt, fullyResolvedAt: solvedAt } : {}),
    ...(rawChannel !== undefined ? { channel: CHANNEL[String(rawChannel)] ?? 'other' } : {}),
    ...(t.priority ? { priority: t.priority } : {}),
    ...(t.group_id != null ? { group: String(t.group_id) } : {}),
    ...(t.assignee_id != null ? { assignee: String(t.assignee_id) } : {}),
    ...(t.organization_id != null ? { customerId: String(t.organization_id) } : {}),
    ...(t.tags ? { tags: t.tags } : {}),
    ...(t.metric_set?.replies != null ? { agentTouches: t.metric_set.replies } : {}),
    ...(t.metric_set?.reopens != null ? { reopens: t.metric_set.reopens } : {}),
    ...(rawChannel !== undefined ? { custom: { via_channel: String(rawChannel) } } : {}),
  };
  return { kind: 'ticket', record };
}
