import { CSAT_SCALES, csat } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { SCALE_ANSWERS as ANSWERS } from '../../test/support/csat-scale-answers.js';
import { distributionBars, isPositive } from './distribution-bars.js';

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
