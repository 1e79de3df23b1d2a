import { z } from 'zod';
import { hubspotObjectSchema } from './hubspot-object.js';
import {
  HubspotBooleanSchema,
  HubspotDateTimeSchema,
  HubspotMillisecondsSchema,
  HubspotNumberSchema,
  unset,
} from './hubspot-strings.js';

/** `"0"`–`"4"`: active, overdue, due soon, completed on time, completed late (§3.5, labels 3p). */
export const HUBSPOT_SLA_STATUSES = ['0', '1', '2', '3', '4'] as const;

const dateTime = unset(HubspotDateTimeSchema);
const ms = unset(HubspotMillisecondsSchema);
const text = z.string().nullish();

/**
 * The ticket properties the adapter asks for (HELPDESK-APIS §3.5). Enumerations that portals
 * configure (priority, category, source) are plain strings; the mapper keeps unknown values.
 */
export const HubspotTicketPropertiesSchema = z.looseObject({
  hs_object_id: unset(HubspotNumberSchema),
  subject: text,
  content: text,
  createdate: dateTime,
  hs_lastmodifieddate: dateTime,
  closed_date: dateTime,
  hs_last_closed_date: dateTime,
  hs_is_closed: unset(HubspotBooleanSchema),
  hs_pipeline: text,
  hs_pipeline_stage: text,
  hs_ticket_priority: text,
  hs_ticket_category: text,
  source_type: text,
  hubspot_owner_id: text,
  hubspot_team_id: text,
  hs_resolution: text,
  first_agent_reply_date: dateTime,
  hs_first_agent_message_sent_at: dateTime,
  time_to_first_agent_reply: ms,
  hs_time_to_first_response_in_operating_hours: ms,
  time_to_close: ms,
  hs_time_to_close_in_operating_hours: ms,
  hs_time_to_first_response_sla_status: unset(z.enum(HUBSPOT_SLA_STATUSES)),
  hs_time_to_close_sla_status: unset(z.enum(HUBSPOT_SLA_STATUSES)),
  hs_ticket_reopened_at: dateTime,
  hs_is_one_touch_ticket: unset(HubspotBooleanSchema),
  hs_num_times_contacted: unset(HubspotNumberSchema),
  hs_primary_company_id: text,
  hs_merged_object_ids: text,
});

/** A ticket of `GET /crm/v3/objects/tickets` or of the search endpoint. */
export const HubspotTicketSchema = hubspotObjectSchema(HubspotTicketPropertiesSchema);
export type HubspotTicket = z.infer<typeof HubspotTicketSchema>;
