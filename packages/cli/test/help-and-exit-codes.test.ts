import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CSV_PRESETS } from '@tablero/adapter-csv';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, EXIT_CODE_HELP, apiSyncSource, defaultSyncSources } from '../src/index.js';
import { SECRET, testSources } from './helpers/fake-source.js';
import { runCli, withTempDir } from './helpers/run-cli.js';

const cwd = '/nonexistent-cwd-for-help';
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Every exit code appears in a help page as `  <code>  <meaning>`. */
function expectExitCodeTable(text: string) {
  expect(EXIT_CODE_HELP.map(([code]) => code).sort((a, b) => a - b)).toEqual(
    Object.values(EXIT_CODES).sort((a, b) => a - b),
  );
  for (const [code, meaning] of EXIT_CODE_HELP) {
    expect(text).toContain(`  ${String(code).padEnd(2)}  ${meaning}`);
  }
}

describe('help for every command (README §Commands)', () => {
  it('tablero --help: commands, options, examples, exit codes; exit 0 on stdout', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([flag], { cwd });
      expect(run.code).toBe(EXIT_CODES.ok);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^tablero: /);
      expect(run.stdout).toContain('  tablero <command> [arguments] [options]');
      expect(run.stdout).toMatch(/\n {2}sync +read a CSV export or a helpdesk API/);
      expect(run.stdout).toContain('-v, --version');
      expectExitCodeTable(run.stdout);
    }
  });

  it('tablero alone prints the help on stderr and exits 2', async () => {
    const run = await runCli([], { cwd });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
  });

  it('tablero sync --help lists every source, each API one available', async () => {
    const run = await runCli(['sync', '--help'], { cwd });
    expect(run.code).toBe(EXIT_CODES.ok);
    for (const name of defaultSyncSources().keys())
      expect(run.stdout).toMatch(new RegExp(`\\n  ${name} +`));
    expect(run.stdout).toMatch(/\n {2}zendesk +Zendesk Support API\n/);
    expect(run.stdout).toMatch(/\n {2}freshdesk +Freshdesk API\n/);
    expect(run.stdout).toMatch(/\n {2}hubspot +HubSpot Service Hub API\n/);
    expect(run.stdout).not.toMatch(/not available yet/);
    for (const option of [
      '--out <file>',
      '--state <file>',
      '--rejected <file>',
      '--restart',
      '--strict',
      '--quiet',
      '--json',
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('Resume:');
    expectExitCodeTable(run.stdout);
  });

  it('tablero sync csv --help: arguments, every option, the presets of the adapter, exit codes', async () => {
    const run = await runCli(['sync', 'csv', '--help'], { cwd });
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.stdout).toContain(
      '  tablero sync csv <file> (--preset <name> | --mapping <file>) --time-zone <zone> --out <file> [options]\n  tablero sync csv --preset <name> --print-mapping [--time-zone <zone>] > mapping.json\n',
    );
    for (const option of [
      '-p, --preset <name>',
      '-m, --mapping <file>',
      '-z, --time-zone <zone>',
      '-d, --delimiter <char>',
      '-e, --encoding <name>',
      '--date-format <pattern>',
      '--decimal <sep>',
      '--batch-size <n>',
      '--print-mapping',
      '-o, --out <file>',
      '--rejected <file>',
    ]) {
      expect(run.stdout).toContain(option);
    }
    const presets = run.stdout.split('Presets:\n')[1]!.split('\n\n')[0]!;
    expect(presets.split('\n').map((l) => l.trim().split(' ')[0])).toEqual([...CSV_PRESETS]);
    expectExitCodeTable(run.stdout);
  });

  it('tablero sync <api> --help names the environment variables and how to authenticate', async () => {
    const run = await runCli(['sync', 'zendesk', '--help'], { cwd });
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.stdout).toMatch(
      /TABLERO_ZENDESK_SUBDOMAIN +acme for acme\.zendesk\.com \(required\)/,
    );
    expect(run.stdout).toMatch(/TABLERO_ZENDESK_TOKEN +API token .*; secret: never printed/);
    expect(run.stdout).toMatch(/TABLERO_ZENDESK_OAUTH_TOKEN +OAuth access token/);
    expect(run.stdout).toContain('Credentials:\n  An API token');
    expectExitCodeTable(run.stdout);
  });

  it('`tablero help sync zendesk` equals `tablero sync zendesk --help`', async () => {
    const viaHelp = await runCli(['help', 'sync', 'zendesk'], { cwd });
    const viaFlag = await runCli(['sync', 'zendesk', '--help'], { cwd });
    expect(viaHelp).toEqual(viaFlag);
    expect((await runCli(['help', 'sync'], { cwd })).stdout).toBe(
      (await runCli(['sync', '--help'], { cwd })).stdout,
    );
  });

  it('--version prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag], { cwd })).toEqual({
        code: 0,
        stdout: `${pkg.version}\n`,
        stderr: '',
      });
    }
  });
});

describe('exit codes and usage errors (README §Exit codes)', () => {
  it('unknown command: 2, with a suggestion', async () => {
    const run = await runCli(['snyc'], { cwd });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toBe(
      'tablero: error: unknown command "snyc".\nDid you mean `tablero sync`? Run `tablero --help`.\n',
    );
  });

  it('sync without a source, or an unknown one: 2, listing the sources', async () => {
    const none = await runCli(['sync'], { cwd });
    expect(none.code).toBe(EXIT_CODES.usage);
    expect(none.stderr).toContain('`tablero sync` needs a source: ');
    const option = await runCli(['sync', '--out', 'x'], { cwd });
    expect(option.code).toBe(EXIT_CODES.usage);
    expect(option.stderr).toContain('`tablero sync` takes the source first (');
    const unknown = await runCli(['sync', 'zendsk'], { cwd });
    expect(unknown.code).toBe(EXIT_CODES.usage);
    expect(unknown.stderr).toContain('unknown source "zendsk"');
    expect(unknown.stderr).toContain('Did you mean `tablero sync zendesk`?');
  });

  it('an API command without its environment: 2, naming the variables, never a value', async () => {
    const needs = {
      zendesk: 'TABLERO_ZENDESK_SUBDOMAIN',
      freshdesk: 'TABLERO_FRESHDESK_DOMAIN, TABLERO_FRESHDESK_API_KEY',
      hubspot: 'TABLERO_HUBSPOT_TOKEN',
    };
    for (const [name, variables] of Object.entries(needs)) {
      const run = await runCli(['sync', name, '--out', 'x.ndjson'], { cwd });
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`\`tablero sync ${name}\` needs the environment variable`);
      expect(run.stderr).toContain(variables);
    }
  });

  it('an API source without an adapter yet: 2, with what to do meanwhile, whatever the flags', async () => {
    const sources = new Map([
      [
        'later-desk',
        apiSyncSource({
          name: 'later-desk',
          title: 'Later Desk',
          env: [],
          meanwhile: 'Meanwhile: export tickets as CSV and run `tablero sync csv <file>`.',
        }),
      ],
    ]);
    const run = await runCli(['sync', 'later-desk', '--out', 'x.ndjson', '--json'], {
      cwd,
      sources,
    });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('`tablero sync later-desk` is not available yet');
    expect(run.stderr).toContain('Meanwhile: export tickets as CSV');
    const help = await runCli(['sync', '--help'], { cwd, sources });
    expect(help.stdout).toMatch(/later-desk +Later Desk API \(not available yet\)/);
  });

  it('--out is required; --out, --state and --rejected must differ', async () => {
    const sources = testSources();
    const missing = await runCli(['sync', 'fake'], { cwd, sources });
    expect(missing.code).toBe(EXIT_CODES.usage);
    expect(missing.stderr).toContain('--out is required');
    const same = await runCli(['sync', 'fake', '--out', 'a', '--rejected', 'a'], { cwd, sources });
    expect(same.code).toBe(EXIT_CODES.usage);
    expect(same.stderr).toContain('--out, --state and --rejected must be three different files.');
  });

  it('with --json, an error is also a JSON object on stdout', async () => {
    const sources = testSources();
    const run = await runCli(['sync', 'fake', '--json'], { cwd, sources });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(JSON.parse(run.stdout)).toEqual({
      status: 'error',
      exitCode: 2,
      error: '--out is required: the NDJSON file the records are written to.',
    });
  });
});

describe('credentials only from the environment, never printed (issue 5 §For all three)', () => {
  const env = { TABLERO_LEAKY_DOMAIN: 'acme', TABLERO_LEAKY_TOKEN: SECRET };

  it('a missing variable is named; no value is needed to say so', async () => {
    const run = await runCli(['sync', 'leaky', '--out', 'o.ndjson'], {
      cwd,
      sources: testSources(),
      env: { TABLERO_LEAKY_DOMAIN: 'acme' },
    });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('needs the environment variable TABLERO_LEAKY_TOKEN.');
  });

  it('a token flag is refused with a pointer to the variable', async () => {
    const run = await runCli(['sync', 'leaky', `--token=${SECRET}`], {
      cwd,
      sources: testSources(),
      env,
    });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('Set TABLERO_LEAKY_TOKEN in the environment instead.');
    expect(run.stderr).not.toContain(SECRET);
  });

  it('a factory that refuses its configuration: exit 2, its message redacted', async () => {
    const picky = apiSyncSource({
      name: 'picky',
      title: 'Picky Desk',
      env: [{ name: 'TABLERO_PICKY_TOKEN', description: 'token', secret: true, required: true }],
      createAdapter: (values) => {
        throw new Error(`token ${values.get('TABLERO_PICKY_TOKEN')} has the wrong prefix`);
      },
    });
    const run = await runCli(['sync', 'picky', '--out', 'o.ndjson'], {
      cwd,
      sources: testSources(picky),
      env: { TABLERO_PICKY_TOKEN: SECRET },
    });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toBe(
      'tablero: error: token [redacted] has the wrong prefix\nCheck the environment variables: `tablero sync picky --help` lists them.\n',
    );
  });

  it('an API failure exits 5; the token appears in no output, error or file', async () => {
    await withTempDir(async (dir) => {
      for (const extra of [[], ['--json'], ['--quiet']]) {
        const run = await runCli(['sync', 'leaky', '--out', 'o.ndjson', '--restart', ...extra], {
          cwd: dir,
          sources: testSources(),
          env,
        });
        expect(run.code).toBe(EXIT_CODES.remote);
        expect(run.stderr).toContain(
          'tablero: error: 401 Unauthorized for https://acme.example/api (Authorization: Bearer [redacted])',
        );
        expect(run.stdout + run.stderr).not.toContain(SECRET);
      }
      for (const file of await readdir(dir)) {
        expect(await readFile(join(dir, file), 'utf8')).not.toContain(SECRET);
      }
      // The non-secret account is part of the state's identity; the token is not.
      const state = JSON.parse(await readFile(join(dir, 'o.ndjson.state.json'), 'utf8')) as {
        source: unknown;
      };
      expect(state.source).toEqual({ adapter: 'leaky', TABLERO_LEAKY_DOMAIN: 'acme' });
    });
  });
});
