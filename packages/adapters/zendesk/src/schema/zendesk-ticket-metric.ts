import { z } from 'zod';
import { ZendeskIdSchema, ZendeskInstantSchema } from './zendesk-instant.js';

/**
 * One Zendesk duration in whole minutes, calendar and business. Both are null (or the whole object
 * is missing) while the metric is not reached yet (HELPDESK-APIS §1.5 "Nulls").
 */
export const ZendeskMinutesSchema = z.looseObject({
  calendar: z.number().int().nonnegative().nullish(),
  business: z.number().int().nonnegative().nullish(),
});
export type ZendeskMinutes = z.infer<typeof ZendeskMinutesSchema>;

const minutes = ZendeskMinutesSchema.nullish();
const instant = ZendeskInstantSchema.nullish();
const count = z.number().int().nonnegative().nullish();

/** `ticket_metric` of `/ticket_metrics`, or `metric_set` sideloaded on the incremental export. */
export const ZendeskTicketMetricSchema = z.looseObject({
  id: ZendeskIdSchema.nullish(),
  ticket_id: ZendeskIdSchema.nullish(),
  url: z.string().nullish(),
  created_at: instant,
  updated_at: instant,
  reply_time_in_minutes: minutes,
  first_resolution_time_in_minutes: minutes,
  full_resolution_time_in_minutes: minutes,
  agent_wait_time_in_minutes: minutes,
  requester_wait_time_in_minutes: minutes,
  on_hold_time_in_minutes: minutes,
  replies: count,
  reopens: count,
  assignee_stations: count,
  group_stations: count,
  assigned_at: instant,
  initially_assigned_at: instant,
  solved_at: instant,
  latest_comment_added_at: instant,
  requester_updated_at: instant,
  assignee_updated_at: instant,
  status_updated_at: instant,
  custom_status_updated_at: instant,
});
export type ZendeskTicketMetric = z.infer<typeof ZendeskTicketMetricSchema>;
