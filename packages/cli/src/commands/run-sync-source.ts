import { resolve } from 'node:path';
import { parseCommandArgs, wantsHelp, type ParsedArgs } from '../args/parse-command-args.js';
import { CliError, usageError } from '../cli-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { redact } from '../format/redact.js';
import type { CliIo } from '../io.js';
import { createProgressReporter, progressModeFor } from '../progress/progress-reporter.js';
import type { SyncSource } from '../sources/sync-source.js';
import {
  formatRejections,
  formatSyncSummary,
  formatWarnings,
} from '../summary/format-sync-summary.js';
import { syncSummary } from '../summary/sync-summary.js';
import { runSync, type SyncOutcome } from '../sync/run-sync.js';
import { syncSourceHelp } from './sync-source-help.js';
import { SYNC_OPTIONS } from './sync-options.js';

/** `tablero sync <source> …`: arguments → source's adapter → generic runner → summary. */
export async function runSyncSource(
  source: SyncSource,
  argv: readonly string[],
  io: CliIo,
): Promise<ExitCode> {
  const command = `tablero sync ${source.name}`;
  if (wantsHelp(argv)) {
    io.stdout.write(syncSourceHelp(source));
    return EXIT_CODES.ok;
  }
  if (!source.prepare) {
    throw usageError(source.unavailable ?? `\`${command}\` is not available yet.`);
  }

  const secretNames = source.env.filter((v) => v.secret).map((v) => v.name);
  const args = parseCommandArgs(argv, {
    command,
    options: [...source.options, ...SYNC_OPTIONS],
    positionals: source.positionals,
    credentialHint:
      secretNames.length > 0
        ? `Set ${secretNames.join(' or ')} in the environment instead.`
        : `\`${command}\` needs no credentials.`,
  });
  const json = args.flags.has('json');
  try {
    return await syncWithArgs(source, command, args, io);
  } catch (error) {
    if (json && error instanceof CliError) {
      io.stdout.write(
        `${JSON.stringify({ status: 'error', exitCode: error.exitCode, error: error.message })}\n`,
      );
    }
    throw error;
  }
}

async function syncWithArgs(
  source: SyncSource,
  command: string,
  args: ParsedArgs,
  io: CliIo,
): Promise<ExitCode> {
  const answer = await source.preflight?.({ command, args, env: io.env, cwd: io.cwd });
  if (answer !== undefined) {
    io.stdout.write(answer);
    return EXIT_CODES.ok;
  }
  const out = args.strings.get('out');
  if (!out) {
    throw usageError(
      `--out is required: the NDJSON file the records are written to.`,
      `Run \`${command} --help\` for the options.`,
    );
  }
  const outPath = resolve(io.cwd, out);
  const statePath = resolve(io.cwd, args.strings.get('state') ?? `${out}.state.json`);
  const rejectedArg = args.strings.get('rejected');
  const rejectedPath = rejectedArg === undefined ? undefined : resolve(io.cwd, rejectedArg);
  const paths = [outPath, statePath, ...(rejectedPath ? [rejectedPath] : [])];
  if (new Set(paths).size !== paths.length) {
    throw usageError('--out, --state and --rejected must be three different files.');
  }
  const quiet = args.flags.has('quiet');
  const json = args.flags.has('json');
  const strict = args.flags.has('strict');

  const prepared = await source.prepare!({ command, args, env: io.env, cwd: io.cwd });
  const { secrets } = prepared;
  const reporter = createProgressReporter({
    mode: progressModeFor(io.stderr, io.env, quiet),
    stream: io.stderr,
    label: prepared.label,
    now: io.now,
  });
  const controller = new AbortController();
  const stopListening = io.onInterrupt((signal) => {
    // One interruption is enough: later ones fall through to the default (stop at once).
    stopListening();
    reporter.note(`${signal}: stopping after the current batch (again to stop at once)…`);
    controller.abort();
  });
  const started = io.now();
  let outcome: SyncOutcome;
  try {
    outcome = await runSync({
      adapter: prepared.adapter,
      identity: prepared.identity,
      outPath,
      statePath,
      ...(rejectedPath ? { rejectedPath } : {}),
      restart: args.flags.has('restart'),
      ...(prepared.tombstones ? { tombstones: prepared.tombstones } : {}),
      signal: controller.signal,
      onStart: (state, resumed) => {
        const stored = { records: state.records.total, rejected: state.rejections.rows };
        reporter.begin(stored);
        if (resumed) {
          reporter.note(`Resuming ${prepared.label} after ${stored.records} stored records.`);
        }
      },
      onProgress: (event) => reporter.event(event),
      onStored: (state) =>
        reporter.stored({ records: state.records.total, rejected: state.rejections.rows }),
      now: io.now,
    });
  } catch (error) {
    if (error instanceof CliError) {
      throw new CliError(redact(error.message, secrets), error.exitCode, error.hint);
    }
    throw error;
  } finally {
    reporter.finish();
    stopListening();
  }

  const failure =
    outcome.status === 'failed' ? prepared.describeFailure?.(outcome.error) : undefined;
  const exitCode: ExitCode =
    outcome.status === 'interrupted'
      ? EXIT_CODES.interrupted
      : outcome.status === 'failed'
        ? (failure?.exitCode ?? prepared.failureExitCode)
        : strict && outcome.state.rejections.total > 0
          ? EXIT_CODES.rejected
          : EXIT_CODES.ok;
  const error = outcome.status === 'failed' ? redact(messageOf(outcome.error), secrets) : undefined;
  const details = prepared.details?.();
  const summary = syncSummary(outcome, {
    source: source.name,
    label: prepared.label,
    statePath,
    exitCode,
    durationMs: io.now() - started,
    ...(details ? { details: details.json } : {}),
    ...(error !== undefined ? { error } : {}),
  });
  if (error !== undefined) {
    io.stderr.write(`tablero: error: ${error}\n`);
    if (failure?.hint) io.stderr.write(`${failure.hint}\n`);
  }
  if (json) {
    io.stdout.write(`${redact(JSON.stringify(summary), secrets)}\n`);
  } else if (!quiet) {
    io.stdout.write(redact(formatSyncSummary(summary, io.cwd, details?.notes), secrets));
  } else {
    const warning = [...formatWarnings(summary), ...formatRejections(summary, io.cwd)];
    if (warning.length > 0) io.stderr.write(redact(`${warning.join('\n')}\n`, secrets));
    if (outcome.status !== 'complete') {
      io.stderr.write(`State saved in ${statePath}: run the same command again to resume.\n`);
    }
  }
  return exitCode;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
