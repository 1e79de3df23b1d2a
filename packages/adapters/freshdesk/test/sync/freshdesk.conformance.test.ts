import { afterAll } from 'vitest';
import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createFreshdeskAdapter } from '../../src/index.js';
import {
  EXPECTED_RATING_IDS,
  EXPECTED_TICKET_IDS,
  startRecordedFreshdesk,
} from './freshdesk-api.js';

// The kit's generic fake serves objects, not Freshdesk's bare arrays, so this suite runs on a
// Freshdesk-faithful fake and without the kit's fault scenarios (the same kit client survives
// them in the Zendesk and HubSpot suites).
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
  expected: {
    ids: { ticket: EXPECTED_TICKET_IDS, 'survey-response': EXPECTED_RATING_IDS },
    rejections: [
      { id: 10501, reason: 'invalid-vendor-record' },
      { id: 10502, reason: 'invalid-vendor-record' },
      { id: 10503, reason: 'invalid-vendor-record' },
      { id: 10504, reason: 'invalid-core-record' },
    ],
  },
  // updated_since is inclusive: a resumed window reads its boundary tickets again (at least once).
  allowResumeOverlap: true,
});
