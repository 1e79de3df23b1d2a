import { EXIT_CODES, apiSyncSource, syncSourceRegistry } from '../../src/index.js';
import type { SyncSource, SyncSourceRegistry } from '../../src/index.js';
import { fakeAdapter, type FakeAdapterOptions } from './fake-adapter.js';

const int = (value: string | undefined, fallback: number) =>
  value === undefined ? fallback : Number.parseInt(value, 10);

/** Reads fake adapter options from `tablero sync fake --records N --batch N …`. */
export function fakeOptionsFrom(strings: ReadonlyMap<string, string>): FakeAdapterOptions {
  const options: FakeAdapterOptions = {
    records: int(strings.get('records'), 10),
    batchSize: int(strings.get('batch'), 3),
  };
  if (strings.has('delay')) options.delayMs = int(strings.get('delay'), 0);
  if (strings.has('reject-every')) options.rejectEvery = int(strings.get('reject-every'), 0);
  if (strings.has('fail-at')) options.failAt = int(strings.get('fail-at'), 0);
  return options;
}

/** A file-like source over the fake adapter: `tablero sync fake --records 10 --batch 3 --out …`. */
export const fakeSource: SyncSource = {
  name: 'fake',
  summary: 'numbered fake tickets, for tests',
  usage: ['[--records <n>] [--batch <n>] --out <file> [options]'],
  positionals: [],
  options: ['records', 'batch', 'delay', 'reject-every', 'fail-at'].map((name) => ({
    name,
    type: 'string' as const,
    valueName: 'n',
    description: name,
  })),
  env: [],
  helpSections: [],
  async prepare({ args }) {
    const options = fakeOptionsFrom(args.strings);
    return {
      adapter: fakeAdapter(options),
      identity: { adapter: 'fake', records: options.records, rejectEvery: options.rejectEvery },
      label: 'fake',
      failureExitCode: EXIT_CODES.input,
      secrets: [],
    };
  },
};

export const SECRET = 'sk-live-0123456789abcdef';

/** An API source whose adapter fails with a message that contains the token it was given. */
export const leakySource: SyncSource = apiSyncSource({
  name: 'leaky',
  title: 'Leaky Helpdesk',
  env: [
    { name: 'TABLERO_LEAKY_DOMAIN', description: 'account', secret: false, required: true },
    { name: 'TABLERO_LEAKY_TOKEN', description: 'token', secret: true, required: true },
  ],
  createAdapter: (env) => ({
    name: 'leaky',
    kinds: ['ticket'],
    // eslint-disable-next-line require-yield
    async *sync() {
      throw new Error(
        `401 Unauthorized for https://${env.get('TABLERO_LEAKY_DOMAIN')}.example/api (Authorization: Bearer ${env.get('TABLERO_LEAKY_TOKEN')})`,
      );
    },
  }),
});

export function testSources(...extra: SyncSource[]): SyncSourceRegistry {
  return syncSourceRegistry([fakeSource, leakySource, ...extra]);
}
