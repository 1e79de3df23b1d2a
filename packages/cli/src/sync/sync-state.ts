import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Checkpoint } from '@tablero/adapter-kit';

const Count = z.number().int().nonnegative();
const FilePosition = z.object({ path: z.string(), bytes: Count });

/**
 * The state file of a sync: the adapter's checkpoint plus what the CLI needs to resume safely
 * (the byte length of each output file at that checkpoint) and to report totals over every run.
 * Written atomically after the batch it describes is on disk.
 */
export const SyncStateSchema = z.object({
  tablero: z.literal('sync-state'),
  version: z.literal(1),
  /** What must match to resume: adapter, input, options that change the records. */
  source: z.record(z.string(), z.unknown()),
  output: FilePosition,
  rejected: FilePosition.nullable(),
  checkpoint: z
    .looseObject({ adapter: z.string(), version: z.number() })
    .nullable()
    .transform((c) => c as Checkpoint | null),
  records: z.object({ total: Count, byKind: z.record(z.string(), Count) }),
  /** Tombstone lines written (records the vendor removed); absent in states of older versions. */
  removed: Count.default(0),
  rejections: z.object({
    /** Problems reported (a row may have several). */
    total: Count,
    /** Rows (or records) refused. */
    rows: Count,
    byReason: z.record(z.string(), z.object({ count: Count, first: z.array(z.string()) })),
  }),
  /** True once the adapter reached its end; an incremental source may still have news later. */
  complete: z.boolean(),
  startedAt: z.string(),
  updatedAt: z.string(),
});

export type SyncState = z.infer<typeof SyncStateSchema>;

export class InvalidSyncState extends Error {
  override readonly name = 'InvalidSyncState';
}

/** The saved state, or `undefined` when there is none yet. */
export async function readSyncState(path: string): Promise<SyncState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidSyncState(`${path} is not JSON`);
  }
  const parsed = SyncStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidSyncState(
      `${path} is not a tablero sync state (field "${issue.path.join('.') || '(root)'}": ${issue.message})`,
    );
  }
  return parsed.data;
}

/** Stable JSON for comparing identities: keys sorted, so option order never matters. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The identity keys whose values differ between a saved state and this run. */
export function identityDifferences(
  saved: Record<string, unknown>,
  current: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(saved), ...Object.keys(current)]);
  return [...keys].filter((k) => canonical(saved[k]) !== canonical(current[k])).sort();
}
