import { closestName } from '../args/closest-name.js';
import { wantsHelp } from '../args/parse-command-args.js';
import { usageError } from '../cli-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { EXIT_CODES_SECTION, formatHelp, optionRows } from '../help/format-help.js';
import type { CliIo } from '../io.js';
import type { SyncSourceRegistry } from '../sources/sync-source.js';
import { runSyncSource } from './run-sync-source.js';
import { RESUME_TEXT } from './sync-source-help.js';
import { SYNC_OPTIONS } from './sync-options.js';

export function syncHelp(sources: SyncSourceRegistry): string {
  return formatHelp({
    summary:
      'tablero sync: read a helpdesk export or API into an NDJSON file of Tablero core records.',
    usage: ['tablero sync <source> [arguments] --out <file> [options]'],
    sections: [
      { title: 'Sources', rows: [...sources.values()].map((s) => [s.name, s.summary]) },
      { title: 'Options of every source', rows: optionRows(SYNC_OPTIONS) },
      { title: 'Resume', text: RESUME_TEXT },
      EXIT_CODES_SECTION,
      {
        title: 'More',
        text: 'Run `tablero sync <source> --help` for the arguments and options of a source.',
      },
    ],
  });
}

/** `tablero sync …`: help, or the named source's command. */
export async function runSyncCommand(
  argv: readonly string[],
  io: CliIo,
  sources: SyncSourceRegistry,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name.startsWith('-')) {
    if (wantsHelp(argv)) {
      io.stdout.write(syncHelp(sources));
      return EXIT_CODES.ok;
    }
    throw usageError(
      name === undefined
        ? `\`tablero sync\` needs a source: ${[...sources.keys()].join(', ')}.`
        : `\`tablero sync\` takes the source first (${[...sources.keys()].join(', ')}), then ${name}.`,
      'Run `tablero sync --help` for the list.',
    );
  }
  const source = sources.get(name);
  if (!source) {
    const suggestion = closestName(name, [...sources.keys()]);
    throw usageError(
      `unknown source "${name}" for \`tablero sync\`; the sources are ${[...sources.keys()].join(', ')}.`,
      suggestion ? `Did you mean \`tablero sync ${suggestion}\`?` : 'Run `tablero sync --help`.',
    );
  }
  return runSyncSource(source, rest, io);
}
