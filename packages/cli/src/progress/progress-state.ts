import type { ProgressEvent } from '@tablero/adapter-kit';

/** One reading of the counters, for rates over a sliding window. */
interface Sample {
  t: number;
  records: number;
  bytes: number | undefined;
}

/**
 * What a progress display knows, as a plain value: adapter events (bytes, pages, waits) and the
 * runner's stored totals fold into it, and the renderers are pure functions of it, so tests
 * drive them with hand-made states and a fixed clock.
 */
export interface ProgressState {
  /** What is being read: a file name or `zendesk`. */
  label: string;
  startedAt: number;
  bytes?: number;
  totalBytes?: number;
  page?: number;
  /** Records the source says it holds in all, when it says (API list totals). */
  totalRecords?: number;
  /** Records the source has read so far in this run, by its own count (fraction of a total). */
  sourceRecords?: number;
  /** Records stored in the output, including earlier runs of a resumed sync. */
  records: number;
  rejected: number;
  /** Waiting for a rate limit or a retry, until this instant. */
  waitUntil?: number;
  waitReason?: 'rate-limit' | 'retry';
  samples: Sample[];
}

/** Rates come from the last few seconds, so a resumed or rate-limited sync shows its pace now. */
export const RATE_WINDOW_MS = 10_000;

export function createProgressState(
  label: string,
  now: number,
  stored: { records: number; rejected: number } = { records: 0, rejected: 0 },
): ProgressState {
  return {
    label,
    startedAt: now,
    records: stored.records,
    rejected: stored.rejected,
    samples: [{ t: now, records: stored.records, bytes: undefined }],
  };
}

export function progressOnEvent(
  state: ProgressState,
  event: ProgressEvent,
  now: number,
): ProgressState {
  switch (event.type) {
    case 'bytes':
      return withSample(
        {
          ...state,
          bytes: event.bytes,
          totalBytes: event.totalBytes ?? state.totalBytes,
          sourceRecords: event.records,
          waitUntil: undefined,
        },
        now,
      );
    case 'page':
      return withSample(
        {
          ...state,
          page: event.page,
          sourceRecords: event.records,
          totalRecords: event.totalRecords ?? state.totalRecords,
          waitUntil: undefined,
        },
        now,
      );
    case 'wait':
      return { ...state, waitUntil: now + event.ms, waitReason: event.reason };
    case 'rejected':
      // Counted when stored with its batch: counting events too would count it twice.
      return state;
  }
}

/** After a batch is safely stored: the totals a user can rely on. */
export function progressOnStored(
  state: ProgressState,
  stored: { records: number; rejected: number },
  now: number,
): ProgressState {
  return withSample({ ...state, records: stored.records, rejected: stored.rejected }, now);
}

function withSample(state: ProgressState, now: number): ProgressState {
  const samples = state.samples.filter((s) => now - s.t <= RATE_WINDOW_MS);
  samples.push({ t: now, records: state.records, bytes: state.bytes });
  return { ...state, samples };
}

/** Derived figures a renderer shows. */
export interface ProgressFigures {
  /** 0–1 when a total is known (bytes for files, records for APIs that give a total). */
  fraction?: number;
  recordsPerSecond?: number;
  bytesPerSecond?: number;
  etaMs?: number;
  elapsedMs: number;
  /** Milliseconds left of a rate-limit or retry wait. */
  waitMs?: number;
}

export function progressFigures(state: ProgressState, now: number): ProgressFigures {
  const figures: ProgressFigures = { elapsedMs: Math.max(0, now - state.startedAt) };
  if (state.totalBytes !== undefined && state.totalBytes > 0 && state.bytes !== undefined) {
    figures.fraction = clamp01(state.bytes / state.totalBytes);
  } else if (state.totalRecords !== undefined && state.totalRecords > 0) {
    figures.fraction = clamp01((state.sourceRecords ?? 0) / state.totalRecords);
  }
  const window = state.samples.filter((s) => now - s.t <= RATE_WINDOW_MS);
  figures.recordsPerSecond = rate(window, (s) => s.records);
  // Bytes are known only from the adapter's first event on, so their window starts there.
  figures.bytesPerSecond = rate(
    window.filter((s) => s.bytes !== undefined),
    (s) => s.bytes!,
  );
  if (
    state.totalBytes !== undefined &&
    state.bytes !== undefined &&
    figures.bytesPerSecond !== undefined &&
    figures.bytesPerSecond > 0
  ) {
    figures.etaMs = (Math.max(0, state.totalBytes - state.bytes) / figures.bytesPerSecond) * 1000;
  } else if (
    state.totalRecords !== undefined &&
    figures.recordsPerSecond !== undefined &&
    figures.recordsPerSecond > 0
  ) {
    const left = Math.max(0, state.totalRecords - (state.sourceRecords ?? 0));
    figures.etaMs = (left / figures.recordsPerSecond) * 1000;
  }
  if (state.waitUntil !== undefined && state.waitUntil > now)
    figures.waitMs = state.waitUntil - now;
  return figures;
}

/** Change per second between the first and last sample; none under half a second of history (noise). */
function rate(samples: readonly Sample[], value: (s: Sample) => number): number | undefined {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.t - first.t < 500) return undefined;
  return (value(last) - value(first)) / ((last.t - first.t) / 1000);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
