import { closestName } from './args/closest-name.js';
import { CliError, usageError } from './cli-error.js';
import { runSyncCommand, syncHelp } from './commands/sync-command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { EXIT_CODES_SECTION, formatHelp } from './help/format-help.js';
import type { CliIo } from './io.js';
import { defaultSyncSources } from './sources/default-sync-sources.js';
import type { SyncSourceRegistry } from './sources/sync-source.js';
import { cliVersion } from './version.js';

const COMMANDS = ['sync', 'help'] as const;

export function rootHelp(): string {
  return formatHelp({
    summary: 'tablero: bring helpdesk data into the Tablero customer-support KPI model.',
    usage: ['tablero <command> [arguments] [options]', 'tablero help <command> [<source>]'],
    sections: [
      {
        title: 'Commands',
        rows: [
          ['sync', 'read a CSV export or a helpdesk API into an NDJSON file of core records'],
          ['help', 'show the help of a command (`tablero help sync csv`)'],
        ],
      },
      {
        title: 'Options',
        rows: [
          ['-h, --help', 'show help (every command and source has its own)'],
          ['-v, --version', 'print the version'],
        ],
      },
      {
        title: 'Examples',
        text: [
          'tablero sync csv tickets.csv --preset zendesk --time-zone Europe/Madrid --out tickets.ndjson',
          'tablero sync csv encuestas.csv --preset generic-survey --time-zone Europe/Madrid \\',
          '  --delimiter ";" --encoding windows-1252 --out surveys.ndjson --rejected rejected.ndjson',
        ].join('\n'),
      },
      EXIT_CODES_SECTION,
      {
        title: 'Environment',
        rows: [
          ['TERM=dumb, CI', 'progress as plain lines instead of a bar, even on a terminal'],
          ['TABLERO_*', 'helpdesk credentials (see `tablero sync <source> --help`); never flags'],
        ],
      },
    ],
  });
}

/**
 * Runs the `tablero` command line and returns its exit code. Every expected failure is a
 * `CliError`, printed as one message and a hint; anything else is a bug (exit 70).
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  sources: SyncSourceRegistry = defaultSyncSources(),
): Promise<ExitCode> {
  try {
    return await dispatch(argv, io, sources);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`tablero: error: ${error.message}\n`);
      if (error.hint) io.stderr.write(`${error.hint}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `tablero: internal error (a bug; please report it with this message):\n${message}\n`,
    );
    return EXIT_CODES.internal;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  sources: SyncSourceRegistry,
): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(rootHelp());
    return EXIT_CODES.usage;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${cliVersion()}\n`);
    return EXIT_CODES.ok;
  }
  if (command === '--help' || command === '-h') {
    io.stdout.write(rootHelp());
    return EXIT_CODES.ok;
  }
  if (command === 'help') {
    // `tablero help sync csv` is `tablero sync csv --help`.
    if (rest.length === 0) {
      io.stdout.write(rootHelp());
      return EXIT_CODES.ok;
    }
    if (rest[0] === 'sync' && rest.length === 1) {
      io.stdout.write(syncHelp(sources));
      return EXIT_CODES.ok;
    }
    return dispatch([...rest, '--help'], io, sources);
  }
  if (command === 'sync') return runSyncCommand(rest, io, sources);
  const suggestion = closestName(command.replace(/^-+/, ''), COMMANDS);
  throw usageError(
    command.startsWith('-') ? `unknown option ${command}.` : `unknown command "${command}".`,
    suggestion
      ? `Did you mean \`tablero ${suggestion}\`? Run \`tablero --help\`.`
      : 'Run `tablero --help`.',
  );
}
