import type { CsatDistributionEntry, CsatScale } from '@tablero/core';

/** Height of the distribution chart in drawing units; the SVG stretches it to the CSS height. */
export const BAR_HEIGHT = 60;

/** One bar of the answer distribution, in a chart box whose height is `height`. */
export interface DistributionBar {
  /** The scale point: 1…10, or `good`/`bad` on a binary scale. */
  score: number | 'good' | 'bad';
  count: number;
  /** Share of all answers, 0…1 (0 when there are none). */
  share: number;
  /** Bar height in chart units: proportional to `count`, the tallest bar fills the box. */
  height: number;
  /** Whether this point counts as satisfied under the result's threshold (KPI-SPEC §CSAT). */
  positive: boolean;
}

export interface DistributionInput {
  scale: CsatScale;
  positiveThreshold: number;
  distribution: readonly CsatDistributionEntry[];
}

/**
 * Bars per scale point from a core `CsatResult` (KPI-SPEC §CSAT). Heights scale to the largest
 * count rather than to n, so a skewed distribution (most CSAT is) still shows its small bars;
 * the share printed beside each bar keeps the absolute reading.
 */
export function distributionBars(
  result: DistributionInput,
  height = BAR_HEIGHT,
): DistributionBar[] {
  let total = 0;
  let max = 0;
  for (const { count } of result.distribution) {
    total += count;
    if (count > max) max = count;
  }
  return result.distribution.map(({ score, count }) => ({
    score,
    count,
    share: total > 0 ? count / total : 0,
    height: max > 0 ? (height * count) / max : 0,
    positive: isPositive(score, result.scale, result.positiveThreshold),
  }));
}

/** Core reports the binary threshold as 1 (= `good`); numeric scales compare the score. */
export function isPositive(
  score: number | 'good' | 'bad',
  scale: CsatScale,
  threshold: number,
): boolean {
  if (scale === 'binary' || typeof score !== 'number') return score === 'good';
  return score >= threshold;
}
