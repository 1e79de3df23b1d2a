import { formatBytes } from '../format/format-bytes.js';
import { formatCount } from '../format/format-count.js';
import { formatDuration } from '../format/format-duration.js';
import { progressFigures, type ProgressState } from './progress-state.js';

/**
 * One plain progress line for logs (CI, pipes, files): full words, no control sequences, no
 * bar, so it reads the same in any log viewer.
 *
 * `tickets.csv: 52% (12.3 MB of 23.6 MB), 48,210 records, 3 rejected, 9,800 records/s, ETA 12 s`
 */
export function renderProgressLine(state: ProgressState, now: number): string {
  const figures = progressFigures(state, now);
  const parts: string[] = [];
  const amount =
    state.bytes !== undefined
      ? state.totalBytes !== undefined
        ? `${formatBytes(state.bytes)} of ${formatBytes(state.totalBytes)}`
        : formatBytes(state.bytes)
      : state.page !== undefined
        ? `page ${formatCount(state.page)}`
        : undefined;
  if (figures.fraction !== undefined) {
    const percent = `${Math.floor(figures.fraction * 100)}%`;
    parts.push(amount ? `${percent} (${amount})` : percent);
  } else if (amount) {
    parts.push(amount);
  }
  parts.push(`${formatCount(state.records)} records`, `${formatCount(state.rejected)} rejected`);
  if (figures.waitMs !== undefined) {
    const why = state.waitReason === 'rate-limit' ? 'rate limit' : 'retry';
    parts.push(`waiting ${formatDuration(figures.waitMs)} (${why})`);
  } else {
    if (figures.recordsPerSecond !== undefined) {
      parts.push(`${formatCount(figures.recordsPerSecond)} records/s`);
    }
    if (figures.etaMs !== undefined) parts.push(`ETA ${formatDuration(figures.etaMs)}`);
  }
  return `${state.label}: ${parts.join(', ')}`;
}
