import type { CsvMappingInput } from '../mapping/csv-mapping.js';

/**
 * Zendesk Support's "Reports → CSV export" (HELPDESK-APIS.md §1.7): English headers, durations
 * in calendar minutes, dates in the account's time zone without offset (pass `timeZone`).
 * `First resolution time in minutes` gives the first solve, `Solved at` the latest one.
 * Business-hours minutes and the satisfaction score are kept in `custom`.
 */
export const zendeskPreset = {
  name: 'zendesk',
  kind: 'ticket',
  system: 'zendesk',
  dateFormat: 'iso',
  decimal: '.',
  fields: {
    id: { column: 'Id' },
    createdAt: { column: 'Created at' },
    status: { column: 'Status' },
    firstResponseAt: { column: 'First reply time in minutes', duration: 'minutes' },
    resolvedAt: { column: 'First resolution time in minutes', duration: 'minutes' },
    fullyResolvedAt: [
      { column: 'Solved at' },
      { column: 'Full resolution time in minutes', duration: 'minutes' },
    ],
    channel: { column: 'Via' },
    priority: { column: 'Priority' },
    group: { column: 'Group' },
    assignee: { column: 'Assignee' },
    customerId: { column: 'Requester id' },
    tags: { column: 'Tags' },
    agentTouches: { column: 'Replies' },
    reopens: { column: 'Reopens' },
  },
  custom: {
    organization: { column: 'Organization' },
    ticketType: { column: 'Ticket type' },
    satisfactionScore: { column: 'Satisfaction Score' },
    firstReplyBusinessMinutes: {
      column: 'First reply time in minutes within business hours',
      type: 'number',
    },
    fullResolutionBusinessMinutes: {
      column: 'Full resolution time in minutes within business hours',
      type: 'number',
    },
    groupStations: { column: 'Group stations', type: 'number' },
    assigneeStations: { column: 'Assignee stations', type: 'number' },
  },
} satisfies CsvMappingInput;
