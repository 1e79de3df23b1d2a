import type { Adapter, Checkpoint, ProgressEvent, SyncBatch, SyncOptions } from '../contract.js';

export interface CollectedSync {
  batches: SyncBatch[];
  events: ProgressEvent[];
  /** The error the sync ended with, if it did not finish. */
  error?: unknown;
}

/**
 * Runs a sync to its end, or stops after `stopAfter` batches the way a killed process would
 * have: the caller keeps only what it stored, and the generator is closed.
 */
export async function collectSync(
  adapter: Adapter,
  options: { checkpoint?: Checkpoint; signal?: AbortSignal; stopAfter?: number } = {},
): Promise<CollectedSync> {
  const batches: SyncBatch[] = [];
  const events: ProgressEvent[] = [];
  const syncOptions: SyncOptions = { onProgress: (event) => events.push(event) };
  if (options.checkpoint) syncOptions.checkpoint = options.checkpoint;
  if (options.signal) syncOptions.signal = options.signal;
  const iterator = adapter.sync(syncOptions)[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (options.stopAfter !== undefined && batches.length >= options.stopAfter) {
        await iterator.return?.();
        break;
      }
      const step = await iterator.next();
      if (step.done) break;
      batches.push(step.value);
    }
  } catch (error) {
    return { batches, events, error };
  }
  return { batches, events };
}

/** `ticket:4711` keys, so ids of different kinds never collide. */
export function recordKeys(batches: readonly SyncBatch[]): string[] {
  return batches.flatMap((b) => b.records.map((r) => `${r.kind}:${r.record.id}`));
}

/** Every string that could carry a secret out of an error: message, stack, fields, causes. */
export function errorText(error: unknown, depth = 0): string {
  if (depth > 5 || error == null) return '';
  if (!(error instanceof Error)) {
    try {
      return JSON.stringify(error) ?? String(error);
    } catch {
      return String(error);
    }
  }
  let fields: string;
  try {
    fields = JSON.stringify({ ...error });
  } catch {
    fields = '';
  }
  return [String(error), error.stack ?? '', fields, errorText(error.cause, depth + 1)].join('\n');
}
