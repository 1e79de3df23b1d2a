import { describe, expect, it } from 'vitest';
import {
  createProgressState,
  progressFigures,
  progressOnEvent,
  progressOnStored,
  type ProgressState,
} from '../src/progress/progress-state.js';
import { renderProgressBar } from '../src/progress/render-progress-bar.js';
import { renderProgressLine } from '../src/progress/render-progress-line.js';
import { ANSI } from './helpers/run-cli.js';

const T0 = 1_000_000;

/** 2 s into a 10 MB file: 4 MB read at 2 MB/s, 1,000 records stored at 500/s, 3 rejected. */
function midway(): ProgressState {
  let state = createProgressState('tickets.csv', T0);
  state = progressOnEvent(
    state,
    { type: 'bytes', bytes: 0, totalBytes: 10_000_000, records: 0 },
    T0,
  );
  state = progressOnEvent(
    state,
    { type: 'bytes', bytes: 4_000_000, totalBytes: 10_000_000, records: 1000 },
    T0 + 2000,
  );
  return progressOnStored(state, { records: 1000, rejected: 3 }, T0 + 2000);
}

describe('progress figures: rate and ETA from a sliding window', () => {
  it('fraction, rates and ETA follow from the samples', () => {
    const figures = progressFigures(midway(), T0 + 2000);
    // 4 MB of 10 MB; 1,000 records in 2 s; 4 MB in 2 s; 6 MB left at 2 MB/s = 3 s.
    expect(figures.fraction).toBe(0.4);
    expect(figures.recordsPerSecond).toBe(500);
    expect(figures.bytesPerSecond).toBe(2_000_000);
    expect(figures.etaMs).toBe(3000);
    expect(figures.elapsedMs).toBe(2000);
  });

  it('no rate nor ETA before half a second of history', () => {
    let state = createProgressState('x', T0);
    state = progressOnEvent(
      state,
      { type: 'bytes', bytes: 10, totalBytes: 100, records: 1 },
      T0 + 400,
    );
    const figures = progressFigures(state, T0 + 400);
    expect(figures.recordsPerSecond).toBeUndefined();
    expect(figures.etaMs).toBeUndefined();
    expect(figures.fraction).toBe(0.1);
  });

  it('a resumed sync rates only this run (records stored before do not count as speed)', () => {
    let state = createProgressState('x', T0, { records: 50_000, rejected: 0 });
    state = progressOnStored(state, { records: 51_000, rejected: 0 }, T0 + 1000);
    expect(progressFigures(state, T0 + 1000).recordsPerSecond).toBe(1000);
  });

  it('API totals give a fraction and ETA by records', () => {
    let state = createProgressState('zendesk', T0);
    state = progressOnEvent(state, { type: 'page', page: 1, records: 0, totalRecords: 400 }, T0);
    state = progressOnEvent(
      state,
      { type: 'page', page: 2, records: 100, totalRecords: 400 },
      T0 + 1000,
    );
    state = progressOnStored(state, { records: 100, rejected: 0 }, T0 + 1000);
    const figures = progressFigures(state, T0 + 1000);
    // 100 of 400 at 100/s: 300 left = 3 s.
    expect(figures.fraction).toBe(0.25);
    expect(figures.etaMs).toBe(3000);
  });

  it('a wait counts down', () => {
    const state = progressOnEvent(
      midway(),
      { type: 'wait', ms: 30_000, reason: 'rate-limit' },
      T0 + 2000,
    );
    expect(progressFigures(state, T0 + 12_000).waitMs).toBe(20_000);
    expect(progressFigures(state, T0 + 33_000).waitMs).toBeUndefined();
  });
});

describe('TTY progress bar: a pure function of the progress state', () => {
  it('shows bar, percent, amounts, records, rejected, rate and ETA on a wide terminal', () => {
    const line = renderProgressBar(midway(), T0 + 2000, 120);
    // 40% of a 30-cell bar = 12 filled cells.
    expect(line).toBe(
      `tickets.csv  [${'█'.repeat(12)}${'░'.repeat(18)}]  40%  4.0 MB / 10.0 MB  1,000 records  3 rejected  500/s  ETA 3 s`,
    );
  });

  it('never exceeds the terminal width and keeps the record count longest', () => {
    for (const columns of [100, 80, 60, 40, 30, 20, 16]) {
      const line = renderProgressBar(midway(), T0 + 2000, columns);
      expect(line.length).toBeLessThanOrEqual(columns - 1);
      expect(line).toContain('1,000 records');
    }
    expect(renderProgressBar(midway(), T0 + 2000, 40)).toBe('40%  1,000 records  3 rejected');
  });

  it('without a total: no bar, the amount read instead', () => {
    let state = createProgressState('stdin', T0);
    state = progressOnEvent(state, { type: 'bytes', bytes: 1500, records: 10 }, T0 + 100);
    expect(renderProgressBar(state, T0 + 100, 120)).toBe('stdin  1.5 kB  0 records  0 rejected');
  });

  it('a rate-limit wait replaces rate and ETA with a countdown', () => {
    const state = progressOnEvent(
      midway(),
      { type: 'wait', ms: 30_000, reason: 'rate-limit' },
      T0 + 2000,
    );
    const line = renderProgressBar(state, T0 + 7000, 140);
    expect(line).toContain('waiting 25 s (rate limit)');
    expect(line).not.toContain('ETA');
  });

  it('has no control sequences (the reporter moves the cursor)', () => {
    expect(renderProgressBar(midway(), T0 + 2000, 120)).not.toMatch(ANSI);
  });
});

describe('plain progress line for logs', () => {
  it('says everything in words, without control sequences', () => {
    const line = renderProgressLine(midway(), T0 + 2000);
    expect(line).toBe(
      'tickets.csv: 40% (4.0 MB of 10.0 MB), 1,000 records, 3 rejected, 500 records/s, ETA 3 s',
    );
    expect(line).not.toMatch(ANSI);
  });

  it('pages for APIs, and waits', () => {
    let state = createProgressState('hubspot', T0);
    state = progressOnEvent(state, { type: 'page', page: 7, records: 700 }, T0);
    state = progressOnEvent(state, { type: 'wait', ms: 10_000, reason: 'retry', attempt: 2 }, T0);
    expect(renderProgressLine(state, T0 + 1000)).toBe(
      'hubspot: page 7, 0 records, 0 rejected, waiting 9 s (retry)',
    );
  });
});
