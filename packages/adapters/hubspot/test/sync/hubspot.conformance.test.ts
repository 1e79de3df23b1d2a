import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createHubspotAdapter } from '../../src/index.js';
import { EXPECTED_ANSWER_IDS, EXPECTED_TICKET_IDS, hubspotRoutes } from './hubspot-api.js';

describeAdapterConformance({
  name: 'hubspot full mode (ticket and feedback lists on the kit fake server)',
  createAdapter: (ctx) =>
    createHubspotAdapter({
      mode: 'full',
      baseUrl: ctx.baseUrl!,
      token: ctx.secret,
      pageSize: 4,
      http: ctx.http,
    }),
  expected: {
    ids: { ticket: EXPECTED_TICKET_IDS, 'survey-response': EXPECTED_ANSWER_IDS },
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
  api: { routes: hubspotRoutes(), authorization: (secret) => `Bearer ${secret}` },
});
