/**
 * Timing discipline: read with the monotonic `process.hrtime.bigint()`; a figure is the median
 * of several runs after a warm-up. Garbage is collected (`--expose-gc`) before every round of
 * runs (full collection) and before every single run (young generation). A full collection of
 * the benchmark's heap (two million records) takes most of a second, so doing one before each
 * of the ~150 runs would dominate the benchmark's wall time; the young-generation collection
 * before each run clears what the previous contender left behind in the nursery.
 */

export interface Sample<T> {
  ms: number;
  result: T;
}

export interface Timing {
  /** Median of the timed runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  /** The untimed-for-the-figure first (warm-up) run, which pays JIT and cache warm-up. */
  warmup: number;
  runs: number[];
}

type Gc = (options?: { type?: 'major' | 'minor' }) => void;

const gc: Gc = (() => {
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (typeof exposed !== 'function') {
    throw new Error(
      'run node with --expose-gc (npm run bench does) so runs start from a clean heap',
    );
  }
  return exposed;
})();

export function collect(type: 'major' | 'minor'): void {
  gc({ type });
}

/** One timed call; collects the young generation first (a full collection if asked). */
export function timeOnce<T>(fn: () => T, full = false): Sample<T> {
  collect(full ? 'major' : 'minor');
  const start = process.hrtime.bigint();
  const result = fn();
  const end = process.hrtime.bigint();
  return { ms: Number(end - start) / 1e6, result };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(warmup: number, runs: readonly number[]): Timing {
  return {
    median: median(runs),
    min: Math.min(...runs),
    max: Math.max(...runs),
    warmup,
    runs: [...runs],
  };
}

/**
 * Times several contenders on one task: a warm-up round, then `runs` rounds in which every
 * contender runs once, the order rotating per round so no contender always runs first or
 * right after the heaviest one. A full collection opens each round. Returns each contender's
 * timing and last result.
 */
export function race<T>(
  contenders: readonly { key: string; run: () => T }[],
  runs: number,
): Map<string, { timing: Timing; result: T }> {
  const warm = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const last = new Map<string, T>();
  collect('major');
  for (const c of contenders) {
    const s = timeOnce(c.run);
    warm.set(c.key, s.ms);
    samples.set(c.key, []);
    last.set(c.key, s.result);
  }
  for (let round = 0; round < runs; round++) {
    collect('major');
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(i + round) % contenders.length]!;
      const s = timeOnce(c.run);
      samples.get(c.key)!.push(s.ms);
      last.set(c.key, s.result);
    }
  }
  const out = new Map<string, { timing: Timing; result: T }>();
  for (const c of contenders) {
    out.set(c.key, {
      timing: summarise(warm.get(c.key)!, samples.get(c.key)!),
      result: last.get(c.key)!,
    });
  }
  return out;
}
