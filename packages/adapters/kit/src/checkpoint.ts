import type { z } from 'zod';
import type { Checkpoint } from './contract.js';

/** A checkpoint this adapter cannot resume from; the message says why and what to do. */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

export interface CheckpointFormat<S extends z.ZodType> {
  /** The adapter's `name`. */
  adapter: string;
  /** Bump when the state's shape changes; older checkpoints are then refused, not misread. */
  version: number;
  /** The adapter's own state fields (everything but `adapter` and `version`). */
  state: S;
}

/**
 * Builds and reads an adapter's checkpoints. `read` refuses a checkpoint of another adapter,
 * another version or the wrong shape with a `CheckpointError` instead of starting over
 * silently (which would re-import everything) or resuming from garbage (which would lose data).
 */
export function checkpointFormat<S extends z.ZodType<Record<string, unknown>>>(
  format: CheckpointFormat<S>,
) {
  return {
    create(state: z.output<S>): Checkpoint {
      return { ...state, adapter: format.adapter, version: format.version };
    },
    read(checkpoint: Checkpoint | undefined): z.output<S> | undefined {
      if (checkpoint === undefined) return undefined;
      if (checkpoint.adapter !== format.adapter) {
        throw new CheckpointError(
          `this checkpoint belongs to the ${JSON.stringify(checkpoint.adapter)} adapter, not ${JSON.stringify(format.adapter)}`,
        );
      }
      if (checkpoint.version !== format.version) {
        throw new CheckpointError(
          `checkpoint version ${checkpoint.version} is not ${format.version}: run a full sync without the saved state`,
        );
      }
      const { adapter: _a, version: _v, ...rest } = checkpoint;
      const parsed = format.state.safeParse(rest);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CheckpointError(
          `the ${format.adapter} checkpoint is damaged at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
        );
      }
      return parsed.data;
    },
  };
}
