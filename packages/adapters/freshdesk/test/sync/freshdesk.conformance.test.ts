import { afterAll } from 'vitest';
import {
  DEFAULT_FAULT_SCENARIOS,
  describeAdapterConformance,
} from '@tablero/adapter-kit/conformance';
import { createFreshdeskAdapter } from '../../src/index.js';
import {
  EXPECTED_RATING_IDS,
  EXPECTED_TICKET_IDS,
  freshdeskAuthorization,
  freshdeskRoutes,
  startRecordedFreshdesk,
} from './freshdesk-api.js';

const expected = {
  ids: { ticket: EXPECTED_TICKET_IDS, 'survey-response': EXPECTED_RATING_IDS },
  rejections: [
    { id: 10501, reason: 'invalid-vendor-record' },
    { id: 10502, reason: 'invalid-vendor-record' },
    { id: 10503, reason: 'invalid-vendor-record' },
    { id: 10504, reason: 'invalid-core-record' },
  ],
};

// The kit's fake server with Freshdesk's bare-array pages and Link paging, through every fault.
describeAdapterConformance({
  name: 'freshdesk (tickets, spam and deleted lists, ratings on the kit fake server)',
  createAdapter: (ctx) =>
    createFreshdeskAdapter({
      baseUrl: `${ctx.baseUrl}/api/v2`,
      apiKey: ctx.secret,
      perPage: 3,
      http: ctx.http,
    }),
  expected,
  api: { routes: freshdeskRoutes(3), authorization: freshdeskAuthorization },
  faults: DEFAULT_FAULT_SCENARIOS,
});

// The 300-page cap (gotcha 2) needs a fake that filters by `updated_since`, which the kit's
// cannot: re-windowing past a 2-page cap runs on the Freshdesk-faithful fake, without faults.
const SECRET = 'fd-conformance-key-Qm81';
const api = await startRecordedFreshdesk(SECRET, { maxPage: 2 });
afterAll(() => api.close());

describeAdapterConformance({
  name: 'freshdesk (tickets past a 2-page cap, and ratings, on a Freshdesk fake)',
  secret: SECRET,
  createAdapter: (ctx) =>
    createFreshdeskAdapter({
      baseUrl: `${api.url}/api/v2`,
      apiKey: ctx.secret,
      perPage: 3,
      maxPage: 2,
      http: ctx.http,
    }),
  expected,
  // updated_since is inclusive: a resumed window reads its boundary tickets again (at least once).
  allowResumeOverlap: true,
});
