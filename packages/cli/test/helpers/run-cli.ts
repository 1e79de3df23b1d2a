import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo, type SyncSourceRegistry } from '../../src/index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  cwd: string;
  env?: Record<string, string>;
  sources?: SyncSourceRegistry;
  isTTY?: boolean;
  columns?: number;
  now?: () => number;
  /** Called with a trigger that simulates SIGINT, once the command listens for it. */
  onListening?: (interrupt: () => void) => void;
}

/** Runs `tablero …` in-process with captured streams. */
export async function runCli(argv: string[], options: RunCliOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: {
      write: (t: string) => (stderr += t),
      isTTY: options.isTTY ?? false,
      columns: options.columns ?? 100,
    },
    env: options.env ?? {},
    cwd: options.cwd,
    now: options.now ?? (() => Date.now()),
    onInterrupt(handler) {
      let active = true;
      options.onListening?.(() => {
        if (active) handler('SIGINT');
      });
      return () => {
        active = false;
      };
    },
  };
  const code = await main(argv, io, options.sources);
  return { code, stdout, stderr };
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tablero-cli-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The parsed lines of an NDJSON file's text. */
export function ndjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\x1b\[|\x1b\]|\r/;
