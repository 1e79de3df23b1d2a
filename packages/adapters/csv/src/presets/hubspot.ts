import type { CsvMappingInput } from '../mapping/csv-mapping.js';

/**
 * HubSpot's ticket view export (HELPDESK-APIS.md §3.8): property labels by default, internal
 * names when exported with `NAMES`, so every field lists both. Stage ids of the default
 * support pipeline are understood (§3.5); custom pipelines need their own `values`. Durations
 * are milliseconds or `HH:MM:SS` (`auto` tells them apart per cell). "First response" prefers
 * the all-channel timestamp over the email-only duration (§3.9 gotcha 6).
 */
export const hubspotPreset = {
  name: 'hubspot',
  kind: 'ticket',
  system: 'hubspot',
  dateFormat: 'iso',
  decimal: '.',
  fields: {
    id: { column: ['Ticket ID', 'Record ID', 'hs_object_id', 'hs_ticket_id'] },
    createdAt: { column: ['Create date', 'createdate', 'hs_createdate'] },
    status: {
      column: ['Ticket status', 'hs_pipeline_stage'],
      values: { '1': 'new', '2': 'pending', '3': 'open', '4': 'closed' },
    },
    firstResponseAt: [
      { column: ['First agent response date', 'hs_first_agent_message_sent_at'] },
      {
        column: ['Time to first agent email reply', 'time_to_first_agent_reply'],
        duration: 'auto',
      },
      { column: ['First agent email response date', 'first_agent_reply_date'] },
    ],
    resolvedAt: [
      { column: ['Close date', 'closed_date'] },
      { column: ['Time to close', 'time_to_close'], duration: 'auto' },
    ],
    closedAt: { column: ['Close date', 'closed_date'] },
    channel: { column: ['Source', 'source_type'], values: { form: 'web' } },
    priority: { column: ['Priority', 'hs_ticket_priority'] },
    assignee: { column: ['Ticket owner', 'hubspot_owner_id'] },
    customerId: { column: ['Associated Company', 'hs_primary_company_id', 'Primary company ID'] },
    agentTouches: { column: ['Number of times contacted', 'hs_num_times_contacted'] },
  },
  custom: {
    category: { column: ['Category', 'hs_ticket_category'] },
    pipeline: { column: ['Pipeline', 'hs_pipeline'] },
    oneTouch: { column: ['First contact resolution', 'hs_is_one_touch_ticket'], type: 'boolean' },
  },
} satisfies CsvMappingInput;
