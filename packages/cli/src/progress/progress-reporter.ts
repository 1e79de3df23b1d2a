import type { ProgressEvent } from '@tablero/adapter-kit';
import type { CliStream } from '../io.js';
import {
  createProgressState,
  progressOnEvent,
  progressOnStored,
  type ProgressState,
} from './progress-state.js';
import { renderProgressBar } from './render-progress-bar.js';
import { renderProgressLine } from './render-progress-line.js';

/** `bar`: redrawn in place on a terminal; `lines`: a plain line now and then; `none`: quiet. */
export type ProgressMode = 'bar' | 'lines' | 'none';

export function progressModeFor(
  stream: CliStream,
  env: Readonly<Record<string, string | undefined>>,
  quiet: boolean,
): ProgressMode {
  if (quiet) return 'none';
  // CI runners often allocate a pseudo-TTY whose log cannot redraw: lines read better there.
  if (stream.isTTY && env.TERM !== 'dumb' && !env.CI) return 'bar';
  return 'lines';
}

export interface ProgressReporter {
  /** Totals of earlier runs of a resumed sync: shown from the start, not news in themselves. */
  begin(totals: { records: number; rejected: number }): void;
  event(event: ProgressEvent): void;
  stored(totals: { records: number; rejected: number }): void;
  /** A message that must not be overwritten by the bar (`stopping after this batch…`). */
  note(text: string): void;
  /** Clears the bar; the summary follows on a clean line. */
  finish(): void;
}

export interface ProgressReporterOptions {
  mode: ProgressMode;
  stream: CliStream;
  label: string;
  now: () => number;
  stored?: { records: number; rejected: number };
  /** Plain mode: at most one line per this many ms. */
  lineIntervalMs?: number;
  /** Bar mode: at most one redraw per this many ms. */
  redrawMs?: number;
}

const CLEAR_LINE = '\r\x1b[K';

export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const { mode, stream, now } = options;
  let state: ProgressState = createProgressState(options.label, now(), options.stored);
  if (mode === 'none') {
    return { begin() {}, event() {}, stored() {}, note() {}, finish() {} };
  }
  if (mode === 'lines') {
    const interval = options.lineIntervalMs ?? 5000;
    // The first news prints at once, so a log shows the sync started; then one line per interval.
    let lastLine = -Infinity;
    const maybeLine = (force = false) => {
      const t = now();
      if (force || t - lastLine >= interval) {
        lastLine = t;
        stream.write(`${renderProgressLine(state, t)}\n`);
      }
    };
    return {
      begin(totals) {
        state = createProgressState(options.label, now(), totals);
      },
      event(event) {
        state = progressOnEvent(state, event, now());
        // Lines follow stored batches (a line saying "0 records" at 100% read would mislead),
        // except a long wait, which is news in a log: say so at once rather than look hung.
        if (event.type === 'wait' && event.ms >= 1000) maybeLine(true);
      },
      stored(totals) {
        state = progressOnStored(state, totals, now());
        maybeLine();
      },
      note(text) {
        stream.write(`${text}\n`);
      },
      finish() {},
    };
  }

  const redrawMs = options.redrawMs ?? 100;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (force = false) => {
    const t = now();
    if (!force && t - lastDraw < redrawMs) return;
    lastDraw = t;
    drawn = true;
    stream.write(`${CLEAR_LINE}${renderProgressBar(state, t, stream.columns ?? 80)}`);
  };
  // Redraws during long waits, so the countdown and elapsed time keep moving.
  const timer = setInterval(() => draw(true), 1000);
  timer.unref();
  draw(true);
  return {
    begin(totals) {
      // A fresh start, so records of earlier runs never count as speed.
      state = createProgressState(options.label, now(), totals);
      draw(true);
    },
    event(event) {
      state = progressOnEvent(state, event, now());
      draw(event.type === 'wait');
    },
    stored(totals) {
      state = progressOnStored(state, totals, now());
      draw();
    },
    note(text) {
      stream.write(`${CLEAR_LINE}${text}\n`);
      draw(true);
    },
    finish() {
      clearInterval(timer);
      if (drawn) stream.write(CLEAR_LINE);
    },
  };
}
