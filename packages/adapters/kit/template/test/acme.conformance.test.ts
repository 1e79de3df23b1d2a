import { describeAdapterConformance } from '@tablero/adapter-kit/conformance';
import { createAcmeAdapter } from '../src/index.js';
import { expectedIds, expectedRejections, recorded } from './fixtures.js';

describeAdapterConformance({
  name: 'acme',
  createAdapter: (ctx) =>
    createAcmeAdapter({
      // The fake server's origin plus the vendor's base path; `routes[].path` below is this
      // base path plus the path the adapter requests.
      baseUrl: `${ctx.baseUrl}/api/v2`,
      token: ctx.secret,
      pageSize: 5,
      // Instant, recorded waits and a short timeout: the fault tests run in about a second.
      http: ctx.http,
    }),
  abortBetweenBatches: true,
  expected: { ids: expectedIds, rejections: expectedRejections },
  api: {
    // TODO(adapter): the vendor's path and pagination style (`zendesk-cursor`, `hubspot`, `page`…).
    routes: [
      { path: '/api/v2/tickets', pagination: 'link', itemsKey: 'tickets', pages: recorded.pages },
    ],
    // The exact header the adapter must send for the secret; anything else gets a 401.
    authorization: (secret) => `Basic ${Buffer.from(`${secret}:X`).toString('base64')}`,
  },
});
