import type { Ticket, TicketInput } from '@tablero/core';
import type { ZendeskMinutes, ZendeskTicketMetric } from '../schema/zendesk-ticket-metric.js';
import type { ZendeskTicket } from '../schema/zendesk-ticket.js';
import { zendeskChannel } from './zendesk-channel.js';
import type { ZendeskLookups } from './zendesk-lookups.js';
import { zendeskStatus } from './zendesk-status.js';

const MINUTE_MS = 60_000;

/** The tag Zendesk puts on the source ticket of a merge (HELPDESK-APIS gotcha 8). */
export const ZENDESK_MERGE_TAG = 'closed_by_merge';

/**
 * One Zendesk ticket (with its `metric_set`) → core ticket input, before core validation. A
 * deleted ticket is no ticket: the page mapper sets those aside before calling this.
 */
export function zendeskTicketToCore(t: ZendeskTicket, lookups: ZendeskLookups = {}): TicketInput {
  if (t.status === 'deleted') throw new RangeError(`ticket ${t.id} is deleted: not a core ticket`);
  return toTicketInput(t, t.status, lookups);
}

function toTicketInput(
  t: ZendeskTicket,
  status: Exclude<ZendeskTicket['status'], 'deleted'>,
  lookups: ZendeskLookups,
): TicketInput {
  const customStatus =
    t.custom_status_id != null ? lookups.customStatuses?.get(t.custom_status_id) : undefined;
  const coreStatus = zendeskStatus(status, customStatus);
  const tags = t.tags ?? undefined;
  const merged = tags?.includes(ZENDESK_MERGE_TAG) ?? false;
  const m = t.metric_set ?? undefined;
  const createdAt = Date.parse(t.created_at);
  const times = timestamps(t.id, createdAt, coreStatus, merged, m, lookups);
  const input: TicketInput = {
    id: String(t.id),
    source: { system: 'zendesk', id: String(t.id) },
    createdAt,
    status: coreStatus,
    ...times.instants,
    custom: {
      zendeskStatus: t.status,
      ...times.custom,
      ...customFields(t, m, customStatus?.agent_label, merged),
    },
  };
  if (t.via) input.channel = zendeskChannel(t.via.channel);
  if (t.priority) input.priority = t.priority;
  if (t.group_id != null) input.group = lookups.groups?.get(t.group_id)?.name ?? String(t.group_id);
  if (t.assignee_id != null) {
    input.assignee = lookups.users?.get(t.assignee_id)?.name ?? String(t.assignee_id);
  }
  if (t.organization_id != null) input.customerId = String(t.organization_id);
  if (tags) input.tags = tags;
  if (m?.replies != null) input.agentTouches = m.replies;
  if (m?.reopens != null) input.reopens = m.reopens;
  return input;
}

interface Timestamps {
  instants: Pick<TicketInput, 'firstResponseAt' | 'resolvedAt' | 'fullyResolvedAt' | 'closedAt'>;
  custom: Record<string, string>;
}

/**
 * Instants from the metric set. `solved_at` is the latest solve, exact to the second; the first
 * solve of a reopened ticket and (without comments) the first reply exist only as whole minutes
 * after creation, so they are rebuilt from the calendar minutes and the source is recorded.
 */
function timestamps(
  id: number,
  createdAt: number,
  status: Ticket['status'],
  merged: boolean,
  m: ZendeskTicketMetric | undefined,
  lookups: ZendeskLookups,
): Timestamps {
  const instants: Timestamps['instants'] = {};
  const custom: Record<string, string> = {};
  const after = (minutes: ZendeskMinutes | null | undefined) =>
    minutes?.calendar != null ? createdAt + minutes.calendar * MINUTE_MS : undefined;

  const reply = lookups.firstReplies?.get(id);
  if (reply !== undefined) {
    instants.firstResponseAt = reply;
    custom.firstResponseFrom = 'comments';
  } else if (after(m?.reply_time_in_minutes) !== undefined) {
    instants.firstResponseAt = after(m?.reply_time_in_minutes);
    custom.firstResponseFrom = 'reply_time_in_minutes';
  }
  if (!m) return { instants, custom };

  const done = status === 'solved' || status === 'closed';
  // A merge "solves" the source ticket without anyone resolving it: no resolution instants.
  if (!merged) {
    const solvedAt = m.solved_at ? Date.parse(m.solved_at) : undefined;
    if (m.reopens === 0 && solvedAt !== undefined) instants.resolvedAt = solvedAt;
    else instants.resolvedAt = after(m.first_resolution_time_in_minutes);
    if (done) instants.fullyResolvedAt = solvedAt ?? after(m.full_resolution_time_in_minutes);
  }
  if (status === 'closed' && m.status_updated_at) {
    instants.closedAt = Date.parse(m.status_updated_at);
  }
  return { instants, custom };
}

type CustomValue = string | number | boolean | null;

/** Zendesk's own figures and raw codes, kept beside ours so they can be compared. */
function customFields(
  t: ZendeskTicket,
  m: ZendeskTicketMetric | undefined,
  customStatusLabel: string | undefined,
  merged: boolean,
): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  const put = (key: string, value: CustomValue | undefined) => {
    if (value != null) out[key] = value;
  };
  put('zendeskVia', t.via?.channel);
  put('zendeskType', t.type);
  put('zendeskCustomStatusId', t.custom_status_id);
  put('zendeskCustomStatus', customStatusLabel);
  put('zendeskRequesterId', t.requester_id);
  put('zendeskGroupId', t.group_id);
  put('zendeskAssigneeId', t.assignee_id);
  put('zendeskSatisfaction', t.satisfaction_rating?.score);
  put('zendeskGeneratedTimestamp', t.generated_timestamp);
  if (merged) out.zendeskClosedByMerge = true;
  if (m) {
    const minutes: [string, ZendeskMinutes | null | undefined][] = [
      ['Reply', m.reply_time_in_minutes],
      ['FirstResolution', m.first_resolution_time_in_minutes],
      ['FullResolution', m.full_resolution_time_in_minutes],
      ['AgentWait', m.agent_wait_time_in_minutes],
      ['RequesterWait', m.requester_wait_time_in_minutes],
      ['OnHold', m.on_hold_time_in_minutes],
    ];
    for (const [name, value] of minutes) {
      out[`zendesk${name}MinutesCalendar`] = value?.calendar ?? null;
      out[`zendesk${name}MinutesBusiness`] = value?.business ?? null;
    }
    put('zendeskAssigneeStations', m.assignee_stations);
    put('zendeskGroupStations', m.group_stations);
  }
  for (const field of t.custom_fields ?? []) {
    out[`field:${field.id}`] = Array.isArray(field.value) ? field.value.join(',') : field.value;
  }
  return out;
}
