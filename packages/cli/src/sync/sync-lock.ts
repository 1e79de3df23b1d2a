import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { usageError } from '../cli-error.js';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes `<state>.lock` for the duration of a sync, so two runs (an overlapping cron job, a
 * second terminal) never append to the same files at once. A lock left by a process that no
 * longer exists (killed with SIGKILL) is taken over; one held by a live process is refused.
 * Returns the release function.
 */
export async function acquireSyncLock(
  statePath: string,
  now: () => number,
): Promise<() => Promise<void>> {
  const path = `${statePath}.lock`;
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(now()).toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    if (owner && isHeld(owner)) {
      throw usageError(
        `another tablero sync (pid ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`}, since ${owner.startedAt}) is writing these files.`,
        owner.host === me.host
          ? 'Wait for it to finish, or stop it; this sync resumes from its saved state.'
          : `If no sync runs on ${owner.host}, delete ${path}.`,
      );
    }
    // Stale: its process is gone. Remove it and try once more (another run may win the race).
    await rm(path, { force: true });
  }
  throw usageError(`another tablero sync took ${path} at the same moment.`);
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') {
      return { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt) };
    }
  } catch {
    // Unreadable or half-written lock: treated as stale.
  }
  return undefined;
}

function isHeld(owner: LockOwner): boolean {
  // Another machine's process cannot be checked from here: assume it runs.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
