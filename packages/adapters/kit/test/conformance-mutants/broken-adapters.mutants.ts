// Not a test file of the kit's run: `suite-catches-broken-adapters.test.ts` runs it in a child
// Vitest and checks that the conformance suite fails each broken adapter where it should.
import {
  describeAdapterConformance,
  type ConformanceContext,
} from '../../src/conformance/index.js';
import type { Adapter, AdapterRecord, SyncBatch } from '../../src/index.js';
import {
  createExampleDeskAdapter,
  exampleDeskApi,
  exampleDeskFixture,
  EXAMPLE_DESK_PAGE_SIZE,
} from '../../examples/example-api-adapter/index.js';

const fixture = exampleDeskFixture();

/** The example adapter with one defect: `breakBatch` rewrites each batch, `wrap` the sync. */
function broken(
  name: string,
  defect: {
    batch?: (b: SyncBatch, n: number, ctx: ConformanceContext) => SyncBatch;
    useCtxHttp?: boolean;
    ignoreCheckpoint?: boolean;
    ignoreAbort?: boolean;
  },
) {
  describeAdapterConformance({
    name,
    createAdapter: (ctx) => {
      const real = createExampleDeskAdapter({
        baseUrl: `${ctx.baseUrl}/api/v2`,
        token: ctx.secret,
        pageSize: EXAMPLE_DESK_PAGE_SIZE,
        http: defect.useCtxHttp === false ? { timeoutMs: 250 } : ctx.http,
      });
      const adapter: Adapter = {
        name: real.name,
        kinds: real.kinds,
        async *sync(options = {}) {
          const { checkpoint, signal, ...rest } = options;
          let n = 0;
          for await (const batch of real.sync({
            ...rest,
            ...(checkpoint && !defect.ignoreCheckpoint ? { checkpoint } : {}),
            ...(signal && !defect.ignoreAbort ? { signal } : {}),
          })) {
            yield defect.batch ? defect.batch(batch, ++n, ctx) : batch;
          }
        },
      };
      return adapter;
    },
    abortBetweenBatches: true,
    expected: { ids: fixture.ids, rejections: fixture.rejections },
    api: exampleDeskApi(fixture.pages),
    faults: defect.useCtxHttp === false ? undefined : false,
  });
}

broken('control', {});
broken('ignores its checkpoint', { ignoreCheckpoint: true });
broken('ignores abort', { ignoreAbort: true });
broken('repeats a record', {
  batch: (b) => ({ ...b, records: [...b.records, ...b.records.slice(0, 1)] }),
});
broken('drops rejections', { batch: (b) => ({ ...b, rejected: [] }) });
broken('emits an invalid record', {
  batch: (b, n) =>
    n === 1
      ? {
          ...b,
          records: b.records.map((r, i) =>
            i === 0
              ? ({ ...r, record: { ...r.record, status: 'weird' } } as unknown as AdapterRecord)
              : r,
          ),
        }
      : b,
});
broken('logs the secret', {
  batch: (b, _n, ctx) => {
    console.warn(`synced with ${ctx.secret}`);
    return b;
  },
});
broken('puts a Date in its checkpoint', {
  batch: (b) => ({ ...b, checkpoint: { ...b.checkpoint, at: new Date(0) } }),
});
broken('does not pass ctx.http to its client', { useCtxHttp: false });
