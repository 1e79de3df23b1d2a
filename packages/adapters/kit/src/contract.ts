// The adapter contract: what every Tablero adapter (API or file) gives its caller.
// Records flow one way: vendor shape → core model record, in batches, each batch carrying the
// checkpoint to resume from once the caller has stored its records.
import type { Customer, Employee, Order, SurveyResponse, Ticket } from '@tablero/core';

/** The kinds of core record an adapter may emit; the one source of the union. */
export const RECORD_KINDS = ['ticket', 'survey-response', 'customer', 'order', 'employee'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One core record, tagged with its kind so a sink can route it without sniffing fields. */
export type AdapterRecord =
  | { kind: 'ticket'; record: Ticket }
  | { kind: 'survey-response'; record: SurveyResponse }
  | { kind: 'customer'; record: Customer }
  | { kind: 'order'; record: Order }
  | { kind: 'employee'; record: Employee };

/**
 * Where a source record was refused: enough for a person to find it and fix it.
 * File adapters give `line` (1-based, the header is line 1) and `column`; API adapters give the
 * vendor's record `id`. `path` is the field path inside the source record or the core record.
 */
export interface Rejection {
  /** `line 14`, `ticket 4711`: the human-readable place. */
  where: string;
  line?: number;
  column?: string;
  id?: string | number;
  path: (string | number)[];
  /** A short machine-readable reason, used to group the summary (`bad-date`, `ragged-row`…). */
  reason: string;
  message: string;
}

/**
 * Opaque, JSON-serialisable resume state. Only the adapter that produced it reads it; callers
 * store it after they have stored the batch it came with.
 */
export type Checkpoint = { readonly adapter: string; readonly version: number } & Readonly<
  Record<string, unknown>
>;

/** One step of a sync: records, the rejections found with them, and where to resume after. */
export interface SyncBatch {
  records: AdapterRecord[];
  rejected: Rejection[];
  /** Resume here once `records` are safely stored. */
  checkpoint: Checkpoint;
}

/** Progress for progress bars and logs. Never carries credentials. */
export type ProgressEvent =
  | { type: 'page'; page: number; records: number; totalRecords?: number }
  | { type: 'bytes'; bytes: number; totalBytes?: number; records: number }
  | { type: 'wait'; ms: number; reason: 'rate-limit' | 'retry'; attempt?: number; status?: number }
  | { type: 'rejected'; rejection: Rejection };

export interface SyncOptions {
  /** Resume after this checkpoint (from a previous batch of the same adapter). */
  checkpoint?: Checkpoint;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * An adapter: a named source of core records. `sync` yields batches in order; a caller that
 * stops (or crashes) after storing batch k resumes with batch k's checkpoint and receives every
 * record after it, none before it twice in the same run (at-least-once across runs: sinks key
 * records by `id`).
 */
export interface Adapter {
  /** Stable name, also written in checkpoints: `csv`, `zendesk`. */
  readonly name: string;
  /** The record kinds this adapter can emit. */
  readonly kinds: readonly RecordKind[];
  sync(options?: SyncOptions): AsyncIterable<SyncBatch>;
}
