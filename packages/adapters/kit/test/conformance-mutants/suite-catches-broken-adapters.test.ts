import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

interface AssertionResult {
  ancestorTitles: string[];
  title: string;
  status: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const vitestBin = join(
  dirname(fileURLToPath(import.meta.resolve('vitest/package.json'))),
  'vitest.mjs',
);

/** `suite › test` → status, from a child Vitest run over the broken adapters. */
let results = new Map<string, string>();

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kit-mutants-'));
  const out = join(dir, 'results.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        vitestBin,
        'run',
        '--config',
        join(here, 'vitest.mutants.config.ts'),
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      { cwd: here, env: { ...process.env, NO_COLOR: '1' } },
    ).catch(() => undefined); // failing tests are the point: read the report either way
    const report = JSON.parse(await readFile(out, 'utf8')) as {
      testResults: { assertionResults: AssertionResult[] }[];
    };
    results = new Map(
      report.testResults.flatMap((f) =>
        f.assertionResults.map(
          (a) => [`${a.ancestorTitles.at(-1)} › ${a.title}`, a.status] as const,
        ),
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);

const failing = (adapter: string) =>
  [...results]
    .filter(
      ([name, status]) =>
        name.startsWith(`adapter conformance: ${adapter} ›`) && status === 'failed',
    )
    .map(([name]) => name.split(' › ')[1]);

describe('the conformance suite fails broken adapters where it should (a test that could fail)', () => {
  it('passes the unbroken example adapter', () => {
    expect(
      [...results.keys()].filter((k) => k.startsWith('adapter conformance: control')).length,
    ).toBeGreaterThan(10);
    expect(failing('control')).toEqual([]);
  });

  it.each([
    [
      'ignores its checkpoint',
      ['resumes after a kill at every batch boundary without losing or repeating records'],
    ],
    [
      'ignores abort',
      [
        'stops with the abort reason when its signal aborts',
        'stops with the abort reason when its signal aborts between batches',
      ],
    ],
    [
      'repeats a record',
      [
        'yields exactly the expected ids, none twice',
        'resumes after a kill at every batch boundary without losing or repeating records',
      ],
    ],
    [
      'drops rejections',
      [
        'rejections say where, why and what, and match the expected ones',
        'reports rejections as progress events all or not at all',
      ],
    ],
    [
      'emits an invalid record',
      ['emits only records of its kinds that validate against the core schema'],
    ],
    [
      'logs the secret',
      [
        'never lets the secret into errors, progress, rejections, checkpoints, records or the console',
      ],
    ],
    [
      'puts a Date in its checkpoint',
      // The Date comes back a string, which the adapter's strict state then refuses on resume.
      [
        'writes JSON-serialisable checkpoints that name the adapter',
        'resumes after a kill at every batch boundary without losing or repeating records',
      ],
    ],
    [
      'does not pass ctx.http to its client',
      [
        "survives the fake server's fault: 429 with Retry-After in seconds",
        "survives the fake server's fault: 429 with Retry-After as an HTTP date",
      ],
    ],
  ])('%s', (adapter, tests) => {
    expect(failing(adapter).sort()).toEqual([...tests].sort());
  });
});
