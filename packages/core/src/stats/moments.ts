import { tCritical } from './student-t.js';

/**
 * Count, sum and sum of squares: enough for mean, variance and a t-interval, and mergeable by
 * addition. Inputs that are integers (scores, seconds) keep the sums exact, so merged shards
 * give bit-identical means.
 */
export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSquares: 0 };
}

export function addMoment(m: Moments, x: number): void {
  m.n += 1;
  m.sum += x;
  m.sumSquares += x * x;
}

export function mergeMoments(into: Moments, from: Moments): void {
  into.n += from.n;
  into.sum += from.sum;
  into.sumSquares += from.sumSquares;
}

export function meanOf(m: Moments): number | null {
  return m.n > 0 ? m.sum / m.n : null;
}

/** Sample standard deviation (n − 1); null below two observations. */
export function sampleSd(m: Moments): number | null {
  if (m.n < 2) return null;
  const variance = (m.sumSquares - (m.sum * m.sum) / m.n) / (m.n - 1);
  return Math.sqrt(Math.max(0, variance));
}

/**
 * 95% Student-t interval on the mean, clipped to `[min, max]` where the quantity is bounded
 * (hold times cannot be negative, CES cannot leave its scale); null below two observations.
 */
export function meanInterval(m: Moments, min = -Infinity, max = Infinity): [number, number] | null {
  const mean = meanOf(m);
  const sd = sampleSd(m);
  if (mean === null || sd === null) return null;
  const half = (tCritical(0.95, m.n - 1) * sd) / Math.sqrt(m.n);
  return [Math.max(min, mean - half), Math.min(max, mean + half)];
}
