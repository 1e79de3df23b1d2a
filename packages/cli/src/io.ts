/** A stream the CLI writes to; `isTTY` and `columns` decide between a progress bar and lines. */
export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Everything the CLI touches outside its arguments, so tests run commands in-process with
 * captured streams, a fixed environment and a fake clock.
 */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: () => number;
  /**
   * Calls `handler` on SIGINT or SIGTERM until the returned function is called. The CLI uses it
   * to stop between batches after saving its state.
   */
  onInterrupt: (handler: (signal: 'SIGINT' | 'SIGTERM') => void) => () => void;
}

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}
