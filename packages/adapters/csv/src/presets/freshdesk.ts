import type { CsvMappingInput } from '../mapping/csv-mapping.js';

/**
 * Freshdesk's ticket export (HELPDESK-APIS.md §2.7): `YYYY-MM-DD HH:MM:SS` in the exporting
 * user's time zone (pass `timeZone`), `Initial response time` is the first response's
 * timestamp. The `(in hrs)` columns are business hours as `HH:MM:SS`, not calendar time, so
 * they are kept in `custom` rather than used for instants. Status and priority codes of
 * exports made with internal values are understood too (§2.5).
 */
export const freshdeskPreset = {
  name: 'freshdesk',
  kind: 'ticket',
  system: 'freshdesk',
  dateFormat: 'yyyy-MM-dd HH:mm:ss',
  decimal: '.',
  fields: {
    id: { column: 'Ticket ID' },
    createdAt: { column: 'Created time' },
    status: {
      column: 'Status',
      values: { '2': 'open', '3': 'pending', '4': 'solved', '5': 'closed' },
    },
    firstResponseAt: { column: 'Initial response time' },
    resolvedAt: { column: 'Resolved time' },
    closedAt: { column: 'Closed time' },
    channel: {
      column: 'Source',
      values: {
        '1': 'email',
        '2': 'web',
        '3': 'phone',
        '4': 'social',
        '5': 'social',
        '6': 'social',
        '7': 'chat',
        '8': 'chat',
        '9': 'web',
        '10': 'email',
        '11': 'other',
        '12': 'api',
        '13': 'whatsapp',
      },
    },
    priority: {
      column: 'Priority',
      values: { '1': 'low', '2': 'normal', '3': 'high', '4': 'urgent' },
    },
    group: { column: 'Group' },
    assignee: { column: 'Agent' },
    customerId: { column: ['Contact ID', 'Email'] },
    tags: { column: 'Tags', separator: ',' },
    agentTouches: { column: 'Agent interactions' },
  },
  custom: {
    ticketType: { column: 'Type' },
    company: { column: 'Company Name' },
    customerInteractions: { column: 'Customer interactions', type: 'number' },
    firstResponseBusinessHours: { column: 'First response time (in hrs)' },
    resolutionBusinessHours: { column: 'Resolution time (in hrs)' },
    resolutionStatus: { column: 'Resolution status' },
    firstResponseStatus: { column: 'First response status' },
    surveyResults: { column: 'Survey results' },
  },
} satisfies CsvMappingInput;
