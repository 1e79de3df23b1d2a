import { describeAdapterConformance } from '../src/conformance/index.js';
import {
  createExampleDeskAdapter,
  exampleDeskApi,
  exampleDeskFixture,
  EXAMPLE_DESK_PAGE_SIZE,
} from '../examples/example-api-adapter/index.js';

const fixture = exampleDeskFixture();

describeAdapterConformance({
  name: 'example-desk (tiny API adapter on the fake server)',
  createAdapter: (ctx) =>
    createExampleDeskAdapter({
      baseUrl: `${ctx.baseUrl}/api/v2`,
      token: ctx.secret,
      pageSize: EXAMPLE_DESK_PAGE_SIZE,
      http: ctx.http,
    }),
  abortBetweenBatches: true,
  expected: { ids: fixture.ids, rejections: fixture.rejections },
  api: exampleDeskApi(fixture.pages),
});
