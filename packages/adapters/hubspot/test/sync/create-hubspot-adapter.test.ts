import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyResponse, Ticket } from '@tablero/core';
import type { Checkpoint } from '@tablero/adapter-kit';
import { startFakeApi, type FakeApi, type FaultRule } from '@tablero/adapter-kit/testing';
import {
  HUBSPOT_TICKET_PROPERTIES,
  createHubspotAdapter,
  type HubspotSyncBatch,
} from '../../src/index.js';
import { EXPECTED_ANSWER_IDS, EXPECTED_TICKET_IDS, hubspotRoutes } from './hubspot-api.js';

const TOKEN = 'pat-na1-test-7c1d';
let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sync(faults: FaultRule[] = [], checkpoint?: Checkpoint) {
  api ??= await startFakeApi({ routes: hubspotRoutes(), faults, auth: `Bearer ${TOKEN}` });
  const adapter = createHubspotAdapter({
    mode: 'full',
    baseUrl: api.url,
    token: TOKEN,
    pageSize: 4,
    stageStatus: { '81234570': 'on_hold' },
    owners: new Map([['70010001', 'Lucía Fernández']]),
    http: { sleep: async () => {}, random: () => 0.5, timeoutMs: 1000, maxAttempts: 3 },
  });
  const batches: HubspotSyncBatch[] = [];
  for await (const b of adapter.sync(checkpoint ? { checkpoint } : {})) batches.push(b);
  const of = <K extends string>(kind: K) =>
    batches.flatMap((b) => b.records.flatMap((r) => (r.kind === kind ? [r.record] : [])));
  return {
    api,
    batches,
    tickets: of('ticket') as Ticket[],
    answers: of('survey-response') as SurveyResponse[],
  };
}

describe('HubSpot full sync: CRM objects lists (HELPDESK-APIS §3.2, §3.3)', () => {
  it('reads pipelines, then every ticket page, then every feedback page', async () => {
    const { api, tickets, answers } = await sync();
    expect(tickets.map((t) => t.id)).toEqual(EXPECTED_TICKET_IDS);
    expect(answers.map((a) => a.id)).toEqual(EXPECTED_ANSWER_IDS);
    expect([...new Set(api.requests.map((r) => r.path))]).toEqual([
      '/crm/v3/pipelines/tickets',
      '/crm/v3/objects/tickets',
      '/crm/v3/objects/feedback_submissions',
    ]);
    expect(api.requests.every((r) => r.authorized)).toBe(true);
  });

  it('asks for the properties the mapping needs, 4 per page, live objects only', async () => {
    const { api } = await sync();
    const first = api.requests.find((r) => r.path === '/crm/v3/objects/tickets')!;
    expect(first.query).toMatchObject({ limit: '4', archived: 'false' });
    expect(first.query.properties!.split(',')).toEqual(HUBSPOT_TICKET_PROPERTIES);
    expect(HUBSPOT_TICKET_PROPERTIES).toContain('time_to_first_agent_reply');
    expect(HUBSPOT_TICKET_PROPERTIES).toContain('hs_ticket_reopened_at');
  });

  it('maps statuses through the loaded pipelines and names owners', async () => {
    const { tickets } = await sync();
    const byId = new Map(tickets.map((t) => [t.id, t]));
    expect(byId.get('5123456794')?.status).toBe('on_hold'); // stageStatus option
    expect(byId.get('5123456796')?.status).toBe('new'); // first open stage of its pipeline
    expect(byId.get('5123456789')?.assignee).toBe('Lucía Fernández');
  });

  it('reports archived and merged-away ids and custom surveys beside the records (gotcha 8)', async () => {
    const { batches } = await sync();
    expect(batches.flatMap((b) => b.removed)).toEqual([
      { id: '5123400001', reason: 'merged', into: '5123456795' },
      { id: '5123400002', reason: 'merged', into: '5123456795' },
      // The fake serves archived objects even with archived=false; the adapter still says so.
      { id: '5123456798', reason: 'archived' },
    ]);
    expect(batches.flatMap((b) => b.skipped)).toEqual([{ id: '820', surveyType: 'CUSTOM' }]);
  });

  it('resumes inside the feedback phase, and a finished run ends at once', async () => {
    const first = await sync();
    const ticketsDone = first.batches.findIndex((b) => b.checkpoint.phase === 'feedback');
    const saved = JSON.parse(JSON.stringify(first.batches[ticketsDone + 1]!.checkpoint));
    const rest = await sync([], saved);
    expect(rest.tickets).toEqual([]);
    expect(rest.answers.map((a) => a.id)).toEqual(EXPECTED_ANSWER_IDS.slice(4)); // page 1 held 812–815
    const done = await sync([], JSON.parse(JSON.stringify(first.batches.at(-1)!.checkpoint)));
    expect(done.batches).toEqual([]);
  });

  it('skips feedback with a warning when the token lacks its scope (gotcha 9)', async () => {
    const { batches, answers, tickets } = await sync([
      {
        path: '/crm/v3/objects/feedback_submissions',
        times: Infinity,
        fault: { type: 'status', status: 403, body: { category: 'MISSING_SCOPES' } },
      },
    ]);
    expect(tickets).toHaveLength(EXPECTED_TICKET_IDS.length);
    expect(answers).toEqual([]);
    expect(batches.flatMap((b) => b.warnings)).toEqual([
      'feedback submissions skipped: HTTP 403 (the token lacks crm.objects.feedback_submissions.read)',
    ]);
  });
});
