import { afterAll } from 'vitest';
import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createHubspotAdapter } from '../../src/index.js';
import { fixture } from '../fixture.js';
import { startFakeHubspot } from './fake-hubspot-search.js';
import {
  EXPECTED_ANSWER_IDS,
  EXPECTED_REJECTIONS,
  EXPECTED_TICKET_IDS,
  recordedTickets,
} from './hubspot-api.js';

// Search is a POST, which the kit's fake does not serve: this suite runs on a search fake,
// without the kit's fault scenarios (the same client survives them in the full-mode suite).
const SECRET = 'pat-na1-conformance-Yx3';
const api = await startFakeHubspot({
  token: SECRET,
  pipelines: fixture<{ results: unknown[] }>('pipelines.json').results,
  objects: {
    tickets: recordedTickets(),
    feedback_submissions: fixture<{ results: unknown[] }>('feedback-submissions.json').results,
  },
});
afterAll(() => api.close());

describeAdapterConformance({
  name: 'hubspot incremental mode (keyset search windows on a search fake)',
  secret: SECRET,
  createAdapter: (ctx) =>
    createHubspotAdapter({ baseUrl: api.url, token: ctx.secret, pageSize: 4, http: ctx.http }),
  expected: {
    ids: {
      ticket: EXPECTED_TICKET_IDS,
      'survey-response': EXPECTED_ANSWER_IDS,
    },
    rejections: EXPECTED_REJECTIONS,
  },
});
