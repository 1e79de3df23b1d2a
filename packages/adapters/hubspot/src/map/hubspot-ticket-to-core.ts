import type { TicketInput } from '@tablero/core';
import { present } from '../schema/hubspot-strings.js';
import type { HubspotTicket } from '../schema/hubspot-ticket.js';
import { stageKey, type HubspotLookups } from './hubspot-lookups.js';
import { hubspotChannel, hubspotPriority } from './hubspot-vocabulary.js';

type Properties = HubspotTicket['properties'];
type CustomValue = string | number | boolean | null;

/**
 * One HubSpot ticket → core ticket input, before core validation. Every value arrives as a
 * string (gotcha 4) and is parsed here; the raw codes stay in `custom`.
 */
export function hubspotTicketToCore(t: HubspotTicket, lookups: HubspotLookups = {}): TicketInput {
  const p = t.properties;
  const createdAt = present(p.createdate) ?? t.createdAt;
  const { status, stage } = statusOf(p, lookups);
  const times = instants(p, Date.parse(createdAt), status);
  const input: TicketInput = {
    id: t.id,
    source: { system: 'hubspot', id: t.id },
    createdAt,
    status,
    ...times.instants,
    custom: { ...custom(p, stage), ...times.custom },
  };
  const priority = present(p.hs_ticket_priority);
  if (priority && hubspotPriority(priority)) input.priority = hubspotPriority(priority);
  const source = present(p.source_type);
  if (source) input.channel = hubspotChannel(source);
  const owner = present(p.hubspot_owner_id);
  if (owner) input.assignee = lookups.owners?.get(owner) ?? owner;
  const team = present(p.hubspot_team_id);
  if (team) input.group = lookups.teams?.get(team) ?? team;
  const company = present(p.hs_primary_company_id);
  if (company) input.customerId = company;
  return input;
}

function statusOf(p: Properties, lookups: HubspotLookups) {
  const pipeline = present(p.hs_pipeline);
  const stageId = present(p.hs_pipeline_stage);
  const stage = pipeline && stageId ? lookups.stages?.get(stageKey(pipeline, stageId)) : undefined;
  if (stage) return { status: stage.status, stage };
  // A stage missing from the pipelines (deleted since, or pipelines not loaded).
  return { status: present(p.hs_is_closed) === 'true' ? 'closed' : 'open', stage } as const;
}

/** A datetime property as epoch ms. */
const at = (value: string | null | undefined) => {
  const v = present(value);
  return v === undefined ? undefined : Date.parse(v);
};

/** A number property (ms, counts) as a number. */
const num = (value: string | null | undefined) => {
  const v = present(value);
  return v === undefined ? undefined : Number(v);
};

/**
 * FRT falls back from the all-channel first agent message, to the email-only reply date, to
 * `time_to_first_agent_reply` (gotchas 6 and 12). `hs_ticket_reopened_at` is the last reopen
 * only: a reopened ticket has reopened at least once, and its latest close is the full one.
 */
function instants(p: Properties, created: number, status: TicketInput['status']) {
  const out: Pick<
    TicketInput,
    'firstResponseAt' | 'resolvedAt' | 'fullyResolvedAt' | 'closedAt' | 'reopens'
  > = {};
  const custom: Record<string, string> = {};
  const firstMessage = present(p.hs_first_agent_message_sent_at);
  const firstEmail = present(p.first_agent_reply_date);
  const replyMs = num(p.time_to_first_agent_reply);
  if (firstMessage) {
    out.firstResponseAt = firstMessage;
    custom.firstResponseFrom = 'hs_first_agent_message_sent_at';
  } else if (firstEmail) {
    out.firstResponseAt = firstEmail;
    custom.firstResponseFrom = 'first_agent_reply_date';
  } else if (replyMs !== undefined) {
    out.firstResponseAt = created + replyMs;
    custom.firstResponseFrom = 'time_to_first_agent_reply';
  }
  const closeMs = num(p.time_to_close);
  const firstClose = at(p.closed_date) ?? (closeMs === undefined ? undefined : created + closeMs);
  const lastClose = at(p.hs_last_closed_date) ?? firstClose;
  const reopenedAt = at(p.hs_ticket_reopened_at);
  const closed = status === 'closed' || status === 'solved';
  if (closed && lastClose !== undefined) out.closedAt = lastClose;
  if (reopenedAt === undefined) {
    if (firstClose !== undefined) out.resolvedAt = firstClose;
    // Known never reopened only when the property was asked for and came back empty.
    if ('hs_ticket_reopened_at' in p) out.reopens = 0;
    return { instants: out, custom };
  }
  out.reopens = 1;
  if (firstClose !== undefined && firstClose <= reopenedAt) out.resolvedAt = firstClose;
  if (closed && lastClose !== undefined && lastClose >= reopenedAt) {
    out.fullyResolvedAt = lastClose;
  }
  return { instants: out, custom };
}

function custom(
  p: Properties,
  stage: { label: string; pipelineLabel: string } | undefined,
): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  const put = (key: string, value: CustomValue | undefined) => {
    if (value !== undefined && value !== '' && value !== null) out[key] = value;
  };
  put('hubspotPipeline', p.hs_pipeline);
  put('hubspotStage', p.hs_pipeline_stage);
  put('hubspotStageLabel', stage?.label);
  put('hubspotPipelineLabel', stage?.pipelineLabel);
  put('hubspotPriority', p.hs_ticket_priority);
  put('hubspotSource', p.source_type);
  put('hubspotCategory', p.hs_ticket_category);
  put('hubspotResolution', p.hs_resolution);
  put('hubspotOwnerId', p.hubspot_owner_id);
  put('hubspotTeamId', p.hubspot_team_id);
  // HubSpot's own durations in ms, kept beside ours for comparison.
  put('hubspotTimeToFirstAgentReplyMs', num(p.time_to_first_agent_reply));
  put('hubspotFirstResponseOperatingHoursMs', num(p.hs_time_to_first_response_in_operating_hours));
  put('hubspotTimeToCloseMs', num(p.time_to_close));
  put('hubspotTimeToCloseOperatingHoursMs', num(p.hs_time_to_close_in_operating_hours));
  put('hubspotFirstResponseSlaStatus', p.hs_time_to_first_response_sla_status);
  put('hubspotCloseSlaStatus', p.hs_time_to_close_sla_status);
  put('hubspotReopenedAt', p.hs_ticket_reopened_at);
  const oneTouch = present(p.hs_is_one_touch_ticket);
  if (oneTouch) out.hubspotOneTouch = oneTouch === 'true';
  put('hubspotTimesContacted', num(p.hs_num_times_contacted));
  put('hubspotMergedIds', p.hs_merged_object_ids);
  return out;
}
