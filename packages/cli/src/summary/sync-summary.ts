import type { SyncOutcome } from '../sync/run-sync.js';

/** The end of a sync as data: what `--json` prints and what the text summary is made of. */
export interface SyncSummary {
  status: SyncOutcome['status'];
  exitCode: number;
  source: string;
  label: string;
  out: string;
  state: string;
  rejectedFile: string | null;
  resumed: boolean;
  records: { total: number; thisRun: number; byKind: Record<string, number> };
  /** Tombstone lines (records the vendor removed) in `out`, over every run, and in this one. */
  removed: { total: number; thisRun: number };
  rejected: {
    /** Rows (records) refused, over every run of this sync. */
    rows: number;
    /** Problems reported: a row may have several. */
    problems: number;
    problemsThisRun: number;
    /** Problems by reason, most frequent first; `first` holds the first few places (`line 14`). */
    byReason: { reason: string; count: number; first: string[] }[];
  };
  durationMs: number;
  /** Streams the adapter skipped and why (`feedback submissions skipped: HTTP 403 …`), this run. */
  warnings: string[];
  /** What the source adds (CSV: encoding, delimiter, unused columns). */
  details?: Record<string, unknown>;
  /** Already redacted. */
  error?: string;
}

export function syncSummary(
  outcome: SyncOutcome,
  details: {
    source: string;
    label: string;
    statePath: string;
    exitCode: number;
    durationMs: number;
    details?: Record<string, unknown>;
    error?: string;
  },
): SyncSummary {
  const { state } = outcome;
  const summary: SyncSummary = {
    status: outcome.status,
    exitCode: details.exitCode,
    source: details.source,
    label: details.label,
    out: state.output.path,
    state: details.statePath,
    rejectedFile: state.rejected?.path ?? null,
    resumed: outcome.resumed,
    records: {
      total: state.records.total,
      thisRun: outcome.recordsThisRun,
      byKind: state.records.byKind,
    },
    removed: { total: state.removed, thisRun: outcome.removedThisRun },
    rejected: {
      rows: state.rejections.rows,
      problems: state.rejections.total,
      problemsThisRun: outcome.rejectedThisRun,
      byReason: Object.entries(state.rejections.byReason)
        .map(([reason, { count, first }]) => ({ reason, count, first }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    },
    durationMs: details.durationMs,
    warnings: outcome.warnings,
  };
  if (details.details !== undefined) summary.details = details.details;
  if (details.error !== undefined) summary.error = details.error;
  return summary;
}
