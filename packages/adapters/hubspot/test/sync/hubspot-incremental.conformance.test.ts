import {
  DEFAULT_FAULT_SCENARIOS,
  describeAdapterConformance,
} from '@tablero/adapter-kit/conformance';
import { createHubspotAdapter } from '../../src/index.js';
import {
  EXPECTED_ANSWER_IDS,
  EXPECTED_REJECTIONS,
  EXPECTED_TICKET_IDS,
  hubspotSearchRoutes,
} from './hubspot-api.js';

// Keyset search on the kit's fake server (POST routes), through every fault. The 10,000-result
// cap and equal timestamps need a fake that filters and sorts: hubspot-incremental.test.ts.
describeAdapterConformance({
  name: 'hubspot incremental mode (keyset search windows on the kit fake server)',
  createAdapter: (ctx) =>
    createHubspotAdapter({ baseUrl: ctx.baseUrl!, token: ctx.secret, pageSize: 4, http: ctx.http }),
  expected: {
    ids: {
      ticket: EXPECTED_TICKET_IDS,
      'survey-response': EXPECTED_ANSWER_IDS,
    },
    rejections: EXPECTED_REJECTIONS,
  },
  api: { routes: hubspotSearchRoutes(), authorization: (secret) => `Bearer ${secret}` },
  faults: DEFAULT_FAULT_SCENARIOS,
});
