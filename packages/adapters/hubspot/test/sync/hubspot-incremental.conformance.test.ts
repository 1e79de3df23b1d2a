import { afterAll } from 'vitest';
import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createHubspotAdapter } from '../../src/index.js';
import { fixture } from '../fixture.js';
import { startFakeHubspot } from './fake-hubspot-search.js';
import { EXPECTED_ANSWER_IDS, recordedTickets } from './hubspot-api.js';

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
      // search never returns archived objects, so 5123456798 is not even seen
      ticket: [
        '5123456789',
        '5123456790',
        '5123456791',
        '5123456792',
        '5123456793',
        '5123456794',
        '5123456795',
        '5123456796',
        '5123456797',
        '5123456799',
        '6000000001',
        '6000000007',
      ],
      'survey-response': EXPECTED_ANSWER_IDS,
    },
    rejections: [
      { id: '6000000002', reason: 'invalid-vendor-record' },
      { id: '6000000003', reason: 'invalid-vendor-record' },
      { id: '6000000004', reason: 'invalid-vendor-record' },
      { id: '6000000005', reason: 'invalid-core-record' },
      { id: 6000000006, reason: 'invalid-vendor-record' },
      { id: '821', reason: 'rating-off-scale' },
      { id: '822', reason: 'rating-off-scale' },
      { id: '823', reason: 'missing-rating' },
      { id: '824', reason: 'invalid-vendor-record' },
      { id: '825', reason: 'rating-off-scale' },
    ],
  },
});
