import type { TicketInput } from '@tablero/core';
import { FRESHDESK_ASSOCIATION_TYPES } from '../schema/freshdesk-codes.js';
import type { FreshdeskTicket, FreshdeskTicketStats } from '../schema/freshdesk-ticket.js';
import { freshdeskChannel, freshdeskSourceName } from './freshdesk-channel.js';
import type { FreshdeskLookups } from './freshdesk-lookups.js';
import { freshdeskPriority } from './freshdesk-priority.js';
import { freshdeskStatus } from './freshdesk-status.js';

type CustomValue = string | number | boolean | null;

/**
 * One Freshdesk ticket (with `stats`) → core ticket input, before core validation. Freshdesk has
 * no durations in the API, so every duration comes from the `stats` timestamps (§2.5).
 */
export function freshdeskTicketToCore(
  t: FreshdeskTicket,
  lookups: FreshdeskLookups = {},
): TicketInput {
  const { status, name } = freshdeskStatus(t.status, lookups.statuses);
  const input: TicketInput = {
    id: String(t.id),
    source: { system: 'freshdesk', id: String(t.id) },
    createdAt: t.created_at,
    status,
    channel: freshdeskChannel(t.source),
    priority: freshdeskPriority(t.priority),
    ...(t.stats ? instants(t.stats, status) : {}),
    custom: custom(t, name),
  };
  if (t.group_id != null) input.group = lookups.groups?.get(t.group_id) ?? String(t.group_id);
  if (t.responder_id != null) {
    input.assignee = lookups.agents?.get(t.responder_id) ?? String(t.responder_id);
  }
  if (t.company_id != null) input.customerId = String(t.company_id);
  if (t.tags) input.tags = t.tags;
  return input;
}

/**
 * `reopened_at` holds only the last reopen (gotcha 6): a reopened ticket has reopened at least
 * once (`reopens: 1`, a lower bound), its first resolution is unknown, and its resolution after
 * the last reopen is the full one.
 */
function instants(stats: FreshdeskTicketStats, status: TicketInput['status']) {
  const out: Pick<
    TicketInput,
    'firstResponseAt' | 'resolvedAt' | 'fullyResolvedAt' | 'closedAt' | 'reopens'
  > = {};
  if (stats.first_responded_at) out.firstResponseAt = stats.first_responded_at;
  if (stats.closed_at) out.closedAt = stats.closed_at;
  const resolved = stats.resolved_at ?? stats.closed_at ?? undefined;
  if (!stats.reopened_at) {
    out.reopens = 0;
    if (resolved) out.resolvedAt = resolved;
    return out;
  }
  out.reopens = 1;
  const done = status === 'solved' || status === 'closed';
  if (done && resolved && Date.parse(resolved) >= Date.parse(stats.reopened_at)) {
    out.fullyResolvedAt = resolved;
  }
  return out;
}

function custom(t: FreshdeskTicket, statusName: string | undefined): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {
    freshdeskStatus: t.status,
    freshdeskPriority: t.priority,
    freshdeskSource: t.source,
  };
  const put = (key: string, value: CustomValue | undefined) => {
    if (value != null) out[key] = value;
  };
  put('freshdeskStatusName', statusName);
  put('freshdeskSourceName', freshdeskSourceName(t.source));
  put('freshdeskType', t.type);
  put('freshdeskRequesterId', t.requester_id);
  put('freshdeskGroupId', t.group_id);
  put('freshdeskResponderId', t.responder_id);
  put('freshdeskProductId', t.product_id);
  // SLA outcomes, not escalations to another team: kept, never read as `escalated`.
  put('freshdeskIsEscalated', t.is_escalated);
  put('freshdeskFrEscalated', t.fr_escalated);
  put('freshdeskNrEscalated', t.nr_escalated);
  put('freshdeskDueBy', t.due_by);
  put('freshdeskFrDueBy', t.fr_due_by);
  if (t.association_type != null) {
    out.freshdeskAssociation = FRESHDESK_ASSOCIATION_TYPES[t.association_type];
  }
  put('freshdeskReopenedAt', t.stats?.reopened_at);
  for (const [key, value] of Object.entries(t.custom_fields ?? {})) out[key] = value;
  return out;
}
