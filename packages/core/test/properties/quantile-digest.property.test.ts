import fc from 'fast-check';
import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import {
  addToDigest,
  createDigest,
  digestQuantiles,
  SKETCH_RELATIVE_ERROR,
} from '../../src/stats/quantile-digest.js';

const exact = (values: number[], p: number) =>
  quantileSorted(
    [...values].sort((a, b) => a - b),
    p,
  )!;

describe('KPI-SPEC §Ground rules — quantiles: exact R-7 below the threshold, a bounded sketch above', () => {
  it('is R-7 exactly on small inputs: h = (n − 1) p, interpolate between order statistics', () => {
    const d = createDigest();
    [40, 10, 30, 20, 100, 60, 50, 90, 70, 80].forEach((x) => addToDigest(d, x));
    // n = 10: median h = 4.5 → 50 + .5 × 10 = 55; p90 h = 8.1 → 90 + .1 × 10 = 91
    const [median, p90] = digestQuantiles(d, [0.5, 0.9]);
    expect(median).toBe(55);
    expect(p90).toBeCloseTo(91, 10);
  });

  it(`keeps every quantile within ±${SKETCH_RELATIVE_ERROR * 100}% of the exact value above the threshold`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * 86_400_000 }), { minLength: 30, maxLength: 2000 }),
        fc.constantFrom(0, 0.1, 0.5, 0.9, 0.99, 1),
        (values, p) => {
          const d = createDigest(10);
          values.forEach((x) => addToDigest(d, x));
          expect(d.values).toBeNull();
          const want = exact(values, p);
          const [got] = digestQuantiles(d, [p]);
          // Sub-unit values share the zero bucket; allow that absolute slack of 1 ms.
          expect(Math.abs(got! - want)).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR * want + 1);
        },
      ),
    );
  });
});
