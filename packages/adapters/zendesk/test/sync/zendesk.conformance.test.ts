import { zendeskTokenAuth } from '@tablero/adapter-kit';
import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createZendeskAdapter } from '../../src/index.js';
import {
  ADMIN_EMAIL,
  EXPECTED_IDS,
  EXPECTED_RATING_IDS,
  pagesOf,
  recordedTickets,
  zendeskAuthorization,
  zendeskRoutes,
} from './zendesk-api.js';

describeAdapterConformance({
  name: 'zendesk (ticket export and satisfaction ratings on the fake server)',
  createAdapter: (ctx) =>
    createZendeskAdapter({
      baseUrl: `${ctx.baseUrl}/api/v2`,
      auth: zendeskTokenAuth(ADMIN_EMAIL, ctx.secret),
      http: ctx.http,
    }),
  expected: {
    ids: { ticket: EXPECTED_IDS, 'survey-response': EXPECTED_RATING_IDS },
    rejections: [
      { id: 48301, reason: 'invalid-vendor-record' },
      { id: 48302, reason: 'invalid-vendor-record' },
      { id: 48303, reason: 'invalid-core-record' },
      { reason: 'invalid-vendor-record' }, // the ticket without an id
    ],
  },
  api: {
    routes: zendeskRoutes(pagesOf(recordedTickets(), 4)),
    authorization: zendeskAuthorization,
  },
});
