import { formatBytes } from '../format/format-bytes.js';
import { formatCount } from '../format/format-count.js';
import { formatDuration } from '../format/format-duration.js';
import { progressFigures, type ProgressState } from './progress-state.js';

interface Segment {
  text: string;
  /** Higher survives longer when the terminal is narrow. */
  keep: number;
}

const BAR_MIN = 10;
const BAR_MAX = 30;

/**
 * One line of a TTY progress display, at most `columns - 1` characters (writing the last
 * column makes some terminals wrap), without control sequences: the caller moves the cursor.
 *
 * `tickets.csv  [██████░░░░░░]  52%  12.3 MB / 23.6 MB  48,210 records  3 rejected  9,800/s  ETA 12 s`
 *
 * When the terminal is narrow, segments go in this order: file name, amounts, rate, ETA, bar;
 * the record count stays to the end.
 */
export function renderProgressBar(state: ProgressState, now: number, columns: number): string {
  const figures = progressFigures(state, now);
  const segments: (Segment & { bar?: true })[] = [];
  segments.push({ text: state.label, keep: 1 });
  if (figures.fraction !== undefined) {
    segments.push({ text: '', keep: 5, bar: true });
    segments.push({ text: `${Math.floor(figures.fraction * 100)}%`, keep: 8 });
  }
  if (state.bytes !== undefined) {
    segments.push({
      text:
        state.totalBytes !== undefined
          ? `${formatBytes(state.bytes)} / ${formatBytes(state.totalBytes)}`
          : formatBytes(state.bytes),
      keep: 2,
    });
  } else if (state.page !== undefined) {
    segments.push({ text: `page ${formatCount(state.page)}`, keep: 2 });
  }
  segments.push({ text: `${formatCount(state.records)} records`, keep: 10 });
  segments.push({ text: `${formatCount(state.rejected)} rejected`, keep: 7 });
  if (figures.waitMs !== undefined) {
    const why = state.waitReason === 'rate-limit' ? 'rate limit' : 'retry';
    segments.push({ text: `waiting ${formatDuration(figures.waitMs)} (${why})`, keep: 9 });
  } else {
    if (figures.recordsPerSecond !== undefined) {
      segments.push({ text: `${formatCount(figures.recordsPerSecond)}/s`, keep: 3 });
    }
    if (figures.etaMs !== undefined) {
      segments.push({ text: `ETA ${formatDuration(figures.etaMs)}`, keep: 4 });
    }
  }

  const limit = Math.max(1, columns - 1);
  const gap = 2;
  const width = (list: typeof segments, barWidth: number) =>
    list.reduce((sum, s) => sum + (s.bar ? barWidth + 2 : s.text.length), 0) +
    gap * (list.length - 1);
  let kept = segments;
  while (kept.length > 1 && width(kept, BAR_MIN) > limit) {
    const weakest = kept.reduce((a, b) => (b.keep < a.keep ? b : a));
    kept = kept.filter((s) => s !== weakest);
  }
  const barWidth = Math.min(BAR_MAX, BAR_MIN + Math.max(0, limit - width(kept, BAR_MIN)));
  const line = kept
    .map((s) => (s.bar ? drawBar(figures.fraction ?? 0, barWidth) : s.text))
    .join(' '.repeat(gap));
  return line.length > limit ? line.slice(0, limit) : line;
}

function drawBar(fraction: number, width: number): string {
  const filled = Math.round(fraction * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}
