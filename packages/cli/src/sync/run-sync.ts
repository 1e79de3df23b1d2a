import { stat } from 'node:fs/promises';
import type { Adapter, ProgressEvent, SyncBatch } from '@tablero/adapter-kit';
import { CliError, usageError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';
import { batchTombstones, type Tombstone } from './batch-tombstones.js';
import { NdjsonAppender, ShorterThanSaved } from './ndjson-appender.js';
import { tallyRejections } from './rejection-tally.js';
import { acquireSyncLock } from './sync-lock.js';
import {
  identityDifferences,
  InvalidSyncState,
  readSyncState,
  type SyncState,
} from './sync-state.js';
import { removeStaleTemps, writeFileAtomic } from './write-file-atomic.js';

export interface RunSyncOptions {
  adapter: Adapter;
  /** What must match to resume (adapter, input fingerprint, options that shape records). */
  identity: Record<string, unknown>;
  /** Absolute paths. */
  outPath: string;
  statePath: string;
  rejectedPath?: string;
  /** Ignore any saved state and replace the output files. */
  restart: boolean;
  signal: AbortSignal;
  /** Once the saved state (if any) is loaded and the files are open. */
  onStart?: (state: SyncState, resumed: boolean) => void;
  onProgress?: (event: ProgressEvent) => void;
  /** The tombstone lines of a batch, written after its records. Default `batchTombstones`. */
  tombstones?: (batch: SyncBatch) => Tombstone[];
  /** After each batch is on disk and the state saved. */
  onStored?: (state: SyncState) => void;
  now: () => number;
}

export interface SyncOutcome {
  /** `failed`: the adapter threw (`error`); what was stored before stays valid and resumable. */
  status: 'complete' | 'interrupted' | 'failed';
  error?: unknown;
  /** A saved state was picked up (records of earlier runs are in `state` totals). */
  resumed: boolean;
  state: SyncState;
  recordsThisRun: number;
  /** Tombstone lines written in this run. */
  removedThisRun: number;
  /**
   * What the adapter could not read and said so in a batch's `warnings` (a stream skipped for a
   * missing scope or plan), each once, in this run.
   */
  warnings: string[];
  /** Problems reported in this run. */
  rejectedThisRun: number;
}

const RESTART_HINT = 'Pass --restart to start over (this replaces the output files).';

/**
 * Runs any contract adapter into NDJSON files with a resumable state. Per batch: append the
 * records (and rejections), fsync, then replace the state file atomically. A run killed at any
 * instant therefore leaves a state that points at whole, flushed lines; the next run truncates
 * each file back to the length in the state (dropping lines of a batch whose state never got
 * saved) and asks the adapter to continue from that batch's checkpoint. No record is lost and
 * none is written twice, whatever the records' ids.
 *
 * Adapter errors come back as `status: 'failed'`; problems of the files or the command line
 * throw a `CliError`. A lock file next to the state keeps two runs off the same files.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncOutcome> {
  let release: () => Promise<void>;
  try {
    release = await acquireSyncLock(options.statePath, options.now);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(`cannot create the lock file ${options.statePath}.lock`, error);
  }
  try {
    await removeStaleTemps(options.statePath);
    return await runLocked(options);
  } finally {
    await release().catch(() => undefined);
  }
}

async function runLocked(options: RunSyncOptions): Promise<SyncOutcome> {
  const { adapter, signal, now } = options;
  const saved = options.restart ? undefined : await loadState(options);
  const resumed = saved !== undefined;
  let state: SyncState = saved ?? freshState(options);
  if (!resumed && !options.restart) {
    await refuseToOverwrite(options.outPath);
    if (options.rejectedPath) await refuseToOverwrite(options.rejectedPath);
  }

  const out = await openAppender(options.outPath, state.output.bytes);
  let rejectedFile: NdjsonAppender | undefined;
  try {
    if (options.rejectedPath) {
      rejectedFile = await openAppender(options.rejectedPath, state.rejected?.bytes ?? 0);
    }
    // Saved before the first batch, so a run killed before it resumes instead of refusing to
    // overwrite its own partial output.
    if (!resumed) await saveState(options.statePath, state);
    options.onStart?.(state, resumed);

    let recordsThisRun = 0;
    let removedThisRun = 0;
    let rejectedThisRun = 0;
    const tombstonesOf = options.tombstones ?? batchTombstones;
    const warnings = new Set<string>();
    const finish = async (status: SyncOutcome['status'], error?: unknown) => {
      if (status === 'complete') {
        state = { ...state, complete: true, updatedAt: new Date(now()).toISOString() };
        await saveState(options.statePath, state);
      }
      const outcome: SyncOutcome = {
        status,
        resumed,
        state,
        recordsThisRun,
        removedThisRun,
        rejectedThisRun,
        warnings: [...warnings],
      };
      if (error !== undefined) outcome.error = error;
      return outcome;
    };

    const batches = adapter.sync({
      ...(state.checkpoint ? { checkpoint: state.checkpoint } : {}),
      signal,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const iterator = batches[Symbol.asyncIterator]();
    let finished = false;
    try {
      for (;;) {
        let step: IteratorResult<SyncBatch>;
        try {
          step = await iterator.next();
        } catch (error) {
          finished = true;
          if (signal.aborted) return await finish('interrupted');
          return await finish('failed', error);
        }
        if (step.done) {
          finished = true;
          return await finish(signal.aborted ? 'interrupted' : 'complete');
        }
        const batch = step.value;
        const tombstones = tombstonesOf(batch);
        await write(out, [...batch.records, ...tombstones]);
        if (rejectedFile) await write(rejectedFile, batch.rejected);
        await flush(out);
        if (rejectedFile) await flush(rejectedFile);
        state = {
          ...state,
          output: { path: options.outPath, bytes: out.bytes },
          rejected: rejectedFile ? { path: rejectedFile.path, bytes: rejectedFile.bytes } : null,
          checkpoint: batch.checkpoint,
          records: countRecords(state.records, batch),
          removed: state.removed + tombstones.length,
          rejections: tallyRejections(state.rejections, batch.rejected),
          complete: false,
          updatedAt: new Date(now()).toISOString(),
        };
        await saveState(options.statePath, state);
        recordsThisRun += batch.records.length;
        removedThisRun += tombstones.length;
        for (const warning of batchWarnings(batch)) warnings.add(warning);
        rejectedThisRun += batch.rejected.length;
        options.onStored?.(state);
        // The state is saved: stop here rather than wait for an adapter that ignores the signal.
        if (signal.aborted) return await finish('interrupted');
      }
    } finally {
      // Stopping early (interrupted, or our own write failed) lets the adapter close its input.
      if (!finished) await iterator.return?.().catch(() => undefined);
    }
  } finally {
    await out.close().catch(() => undefined);
    await rejectedFile?.close().catch(() => undefined);
  }
}

function freshState(options: RunSyncOptions): SyncState {
  const at = new Date(options.now()).toISOString();
  return {
    tablero: 'sync-state',
    version: 1,
    source: options.identity,
    output: { path: options.outPath, bytes: 0 },
    rejected: options.rejectedPath ? { path: options.rejectedPath, bytes: 0 } : null,
    checkpoint: null,
    records: { total: 0, byKind: {} },
    removed: 0,
    rejections: { total: 0, rows: 0, byReason: {} },
    complete: false,
    startedAt: at,
    updatedAt: at,
  };
}

async function loadState(options: RunSyncOptions): Promise<SyncState | undefined> {
  let saved: SyncState | undefined;
  try {
    saved = await readSyncState(options.statePath);
  } catch (error) {
    if (error instanceof InvalidSyncState) throw usageError(`${error.message}.`, RESTART_HINT);
    throw fileError(`cannot read the state file ${options.statePath}`, error);
  }
  if (!saved) return undefined;
  const differences = identityDifferences(saved.source, options.identity);
  if (differences.length > 0) {
    throw usageError(
      `the saved state ${options.statePath} belongs to a different sync (it differs in: ${differences.join(', ')}).`,
      `Rerun with the options of that sync to resume it, or choose another --state. ${RESTART_HINT}`,
    );
  }
  if (saved.output.path !== options.outPath) {
    throw usageError(
      `the saved state ${options.statePath} writes to ${saved.output.path}, not ${options.outPath}.`,
      `Pass --out ${saved.output.path} to resume it. ${RESTART_HINT}`,
    );
  }
  const savedRejected = saved.rejected?.path;
  if (savedRejected !== options.rejectedPath) {
    throw usageError(
      savedRejected
        ? `the saved state ${options.statePath} writes rejected rows to ${savedRejected}.`
        : `the saved state ${options.statePath} was made without --rejected.`,
      savedRejected
        ? `Pass --rejected ${savedRejected} to resume it. ${RESTART_HINT}`
        : `Resume without --rejected. ${RESTART_HINT}`,
    );
  }
  return saved;
}

async function refuseToOverwrite(path: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fileError(`cannot open ${path}`, error);
  }
  if (size > 0) {
    throw usageError(
      `${path} already exists and no saved state says which sync wrote it.`,
      `Choose another file, or pass --restart to replace it.`,
    );
  }
}

async function openAppender(path: string, fromBytes: number): Promise<NdjsonAppender> {
  try {
    return await NdjsonAppender.open(path, fromBytes);
  } catch (error) {
    if (error instanceof ShorterThanSaved) {
      throw usageError(
        `cannot resume: ${error.message}; it was changed outside this sync.`,
        RESTART_HINT,
      );
    }
    throw fileError(`cannot open ${path} for writing`, error);
  }
}

async function write(file: NdjsonAppender, values: readonly unknown[]): Promise<void> {
  try {
    await file.append(values);
  } catch (error) {
    throw fileError(`cannot write to ${file.path}`, error);
  }
}

async function flush(file: NdjsonAppender): Promise<void> {
  try {
    await file.flush();
  } catch (error) {
    throw fileError(`cannot flush ${file.path} to disk`, error);
  }
}

async function saveState(path: string, state: SyncState): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
  } catch (error) {
    throw fileError(`cannot save the state file ${path}`, error);
  }
}

/** The `warnings` API adapters add to their batches (strings), if any. */
function batchWarnings(batch: SyncBatch): string[] {
  const { warnings } = batch as SyncBatch & { warnings?: unknown };
  return Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === 'string') : [];
}

function countRecords(records: SyncState['records'], batch: SyncBatch): SyncState['records'] {
  if (batch.records.length === 0) return records;
  const byKind = { ...records.byKind };
  for (const { kind } of batch.records) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { total: records.total + batch.records.length, byKind };
}

/** An output-side file error, with the OS reason (`EACCES: permission denied`) kept. */
function fileError(message: string, error: unknown): CliError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError(`${message}: ${reason}`, EXIT_CODES.output, undefined, { cause: error });
}
