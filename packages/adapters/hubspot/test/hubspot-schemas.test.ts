import { describe, expect, it } from 'vitest';
import {
  HUBSPOT_SLA_STATUSES,
  HUBSPOT_TICKET_STATES,
  HubspotPipelineSchema,
  HubspotTicketSchema,
  buildHubspotLookups,
} from '../src/index.js';

const ticket = (properties: Record<string, unknown>) => ({
  id: '1',
  properties,
  createdAt: '2025-03-01T10:00:00.000Z',
});

describe('HubSpot ticket schema: everything is a string (HELPDESK-APIS §3.5, gotcha 4)', () => {
  it.each(HUBSPOT_SLA_STATUSES)('accepts SLA status %s', (status) => {
    const parsed = HubspotTicketSchema.safeParse(ticket({ hs_time_to_close_sla_status: status }));
    expect(parsed.success).toBe(true);
  });

  it('refuses numbers where HubSpot sends strings', () => {
    const parsed = HubspotTicketSchema.safeParse(ticket({ time_to_close: 110955000 }));
    expect(parsed.error?.issues[0]?.path).toEqual(['properties', 'time_to_close']);
  });

  it('accepts null, "" and missing for unset properties, and keeps unknown ones', () => {
    const parsed = HubspotTicketSchema.parse(
      ticket({
        closed_date: null,
        time_to_close: '',
        hs_is_closed: '',
        my_custom_property: 'azul',
      }),
    );
    expect(parsed.properties.my_custom_property).toBe('azul');
    expect(HubspotTicketSchema.safeParse(ticket({})).success).toBe(true);
  });
});

describe('HubSpot pipelines (§3.2)', () => {
  it.each(HUBSPOT_TICKET_STATES)('accepts ticketState %s', (ticketState) => {
    const parsed = HubspotPipelineSchema.safeParse({
      id: '0',
      label: 'Support',
      stages: [{ id: '1', label: 'x', displayOrder: 0, metadata: { ticketState } }],
    });
    expect(parsed.success).toBe(true);
  });

  it('a broken pipeline is rejected by id and field, the others indexed', () => {
    const { lookups, rejected } = buildHubspotLookups({
      pipelines: [
        {
          id: '0',
          label: 'Support',
          stages: [{ id: '1', label: 'New', displayOrder: 0, metadata: { ticketState: 'OPEN' } }],
        },
        {
          id: '9',
          label: 'Broken',
          stages: [{ id: '91', label: 'x', displayOrder: 0, metadata: { ticketState: 'DONE' } }],
        },
      ],
    });
    expect([...lookups.stages!.keys()]).toEqual(['0/1']);
    expect(rejected.map((r) => [r.where, r.path.join('.')])).toEqual([
      ['pipeline 9', 'stages.0.metadata.ticketState'],
    ]);
  });
});
