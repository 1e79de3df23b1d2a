import { CSAT_SCALES, csat, type CsatScale } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { distributionBars, isPositive } from './distribution-bars.js';

// A lopsided set of answers per scale, so every scale has bars of different heights.
const ANSWERS: Record<CsatScale, (number | string)[]> = {
  '1-5': [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5],
  '1-7': [1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7],
  '1-10': [1, 3, 5, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10],
  binary: ['good', 'good', 'good', 'bad'],
};

describe('distributionBars (KPI-SPEC §CSAT: distribution per scale point, top-2 box)', () => {
  for (const scale of CSAT_SCALES) {
    it(`has one bar per ${scale} point, heights ordered by count, positives as core counts them`, () => {
      const result = csat(ANSWERS[scale], { scale });
      const bars = distributionBars(result, 80);
      expect(bars.map((b) => b.score)).toEqual(result.distribution.map((d) => d.score));
      const byCount = [...bars].sort((a, b) => a.count - b.count);
      for (let i = 1; i < byCount.length; i++) {
        const [lower, higher] = [byCount[i - 1]!, byCount[i]!];
        if (higher.count > lower.count) expect(higher.height).toBeGreaterThan(lower.height);
        else expect(higher.height).toBe(lower.height);
      }
      expect(Math.max(...bars.map((b) => b.height))).toBe(80);
      const positive = bars.filter((b) => b.positive).reduce((sum, b) => sum + b.count, 0);
      expect(positive).toBe(result.positive);
      expect(bars.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1, 12);
    });
  }

  it('follows a configured threshold (1-10 with 7+ positive)', () => {
    const result = csat(ANSWERS['1-10'], { scale: '1-10', positiveThreshold: 7 });
    const bars = distributionBars(result);
    expect(bars.filter((b) => b.positive).map((b) => b.score)).toEqual([7, 8, 9, 10]);
  });

  it('marks only `good` on a binary scale, whatever the threshold number says', () => {
    expect(isPositive('good', 'binary', 1)).toBe(true);
    expect(isPositive('bad', 'binary', 1)).toBe(false);
    expect(isPositive(1, 'binary', 1)).toBe(false);
  });

  it('gives flat zero bars and zero shares when there are no answers', () => {
    const bars = distributionBars(csat([], { scale: '1-7' }));
    expect(bars).toHaveLength(7);
    expect(bars.every((b) => b.height === 0 && b.share === 0)).toBe(true);
  });
});
