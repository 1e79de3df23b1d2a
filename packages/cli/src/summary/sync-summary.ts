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
  rejected: {
    total: number;
    thisRun: number;
    /** Most frequent first; `first` holds the places of the first few (`line 14`). */
    byReason: { reason: string; count: number; first: string[] }[];
  };
  durationMs: number;
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
    rejected: {
      total: state.rejections.total,
      thisRun: outcome.rejectedThisRun,
      byReason: Object.entries(state.rejections.byReason)
        .map(([reason, { count, first }]) => ({ reason, count, first }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    },
    durationMs: details.durationMs,
  };
  if (details.error !== undefined) summary.error = details.error;
  return summary;
}
