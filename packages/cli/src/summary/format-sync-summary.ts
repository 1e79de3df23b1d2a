import { relative } from 'node:path';
import { formatCount, plural } from '../format/format-count.js';
import { formatDuration } from '../format/format-duration.js';
import type { SyncSummary } from './sync-summary.js';

/**
 * The human summary: what was written where, then the rejected rows by reason with the places
 * of the first few, then how to resume when the sync did not finish.
 */
export function formatSyncSummary(
  summary: SyncSummary,
  cwd: string,
  notes: readonly string[] = [],
): string {
  const path = (p: string) => displayPath(p, cwd);
  const { records } = summary;
  const kinds = Object.entries(records.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${formatCount(n)} ${kind}`)
    .join(', ');
  const lines: string[] = [];
  const earlier = records.total - records.thisRun;
  if (summary.status === 'complete') {
    if (
      summary.resumed &&
      records.thisRun === 0 &&
      summary.removed.thisRun === 0 &&
      summary.rejected.problemsThisRun === 0
    ) {
      lines.push(
        `Nothing new from ${summary.label}: ${path(summary.out)} holds ${plural(records.total, 'record')}.`,
      );
    } else {
      lines.push(
        `Synced ${plural(records.total, 'record')} from ${summary.label} into ${path(summary.out)} in ${formatDuration(summary.durationMs)}.`,
      );
      if (summary.resumed) {
        lines.push(
          `Resumed: ${formatCount(earlier)} from earlier runs, ${formatCount(records.thisRun)} in this one.`,
        );
      }
    }
  } else {
    const verb = summary.status === 'interrupted' ? 'Interrupted' : 'Stopped by an error';
    lines.push(`${verb} after ${plural(records.total, 'record')} stored in ${path(summary.out)}.`);
  }
  if (kinds) lines.push(`Records by kind: ${kinds}.`);
  if (summary.removed.total > 0) {
    lines.push(
      `Removed by ${summary.source}: ${plural(summary.removed.total, 'record')} (deleted, spam or merged), written as "kind":"removed" tombstone lines.`,
    );
  }
  lines.push(...notes);
  lines.push(...formatWarnings(summary));
  lines.push(...formatRejections(summary, cwd));
  if (summary.status !== 'complete') {
    lines.push(`State saved in ${path(summary.state)}: run the same command again to resume.`);
  }
  return `${lines.join('\n')}\n`;
}

/** What the adapter skipped: `--quiet` still prints it, since records are missing. */
export function formatWarnings(summary: SyncSummary): string[] {
  return summary.warnings.map((w) => `Warning: ${w}.`);
}

/** The rejected-rows part alone: `--quiet` still prints it (as a warning), since rows are missing. */
export function formatRejections(summary: SyncSummary, cwd: string): string[] {
  const { rejected } = summary;
  if (rejected.problems === 0) return [];
  const where = summary.rejectedFile
    ? `every one is in ${displayPath(summary.rejectedFile, cwd)}`
    : 'pass --rejected <file> to keep every one';
  const problems =
    rejected.problems === rejected.rows ? '' : `, ${plural(rejected.problems, 'problem')}`;
  const width = Math.max(...rejected.byReason.map((r) => r.reason.length));
  const countWidth = Math.max(...rejected.byReason.map((r) => formatCount(r.count).length));
  return [
    `${plural(rejected.rows, 'row')} rejected${problems} (${where}):`,
    ...rejected.byReason.map(
      ({ reason, count, first }) =>
        `  ${reason.padEnd(width)}  ${formatCount(count).padStart(countWidth)}  ${placesOf(first, count)}`,
    ),
  ];
}

/** `lines 14, 20, …` (or the places as given, for sources without lines). */
function placesOf(first: readonly string[], count: number): string {
  const more = count > first.length ? ', …' : '';
  if (first.length > 0 && first.every((p) => /^line \d+$/.test(p))) {
    const numbers = first.map((p) => p.slice('line '.length)).join(', ');
    return `${first.length > 1 || more ? 'lines' : 'line'} ${numbers}${more}`;
  }
  return `${first.join('; ')}${more}`;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
