import { describe, expect, it } from 'vitest';
import { parseCommandArgs, wantsHelp, type ArgsSpec } from '../src/args/parse-command-args.js';
import { closestName } from '../src/args/closest-name.js';
import { CliError } from '../src/cli-error.js';
import { EXIT_CODES } from '../src/exit-codes.js';

const spec: ArgsSpec = {
  command: 'tablero sync csv',
  positionals: [{ name: 'file', description: 'the CSV' }],
  options: [
    { name: 'out', type: 'string', short: 'o', valueName: 'file', description: '' },
    { name: 'time-zone', type: 'string', valueName: 'zone', description: '' },
    { name: 'delimiter', type: 'string', description: '' },
    { name: 'quiet', type: 'boolean', short: 'q', description: '' },
  ],
  credentialHint: 'Set TABLERO_X_TOKEN in the environment instead.',
};

function usageFailure(argv: string[]): CliError {
  try {
    parseCommandArgs(argv, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT_CODES.usage);
    return error as CliError;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('argument parsing (README §Commands)', () => {
  it('reads positionals, long and short options, inline values and flags', () => {
    const parsed = parseCommandArgs(
      ['in.csv', '-o', 'out.ndjson', '--time-zone=Europe/Madrid', '--delimiter', ';', '-q'],
      spec,
    );
    expect(parsed.positionals).toEqual(['in.csv']);
    expect(Object.fromEntries(parsed.strings)).toEqual({
      out: 'out.ndjson',
      'time-zone': 'Europe/Madrid',
      delimiter: ';',
    });
    expect([...parsed.flags]).toEqual(['quiet']);
  });

  it('takes a value starting with a dash only when attached', () => {
    expect(parseCommandArgs(['--delimiter=-'], spec).strings.get('delimiter')).toBe('-');
    expect(usageFailure(['--out', '--quiet']).message).toBe('--out needs a value: --out <file>.');
  });

  it('an unknown option names the command and suggests the near one', () => {
    const error = usageFailure(['in.csv', '--time-zon', 'UTC']);
    expect(error.message).toBe('unknown option --time-zon for `tablero sync csv`.');
    expect(error.hint).toBe(
      'Did you mean --time-zone? Run `tablero sync csv --help` for the options.',
    );
    expect(usageFailure(['--frobnicate']).hint).toBe(
      'Run `tablero sync csv --help` for the options.',
    );
  });

  it('refuses credentials as flags without echoing their value', () => {
    for (const flag of ['--token=s3cr3t-value', '--api-key', '--password', '--zendesk-token']) {
      const error = usageFailure([flag, 's3cr3t-value']);
      expect(error.message).toMatch(
        /is not accepted: credentials are never read from the command line\.$/,
      );
      expect(error.hint).toBe('Set TABLERO_X_TOKEN in the environment instead.');
      expect(`${error.message} ${error.hint}`).not.toContain('s3cr3t-value');
    }
  });

  it('a flag given a value, a repeated option and an extra argument are errors', () => {
    expect(usageFailure(['--quiet=yes']).message).toBe('--quiet does not take a value.');
    expect(usageFailure(['--out', 'a', '--out', 'b']).message).toBe(
      '--out is given more than once.',
    );
    expect(usageFailure(['a.csv', 'b.csv']).message).toBe(
      'unexpected extra argument "b.csv" (`tablero sync csv` takes <file>).',
    );
  });

  it('--help wins anywhere before `--`', () => {
    expect(wantsHelp(['--bogus', '-h'])).toBe(true);
    expect(wantsHelp(['x', '--help'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['--out', 'x'])).toBe(false);
  });
});

describe('closestName: typo suggestions', () => {
  it('suggests within a third of the word, never a far one', () => {
    expect(closestName('preset', ['preset', 'out'])).toBe('preset');
    expect(closestName('prest', ['preset', 'out'])).toBe('preset'); // 1 insertion
    expect(closestName('zendsk', ['csv', 'zendesk', 'freshdesk'])).toBe('zendesk');
    expect(closestName('snyc', ['sync', 'help'])).toBe('sync'); // one swap of neighbours
    expect(closestName('xyz', ['csv', 'zendesk'])).toBeUndefined(); // csv is 3 edits from xyz
  });
});
