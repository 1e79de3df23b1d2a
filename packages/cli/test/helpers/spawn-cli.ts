import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSX = import.meta.resolve('tsx');
export const REAL_BIN = fileURLToPath(new URL('../../src/bin.ts', import.meta.url));
export const FAKE_BIN = fileURLToPath(new URL('../fixtures/fake-tablero.ts', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  /** Resolves when the process ends: exit code (or null when killed) and signal. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/** Runs a `tablero` entry point from its TypeScript source in a real Node process. */
export function spawnCli(
  bin: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Spawned {
  const child = spawn(
    process.execPath,
    ['--conditions=@tablero/source', '--import', TSX, bin, ...args],
    {
      cwd: options.cwd,
      // No TTY and a clean environment: what CI and pipes see.
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 3));
  }
}
