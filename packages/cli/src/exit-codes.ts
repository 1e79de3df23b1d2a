// Exit codes are part of the CLI's public contract: scripts and CI branch on them, so each one
// names one situation a caller can act on, and `tablero --help` and the README list them all.

/** Every exit code of `tablero`, by meaning. */
export const EXIT_CODES = {
  /** The sync finished; every record was written (rejected rows, if any, were reported). */
  ok: 0,
  /** The sync finished but rows were rejected and `--strict` was given. */
  rejected: 1,
  /** The command line is wrong: unknown command or flag, bad value, a command not available yet. */
  usage: 2,
  /** The input cannot be read: file missing, unreadable, or not a file the adapter understands. */
  input: 3,
  /** Stopped by SIGINT or SIGTERM; the state was saved and the same command resumes. */
  interrupted: 4,
  /** A helpdesk API failed (authentication, permissions, retries exhausted). */
  remote: 5,
  /** The output, rejected or state file cannot be written (permissions, disk full). */
  output: 6,
  /** A bug in tablero: please report it with the message. */
  internal: 70,
} as const;

export type ExitCodeName = keyof typeof EXIT_CODES;
export type ExitCode = (typeof EXIT_CODES)[ExitCodeName];

/** One line per code, for `--help` and the README. */
export const EXIT_CODE_HELP: readonly (readonly [ExitCode, string])[] = [
  [EXIT_CODES.ok, 'success (rejected rows, if any, are reported and do not fail the run)'],
  [EXIT_CODES.rejected, 'finished, but rows were rejected and --strict was given'],
  [EXIT_CODES.usage, 'usage error: unknown command or option, bad value, command not available'],
  [EXIT_CODES.input, 'input not found or unreadable'],
  [EXIT_CODES.interrupted, 'interrupted (SIGINT/SIGTERM): state saved, rerun to resume'],
  [EXIT_CODES.remote, 'helpdesk API error (authentication, permissions, retries exhausted)'],
  [EXIT_CODES.output, 'cannot write the output, rejected or state file'],
  [EXIT_CODES.internal, 'internal error (a bug: please report it)'],
];
