import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SurveyResponseSchema, TicketSchema } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvAdapterOptions } from '../src/index.js';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`./fixtures/presets/${name}`, import.meta.url))),
  );

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);
const MIN = 60_000;

async function read(name: string, options: Omit<CsvAdapterOptions, 'input'>) {
  const result = await readCsv(fixture(name), options);
  // Whatever the preset, what comes out is valid for the core model.
  for (const t of result.tickets) expect(TicketSchema.safeParse(t).success).toBe(true);
  for (const s of result.surveyResponses)
    expect(SurveyResponseSchema.safeParse(s).success).toBe(true);
  return result;
}

describe('Zendesk preset (HELPDESK-APIS.md §1.7): account time zone, minutes, display labels', () => {
  it('maps the full export header, with DST gap and overlap wall times in Europe/Madrid', async () => {
    const { tickets, rejected, summary } = await read('zendesk-export.csv', {
      preset: 'zendesk',
      timeZone: 'Europe/Madrid',
    });
    expect(rejected).toEqual([]);
    // 2025-03-03 10:12:44 CET (UTC+1) = 09:12:44Z; first reply 38 min later; first resolution
    // 1849 min = 30 h 49 min later; `Solved at` 17:01:59 CET = 16:01:59Z.
    const created = utc(2025, 3, 3, 9, 12, 44);
    expect(tickets[0]).toEqual({
      id: '48211',
      source: { system: 'zendesk', id: '48211' },
      createdAt: created,
      status: 'solved',
      firstResponseAt: created + 38 * MIN,
      resolvedAt: created + 1849 * MIN,
      fullyResolvedAt: utc(2025, 3, 4, 16, 1, 59),
      channel: 'email',
      priority: 'normal',
      group: 'Facturación',
      assignee: 'Marta',
      customerId: '90011',
      tags: ['billing', 'export'],
      agentTouches: 1,
      reopens: 0,
      custom: {
        organization: 'Acme, S.L.',
        ticketType: 'Question',
        satisfactionScore: 'Good',
        firstReplyBusinessMinutes: 38,
        fullResolutionBusinessMinutes: 540,
        groupStations: 1,
        assigneeStations: 1,
      },
    });
    // 2025-03-30 02:30 does not exist in Madrid (02:00 → 03:00): read as 03:30 CEST = 01:30Z.
    // Empty cells (priority, assignee, minutes) are absent, never 0.
    expect(tickets[1]).toEqual({
      id: '48230',
      source: { system: 'zendesk', id: '48230' },
      createdAt: utc(2025, 3, 30, 1, 30),
      status: 'open',
      channel: 'chat',
      group: 'Soporte',
      customerId: '90012',
      agentTouches: 0,
      reopens: 0,
      custom: { satisfactionScore: 'Not Offered', groupStations: 1, assigneeStations: 0 },
    });
    // 2025-10-26 02:30 happens twice (03:00 CEST → 02:00 CET): the earlier, 00:30Z. A first
    // reply of 0 minutes is a real zero: firstResponseAt = createdAt.
    const third = tickets[2]!;
    expect(third.createdAt).toBe(utc(2025, 10, 26, 0, 30));
    expect(third.firstResponseAt).toBe(third.createdAt);
    expect(third.resolvedAt).toBe(third.createdAt + 90 * MIN);
    expect(third.fullyResolvedAt).toBeUndefined();
    expect(third).toMatchObject({
      status: 'on_hold',
      priority: 'urgent',
      channel: 'web',
      reopens: 2,
    });
    expect(third.tags).toEqual(['vip', 'urgent']);
    expect(summary.unusedColumns).toContain('Motivo do Contato [list]');
    expect(summary.unmappedFields).toEqual([]);
  });
});

describe('Freshdesk preset (HELPDESK-APIS.md §2.7): exporting user’s time zone, YYYY-MM-DD HH:MM:SS', () => {
  it('maps timestamps, labels and SLA columns; business-hour durations stay in custom', async () => {
    const { tickets, rejected } = await read('freshdesk-export.csv', {
      preset: 'freshdesk',
      timeZone: 'America/Bogota', // UTC−5 all year
    });
    expect(rejected).toEqual([]);
    expect(tickets[0]).toEqual({
      id: '10452',
      source: { system: 'freshdesk', id: '10452' },
      createdAt: utc(2025, 3, 3, 14, 12, 44),
      status: 'solved',
      firstResponseAt: utc(2025, 3, 3, 14, 50, 31),
      resolvedAt: utc(2025, 3, 4, 21, 2, 10),
      channel: 'email',
      priority: 'high',
      group: 'Billing',
      assignee: 'Carlos',
      customerId: '80001234',
      tags: ['refund', 'billing'],
      agentTouches: 2,
      custom: {
        ticketType: 'Problem',
        company: 'Acme',
        customerInteractions: 1,
        firstResponseBusinessHours: '00:37:47',
        resolutionBusinessHours: '08:49:26',
        resolutionStatus: 'Within SLA',
        firstResponseStatus: 'Within SLA',
        surveyResults: 'Extremely happy',
      },
    });
    expect(tickets[1]).toMatchObject({
      status: 'pending',
      priority: 'low',
      channel: 'chat',
      agentTouches: 0,
    });
    expect(tickets[1]!.firstResponseAt).toBeUndefined();
    expect(tickets[2]).toMatchObject({
      status: 'closed',
      priority: 'normal',
      channel: 'web',
      resolvedAt: utc(2025, 3, 5, 14, 30),
      closedAt: utc(2025, 3, 6, 14, 30),
    });
  });
});

describe('HubSpot preset (HELPDESK-APIS.md §3.8): labels or internal names, ms or HH:MM:SS', () => {
  it('maps a label export; "Time to first agent email reply" as HH:MM:SS and as milliseconds', async () => {
    const { tickets, rejected } = await read('hubspot-export.csv', {
      preset: 'hubspot',
      timeZone: 'Europe/Madrid',
    });
    expect(rejected).toEqual([]);
    const created = utc(2025, 3, 3, 9, 12);
    expect(tickets[0]).toEqual({
      id: '5123456789',
      source: { system: 'hubspot', id: '5123456789' },
      createdAt: created,
      status: 'closed',
      // 00:37:47 after creation.
      firstResponseAt: created + 37 * MIN + 47_000,
      resolvedAt: utc(2025, 3, 4, 16, 1),
      closedAt: utc(2025, 3, 4, 16, 1),
      channel: 'email',
      priority: 'high',
      assignee: 'Marta Ruiz',
      customerId: 'Acme',
      custom: { category: 'Billing issue', pipeline: 'Support Pipeline', oneTouch: true },
    });
    // 2,267,000 ms = 37 min 47 s, as in §3.6's sample.
    expect(tickets[1]!.firstResponseAt! - tickets[1]!.createdAt).toBe(2_267_000);
    expect(tickets[1]).toMatchObject({ status: 'pending', channel: 'chat', priority: 'low' });
  });

  it('maps an export with internal names and values (stage ids, LOW/HIGH, ISO UTC)', async () => {
    const { tickets, rejected } = await read('hubspot-internal-names.csv', { preset: 'hubspot' });
    expect(rejected).toEqual([]);
    expect(tickets[0]).toMatchObject({
      id: '5123456789',
      createdAt: utc(2025, 3, 3, 9, 12, 44, 120),
      status: 'closed',
      firstResponseAt: utc(2025, 3, 3, 9, 50, 31),
      resolvedAt: utc(2025, 3, 4, 16, 1, 59),
      priority: 'high',
      channel: 'email',
      assignee: '70010001',
    });
    expect(tickets[1]).toMatchObject({ status: 'new', priority: 'low', channel: 'web' });
    expect(tickets[1]!.resolvedAt).toBeUndefined();
  });
});

describe('Excel in Spanish (issue #4): Windows-1252, `;`, decimal comma, dd/mm/yyyy HH:mm', () => {
  it('reads the generic ticket preset with Spanish headers, words and numbers', async () => {
    const { tickets, rejected, summary } = await read('spanish-excel.csv', {
      preset: 'generic-ticket',
      timeZone: 'Europe/Madrid',
      // Written as people write it: lowercase mm before the hour is the month.
      dateFormat: 'dd/mm/yyyy HH:mm',
    });
    expect(summary.settings).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(rejected).toEqual([]);
    const created = utc(2025, 3, 3, 9, 12);
    expect(tickets[0]).toEqual({
      id: '1001',
      createdAt: created,
      status: 'solved',
      // 38,5 min = 2,310 s; 1,25 h = 75 min.
      firstResponseAt: created + 2_310_000,
      resolvedAt: created + 75 * MIN,
      channel: 'email',
      priority: 'high',
      assignee: 'Marta Ibáñez',
      tags: ['facturación', 'devolución'],
      escalated: false,
      isComplaint: true,
    });
    expect(tickets[1]).toEqual({
      id: '1002',
      createdAt: utc(2025, 3, 30, 1, 30),
      status: 'open',
      channel: 'phone',
      priority: 'normal',
      escalated: false,
      isComplaint: false,
    });
    expect(tickets[2]).toMatchObject({
      id: '1003',
      createdAt: utc(2025, 10, 26, 0, 30),
      firstResponseAt: utc(2025, 10, 26, 0, 30),
      status: 'pending',
      assignee: 'José',
      escalated: true,
      isComplaint: false,
    });
  });
});

describe('generic survey preset: kinds, scores (decimal comma, good/bad), ids from line numbers', () => {
  it('reads a Spanish `;` survey file', async () => {
    const { surveyResponses, rejected } = await read('generic-survey.csv', {
      preset: 'generic-survey',
      timeZone: 'Europe/Madrid',
    });
    expect(rejected).toEqual([]);
    expect(surveyResponses).toEqual([
      {
        id: 'line-2',
        kind: 'nps',
        score: 9,
        answeredAt: utc(2025, 3, 6, 8, 30),
        customerId: 'C-1',
        ticketId: '48211',
        comment: 'Muy rápido',
      },
      { id: 'line-3', kind: 'csat', score: 4.5, answeredAt: utc(2025, 3, 6, 9), customerId: 'C-2' },
      {
        id: 'line-4',
        kind: 'csat',
        score: 'good',
        answeredAt: utc(2025, 3, 6, 9),
        customerId: 'C-3',
        ticketId: '48230',
        comment: '"Bien"; gracias',
      },
      // A date without a time is midnight in the zone: 2025-03-07 00:00 CET = 03-06 23:00Z.
      { id: 'line-5', kind: 'ces', score: 6, answeredAt: utc(2025, 3, 6, 23), customerId: 'C-4' },
    ]);
  });
});
