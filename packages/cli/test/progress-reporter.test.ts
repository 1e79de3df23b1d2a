import { describe, expect, it } from 'vitest';
import { createProgressReporter, progressModeFor } from '../src/progress/progress-reporter.js';
import { ANSI } from './helpers/run-cli.js';

function capture(isTTY: boolean) {
  const stream = { text: '', isTTY, columns: 100, write: (t: string) => (stream.text += t) };
  return stream;
}

describe('progress mode: a bar on a terminal, lines otherwise', () => {
  it('chooses by TTY, TERM, CI and --quiet', () => {
    expect(progressModeFor(capture(true), {}, false)).toBe('bar');
    expect(progressModeFor(capture(false), {}, false)).toBe('lines');
    expect(progressModeFor(capture(true), { TERM: 'dumb' }, false)).toBe('lines');
    expect(progressModeFor(capture(true), { CI: 'true' }, false)).toBe('lines');
    expect(progressModeFor(capture(true), {}, true)).toBe('none');
  });
});

describe('progress reporter', () => {
  it('bar mode redraws one line in place and clears it at the end', () => {
    let now = 0;
    const stream = capture(true);
    const reporter = createProgressReporter({
      mode: 'bar',
      stream,
      label: 'f.csv',
      now: () => now,
      redrawMs: 100,
    });
    reporter.event({ type: 'bytes', bytes: 50, totalBytes: 100, records: 5 });
    now = 50; // inside the redraw interval: no redraw
    reporter.stored({ records: 5, rejected: 0 });
    now = 200;
    reporter.stored({ records: 10, rejected: 1 });
    reporter.finish();
    const frames = stream.text.split('\r\x1b[K');
    // Drawn at start, at t=0 (the first event is within 100 ms of the start, so skipped), at t=200,
    // then the final clear: '' + 2 frames + ''.
    expect(frames[0]).toBe('');
    expect(frames.at(-1)).toBe('');
    expect(frames.slice(1, -1)).toHaveLength(2);
    expect(frames.at(-2)).toContain('10 records  1 rejected');
    expect(stream.text).not.toContain('\n');
  });

  it('a note in bar mode goes on its own line and the bar is redrawn under it', () => {
    const stream = capture(true);
    const reporter = createProgressReporter({ mode: 'bar', stream, label: 'f.csv', now: () => 0 });
    reporter.note('SIGINT: stopping');
    reporter.finish();
    expect(stream.text.startsWith('\r\x1b[Kf.csv')).toBe(true);
    expect(stream.text).toContain('\r\x1b[KSIGINT: stopping\n\r\x1b[Kf.csv');
  });

  it('lines mode prints at once, then at most once per interval, with no escapes', () => {
    let now = 0;
    const stream = capture(false);
    const reporter = createProgressReporter({
      mode: 'lines',
      stream,
      label: 'f.csv',
      now: () => now,
      lineIntervalMs: 5000,
    });
    for (let t = 0; t <= 12_000; t += 1000) {
      now = t;
      reporter.stored({ records: t / 100, rejected: 0 });
    }
    reporter.event({ type: 'wait', ms: 30_000, reason: 'rate-limit' });
    reporter.finish();
    // t = 0, 5000, 10000, then the wait at once.
    expect(stream.text.split('\n').filter(Boolean)).toEqual([
      'f.csv: 0 records, 0 rejected',
      'f.csv: 50 records, 0 rejected, 10 records/s',
      'f.csv: 100 records, 0 rejected, 10 records/s',
      'f.csv: 120 records, 0 rejected, waiting 30 s (rate limit)',
    ]);
    expect(stream.text).not.toMatch(ANSI);
  });

  it("begin() shows earlier runs' totals silently, and they never count as speed", () => {
    let now = 0;
    const stream = capture(false);
    const reporter = createProgressReporter({ mode: 'lines', stream, label: 'f', now: () => now });
    reporter.begin({ records: 90_000, rejected: 4 });
    expect(stream.text).toBe('');
    now = 2000;
    reporter.stored({ records: 91_000, rejected: 4 });
    // 1,000 records in 2 s: 500/s, not 45,500/s.
    expect(stream.text).toBe('f: 91,000 records, 4 rejected, 500 records/s\n');
  });

  it('lines mode prints after stored batches, not on bytes read ahead of them', () => {
    const stream = capture(false);
    const reporter = createProgressReporter({ mode: 'lines', stream, label: 'f', now: () => 0 });
    reporter.event({ type: 'bytes', bytes: 100, totalBytes: 100, records: 2 });
    expect(stream.text).toBe('');
    reporter.stored({ records: 2, rejected: 1 });
    expect(stream.text).toBe('f: 100% (100 B of 100 B), 2 records, 1 rejected\n');
  });

  it('none mode writes nothing', () => {
    const stream = capture(true);
    const reporter = createProgressReporter({ mode: 'none', stream, label: 'f', now: () => 0 });
    reporter.event({ type: 'bytes', bytes: 1, records: 1 });
    reporter.note('x');
    reporter.finish();
    expect(stream.text).toBe('');
  });
});
