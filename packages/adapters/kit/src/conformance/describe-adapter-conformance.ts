import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  RECORD_KINDS,
  type Adapter,
  type Checkpoint,
  type RecordKind,
  type Rejection,
} from '../contract.js';
import { secretForms } from '../http/redactor.js';
import type { Sleep } from '../http/sleep.js';
import { RECORD_SCHEMAS } from '../records/record-schemas.js';
import { startFakeApi, type FakeApi, type FakeRoute } from '../testing/fake-api.js';
import { collectSync, errorText, recordKeys, type CollectedSync } from './collect-sync.js';
import { CONFORMANCE_NOW, DEFAULT_FAULT_SCENARIOS, type FaultScenario } from './default-faults.js';

/** What the suite hands `createAdapter`: wire these in and every test runs fast and offline. */
export interface ConformanceContext {
  /** The fake API's `http://127.0.0.1:<port>` (API adapters only). */
  baseUrl: string | undefined;
  api: FakeApi | undefined;
  /** The credential to configure the adapter with; it must never come out. */
  secret: string;
  /**
   * Spread into `createHttpClient`: waits resolve at once and are recorded in `waits`, jitter
   * is off, the timeout is short and the clock is fixed at `CONFORMANCE_NOW`.
   */
  http: {
    sleep: Sleep;
    random: () => number;
    now: () => number;
    timeoutMs: number;
    maxAttempts: number;
  };
  /** Every wait the adapter's client asked for, in order. */
  waits: number[];
}

export interface ExpectedRejection {
  id?: string | number;
  line?: number;
  reason?: string;
}

export interface ConformanceOptions {
  /** Shown in test names. */
  name: string;
  /** A fresh adapter; called once per sync so resumes start from a clean instance. */
  createAdapter: (ctx: ConformanceContext) => Adapter | Promise<Adapter>;
  expected: {
    /** Record ids of a full sync: one list (all kinds) or one list per kind. */
    ids: readonly string[] | Partial<Record<RecordKind, readonly string[]>>;
    /** Every rejection a full sync must report (matched on the fields given), no more. */
    rejections?: readonly ExpectedRejection[];
  };
  /** API adapters: the recorded routes the fake server serves. */
  api?: {
    routes: readonly FakeRoute[];
    /** The Authorization header the adapter must send for `secret`; others get 401. */
    authorization?: (secret: string) => string;
  };
  /** Fault cases (API adapters). Default `DEFAULT_FAULT_SCENARIOS`; `false` skips them. */
  faults?: readonly FaultScenario[] | false;
  /** Default: a fixed random-looking token. */
  secret?: string;
  /** At most this many kill points are tried (spread evenly). Default 25. */
  maxResumePoints?: number;
  /** Whether a resumed run may repeat records of the batches before its checkpoint. Default false. */
  allowResumeOverlap?: boolean;
  /**
   * Also abort between two batches and require the next step to throw the abort reason.
   * Default false for now (opt-in): turn it on; it will become the default.
   */
  abortBetweenBatches?: boolean;
  /** Per-test timeout in ms. Default 30 s. */
  timeout?: number;
}

const DEFAULT_SECRET = 'tbl-conformance-9fK2qLx7Zp';

function expectedKeys(
  ids: ConformanceOptions['expected']['ids'],
  kinds: readonly RecordKind[],
): string[] {
  if (Array.isArray(ids))
    return (ids as readonly string[]).map((id) => `${kinds.length === 1 ? kinds[0] : '*'}:${id}`);
  return Object.entries(ids as Partial<Record<RecordKind, readonly string[]>>).flatMap(
    ([kind, list]) => (list ?? []).map((id) => `${kind}:${id}`),
  );
}

/** With one flat id list for several kinds, compare ids without kinds. */
function comparable(keys: readonly string[], flat: boolean): string[] {
  return (flat ? keys.map((k) => `*:${k.slice(k.indexOf(':') + 1)}`) : [...keys]).sort();
}

function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const key of keys) (seen.has(key) ? dup : seen).add(key);
  return [...dup];
}

function rejectionKey(r: Rejection): string {
  return `${r.where}\u0000${r.reason}\u0000${JSON.stringify(r.path)}`;
}

function resumePoints(batchCount: number, max: number): number[] {
  // Kill after batch k (1-based) for k = 1 … batchCount: the last one checks a finished sync.
  const all = Array.from({ length: batchCount }, (_, i) => i + 1);
  if (all.length <= max) return all;
  const step = all.length / max;
  return [
    ...new Set(
      Array.from({ length: max }, (_, i) => all[Math.floor(i * step)]!).concat(batchCount),
    ),
  ];
}

/**
 * Registers the Tablero adapter conformance tests (Vitest) for one adapter: mapping validity,
 * rejections, exact id set, resume from every checkpoint, checkpoint serialisation, abort,
 * redaction, and (API adapters) survival of every fault of the fake server.
 */
export function describeAdapterConformance(options: ConformanceOptions): void {
  const secret = options.secret ?? DEFAULT_SECRET;
  const timeout = options.timeout ?? 30_000;
  const forms = secretForms(secret);

  async function start(faults: FaultScenario['faults'] = []): Promise<FakeApi | undefined> {
    if (!options.api) return undefined;
    return startFakeApi({
      routes: options.api.routes,
      faults,
      ...(options.api.authorization ? { auth: options.api.authorization(secret) } : {}),
    });
  }

  async function adapterFor(
    api: FakeApi | undefined,
  ): Promise<{ adapter: Adapter; ctx: ConformanceContext }> {
    const waits: number[] = [];
    const ctx: ConformanceContext = {
      baseUrl: api?.url,
      api,
      secret,
      waits,
      http: {
        sleep: async (ms, signal) => {
          signal?.throwIfAborted();
          waits.push(ms);
        },
        random: () => 0.5,
        now: () => CONFORMANCE_NOW,
        timeoutMs: 500,
        maxAttempts: 5,
      },
    };
    return { adapter: await options.createAdapter(ctx), ctx };
  }

  function leaks(label: string, text: string): string[] {
    return forms.filter((form) => text.includes(form)).map(() => label);
  }

  /** Runs a sync with the console captured, and lists where the secret came out. */
  async function syncAndCheckSecrets(
    adapter: Adapter,
    api: FakeApi | undefined,
    run: () => Promise<CollectedSync>,
  ) {
    const lines: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const spies = methods.map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        lines.push(
          args
            .map((a) =>
              a instanceof Error ? errorText(a) : typeof a === 'string' ? a : JSON.stringify(a),
            )
            .join(' '),
        );
      }),
    );
    let result: CollectedSync;
    try {
      result = await run();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const found = [
      ...leaks('error', errorText(result.error)),
      ...leaks('progress events', JSON.stringify(result.events)),
      ...leaks('rejections', JSON.stringify(result.batches.flatMap((b) => b.rejected))),
      ...leaks('checkpoints', JSON.stringify(result.batches.map((b) => b.checkpoint))),
      ...leaks('records', JSON.stringify(result.batches.flatMap((b) => b.records))),
      ...leaks('console', lines.join('\n')),
      ...leaks('request URLs', JSON.stringify(api?.requests.map((r) => [r.path, r.query]) ?? [])),
      ...leaks('adapter name', adapter.name),
    ];
    return { result, found: [...new Set(found)] };
  }

  describe(`adapter conformance: ${options.name}`, () => {
    let api: FakeApi | undefined;
    let full: CollectedSync;
    let adapter: Adapter;
    let flat = false;
    let expected: string[] = [];

    beforeAll(async () => {
      api = await start();
      ({ adapter } = await adapterFor(api));
      flat = Array.isArray(options.expected.ids) && adapter.kinds.length !== 1;
      expected = comparable(expectedKeys(options.expected.ids, adapter.kinds), flat);
      full = await collectSync(adapter);
    }, timeout);

    afterAll(async () => {
      await api?.close();
    });

    it('finishes a full sync without error', () => {
      expect(errorText(full.error)).toBe('');
      expect(full.batches.length).toBeGreaterThan(0);
    });

    it('declares its name and record kinds', () => {
      expect(adapter.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(adapter.kinds.length).toBeGreaterThan(0);
      for (const kind of adapter.kinds) expect(RECORD_KINDS).toContain(kind);
    });

    it('emits only records of its kinds that validate against the core schema', () => {
      const problems: string[] = [];
      for (const { kind, record } of full.batches.flatMap((b) => b.records)) {
        if (!adapter.kinds.includes(kind)) problems.push(`${kind} ${record.id}: kind not declared`);
        const parsed = RECORD_SCHEMAS[kind].safeParse(record);
        if (!parsed.success) {
          problems.push(
            `${kind} ${record.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });

    it('yields exactly the expected ids, none twice', () => {
      const keys = recordKeys(full.batches);
      expect(duplicates(keys)).toEqual([]);
      expect(comparable(keys, flat)).toEqual(expected);
    });

    it('rejections say where, why and what, and match the expected ones', () => {
      const rejected = full.batches.flatMap((b) => b.rejected);
      for (const r of rejected) {
        expect(r.where, JSON.stringify(r)).toMatch(/\S/);
        expect(r.reason, JSON.stringify(r)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(r.message, JSON.stringify(r)).toMatch(/\S/);
        expect(Array.isArray(r.path), JSON.stringify(r)).toBe(true);
        if (r.line !== undefined)
          expect(Number.isInteger(r.line) && r.line >= 1, JSON.stringify(r)).toBe(true);
        expect(
          r.line !== undefined || r.id !== undefined || r.where !== '',
          JSON.stringify(r),
        ).toBe(true);
      }
      const wanted = options.expected.rejections ?? [];
      expect(rejected.length, `rejections: ${JSON.stringify(rejected.map((r) => r.message))}`).toBe(
        wanted.length,
      );
      const pool = [...rejected];
      for (const want of wanted) {
        const i = pool.findIndex(
          (r) =>
            (want.id === undefined || String(r.id) === String(want.id)) &&
            (want.line === undefined || r.line === want.line) &&
            (want.reason === undefined || r.reason === want.reason),
        );
        expect(
          i,
          `expected a rejection ${JSON.stringify(want)} among ${JSON.stringify(pool)}`,
        ).toBeGreaterThanOrEqual(0);
        pool.splice(i, 1);
      }
    });

    it('reports rejections as progress events all or not at all', () => {
      const fromEvents = full.events.flatMap((e) =>
        e.type === 'rejected' ? [rejectionKey(e.rejection)] : [],
      );
      const fromBatches = full.batches.flatMap((b) => b.rejected.map(rejectionKey));
      // Half the rejections on a progress line and half only in batches would mislead a user.
      if (fromEvents.length > 0) expect(fromEvents.sort()).toEqual(fromBatches.sort());
    });

    it('emits well-formed progress events', () => {
      for (const e of full.events) {
        const text = JSON.stringify(e);
        switch (e.type) {
          case 'page':
            expect(Number.isInteger(e.page) && e.page >= 1, text).toBe(true);
            expect(e.records >= 0, text).toBe(true);
            break;
          case 'bytes':
            expect(e.bytes >= 0 && e.records >= 0, text).toBe(true);
            if (e.totalBytes !== undefined) expect(e.bytes <= e.totalBytes, text).toBe(true);
            break;
          case 'wait':
            expect(e.ms >= 0 && ['rate-limit', 'retry'].includes(e.reason), text).toBe(true);
            break;
          case 'rejected':
            expect(e.rejection.reason, text).toMatch(/\S/);
            break;
          default:
            throw new Error(`unknown progress event ${text}`);
        }
      }
    });

    it('writes JSON-serialisable checkpoints that name the adapter', () => {
      for (const { checkpoint } of full.batches) {
        const copy = JSON.parse(JSON.stringify(checkpoint)) as Checkpoint;
        expect(copy).toEqual(checkpoint);
        expect(checkpoint.adapter).toBe(adapter.name);
        expect(Number.isInteger(checkpoint.version)).toBe(true);
      }
    });

    it(
      'resumes after a kill at every batch boundary without losing or repeating records',
      async () => {
        const total = full.batches.length;
        const wanted = comparable(recordKeys(full.batches), flat);
        const allRejections = full.batches.flatMap((b) => b.rejected.map(rejectionKey)).sort();
        for (const k of resumePoints(total, options.maxResumePoints ?? 25)) {
          const first = await collectSync((await adapterFor(api)).adapter, { stopAfter: k });
          expect(errorText(first.error), `run killed after batch ${k}`).toBe('');
          const stored = first.batches.slice(0, k);
          // What a caller wrote to disk, read back by a new process.
          const saved = JSON.parse(JSON.stringify(stored.at(-1)!.checkpoint)) as Checkpoint;
          const rest = await collectSync((await adapterFor(api)).adapter, { checkpoint: saved });
          expect(errorText(rest.error), `resume after batch ${k}`).toBe('');
          const before = recordKeys(stored);
          const after = recordKeys(rest.batches);
          expect(duplicates(after), `resumed run after batch ${k} repeats records`).toEqual([]);
          if (!options.allowResumeOverlap) {
            const had = new Set(before);
            expect(
              after.filter((key) => had.has(key)),
              `resume after batch ${k} repeats stored records`,
            ).toEqual([]);
          }
          expect(
            comparable([...new Set([...before, ...after])], flat),
            `records lost resuming after batch ${k}`,
          ).toEqual(wanted);
          const rejections = new Set(
            [...stored, ...rest.batches].flatMap((b) => b.rejected.map(rejectionKey)),
          );
          expect([...rejections].sort(), `rejections lost resuming after batch ${k}`).toEqual(
            [...new Set(allRejections)].sort(),
          );
        }
      },
      timeout,
    );

    it(
      'stops with the abort reason when its signal aborts',
      async () => {
        const controller = new AbortController();
        const reason = new Error('conformance abort');
        reason.name = 'AbortError';
        controller.abort(reason);
        const run = await collectSync((await adapterFor(api)).adapter, {
          signal: controller.signal,
        });
        expect(run.error, 'a sync with an aborted signal must throw').toBeDefined();
        expect((run.error as Error).name).toBe('AbortError');
        expect(run.batches).toEqual([]);
      },
      timeout,
    );

    it(
      'stops with the abort reason when its signal aborts between batches',
      async () => {
        // A single-batch sync has no "between"; the test above covers it.
        if (!options.abortBetweenBatches || full.batches.length < 2) return;
        const controller = new AbortController();
        const reason = new Error('conformance abort mid-sync');
        reason.name = 'AbortError';
        const fresh = (await adapterFor(api)).adapter;
        const iterator = fresh.sync({ signal: controller.signal })[Symbol.asyncIterator]();
        try {
          const first = await iterator.next();
          expect(first.done).toBe(false);
          controller.abort(reason);
          const after = await iterator.next().then(
            (step) => (step.done ? 'ended quietly' : 'yielded another batch'),
            (error: unknown) => error,
          );
          expect(after, 'after an abort the sync must throw the abort reason').toBe(reason);
        } finally {
          await iterator.return?.().catch(() => undefined);
        }
      },
      timeout,
    );

    it(
      'never lets the secret into errors, progress, rejections, checkpoints, records or the console',
      async () => {
        const { adapter: fresh } = await adapterFor(api);
        const { found } = await syncAndCheckSecrets(fresh, api, () => collectSync(fresh));
        expect(found).toEqual([]);
      },
      timeout,
    );

    const scenarios =
      options.api && options.faults !== false ? (options.faults ?? DEFAULT_FAULT_SCENARIOS) : [];
    for (const scenario of scenarios) {
      it(
        `survives the fake server's fault: ${scenario.name}`,
        async () => {
          const faulty = await start(scenario.faults);
          try {
            const { adapter: fresh, ctx } = await adapterFor(faulty);
            const { result, found } = await syncAndCheckSecrets(fresh, faulty, () =>
              collectSync(fresh),
            );
            expect(found, 'the secret leaked').toEqual([]);
            if (scenario.expectError) {
              expect(result.error, 'the sync must fail').toBeDefined();
              expect(errorText(result.error)).toMatch(/\S/);
              return;
            }
            expect(errorText(result.error)).toBe('');
            const keys = recordKeys(result.batches);
            expect(duplicates(keys)).toEqual([]);
            expect(comparable(keys, flat)).toEqual(expected);
            if (scenario.expectWait !== undefined) {
              expect(
                ctx.waits,
                'wire ctx.http into the HTTP client so waits are observed',
              ).toContain(scenario.expectWait);
            }
          } finally {
            await faulty?.close();
          }
        },
        timeout,
      );
    }
  });
}
