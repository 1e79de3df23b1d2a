import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createHubspotAdapter } from '../../src/index.js';
import {
  EXPECTED_ANSWER_IDS,
  EXPECTED_REJECTIONS,
  EXPECTED_TICKET_IDS,
  hubspotRoutes,
} from './hubspot-api.js';

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
    rejections: EXPECTED_REJECTIONS,
  },
  api: { routes: hubspotRoutes(), authorization: (secret) => `Bearer ${secret}` },
});
