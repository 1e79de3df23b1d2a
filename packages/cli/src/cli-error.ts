import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/**
 * An error the CLI reports as one clear message and an exit code, without a stack trace.
 * Anything else that escapes a command is a bug and exits with `internal`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** A next step for the user (`Run tablero sync csv --help`), printed under the message. */
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, EXIT_CODES.usage, hint);
}
