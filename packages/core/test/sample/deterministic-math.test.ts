import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, ln } from '../../src/sample/deterministic-math.js';

const close = (a: number, b: number, relative: number): boolean =>
  Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b), 1e-300);

describe('deterministic ln and exp', () => {
  it('ln agrees with Math.log to ~1e-15 over the positive doubles', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        (x) => Math.abs(ln(x) - Math.log(x)) <= 4e-16 * Math.max(1, Math.abs(Math.log(x))),
      ),
      { numRuns: 2000 },
    );
    // The inputs the sample really uses: uniforms on the 2^-32 grid.
    for (let k = 1; k < 2 ** 32; k += 99_991_117) {
      const u = k / 2 ** 32;
      expect(close(ln(u), Math.log(u), 1e-15)).toBe(true);
    }
  });

  it('exp agrees with Math.exp to ~1e-15 where the sample uses it', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) =>
        close(exp(x), Math.exp(x), 2e-15 * Math.max(1, Math.abs(x))),
      ),
      { numRuns: 2000 },
    );
  });

  it('has the exact values and limits of the built-ins', () => {
    expect(ln(1)).toBe(0);
    expect(exp(0)).toBe(1);
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(Number.NaN)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(close(ln(Math.E), 1, 1e-15)).toBe(true);
    expect(close(exp(1), Math.E, 1e-15)).toBe(true);
  });

  it('ln and exp invert each other', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -300, max: 300, noNaN: true }),
        (x) => Math.abs(ln(exp(x)) - x) <= 1e-14 * Math.max(1, Math.abs(x)),
      ),
    );
  });
});
