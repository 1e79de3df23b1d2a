import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng, createPrng } from '../../src/sample/prng.js';
import { WeightedTable } from '../../src/sample/weighted-table.js';

const draw = (prng: Prng, n: number): number[] => Array.from({ length: n }, () => prng.uint32());

describe('Prng', () => {
  it('repeats its stream for the same seed and stream label', () => {
    expect(draw(createPrng(42), 1000)).toEqual(draw(createPrng(42), 1000));
    expect(draw(createPrng(42, 'tickets'), 100)).toEqual(draw(new Prng(42, 'tickets'), 100));
  });

  it('gives unrelated streams for neighbouring seeds, large seeds and other labels', () => {
    const base = draw(createPrng(42), 64);
    for (const other of [
      createPrng(43),
      createPrng(42 + 2 ** 32),
      createPrng(-42),
      createPrng(42, 'customers'),
    ]) {
      const values = draw(other, 64);
      const same = values.filter((v, i) => v === base[i]).length;
      expect(same).toBe(0);
    }
  });

  it('refuses a seed that is not a finite number', () => {
    expect(() => createPrng(Number.NaN)).toThrow(RangeError);
    expect(() => createPrng(Infinity)).toThrow(RangeError);
  });

  it('produces unsigned 32-bit integers with balanced bits', () => {
    const prng = createPrng(7);
    const ones = new Array<number>(32).fill(0);
    const n = 20_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const v = prng.uint32();
      if (!(Number.isInteger(v) && v >= 0 && v < 2 ** 32)) outside++;
      for (let bit = 0; bit < 32; bit++) if ((v >>> bit) & 1) ones[bit]!++;
    }
    expect(outside).toBe(0);
    // Each bit is set half the time: 4.5 standard deviations is 0.016 at n = 20 000.
    for (const count of ones) expect(Math.abs(count / n - 0.5)).toBeLessThan(0.016);
  });

  it('float is in [0, 1) and uniform by decile', () => {
    const prng = createPrng(1);
    const deciles = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 50_000; i++) {
      const x = prng.float();
      if (!(x >= 0 && x < 1)) outside++;
      else deciles[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const count of deciles) expect(Math.abs(count - 5000)).toBeLessThan(320);
  });

  it('int(lo, hi) stays inside both ends and reaches both', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(20),
        (seed, lo, width) => {
          const prng = createPrng(seed);
          const seen = new Set<number>();
          for (let i = 0; i < 40 * (width + 1); i++) {
            const v = prng.int(lo, lo + width);
            if (!Number.isInteger(v) || v < lo || v > lo + width) return false;
            seen.add(v);
          }
          return seen.size === width + 1;
        },
      ),
    );
  });

  it('chance, weighted and WeightedTable follow their probabilities', () => {
    const prng = createPrng(3);
    const n = 40_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (prng.chance(0.3)) hits++;
    expect(Math.abs(hits / n - 0.3)).toBeLessThan(0.012);
    expect(prng.chance(0)).toBe(false);
    expect(prng.chance(1)).toBe(true);

    const items = ['a', 'b', 'c', 'd'] as const;
    const weights = [1, 0, 3, 6];
    const table = new WeightedTable(items, weights);
    const viaWeighted = new Map<string, number>();
    const viaTable = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const w = prng.weighted(items, weights);
      viaWeighted.set(w, (viaWeighted.get(w) ?? 0) + 1);
      const t = table.pick(prng);
      viaTable.set(t, (viaTable.get(t) ?? 0) + 1);
    }
    for (const counts of [viaWeighted, viaTable]) {
      expect(counts.get('b')).toBeUndefined();
      expect(Math.abs(counts.get('a')! / n - 0.1)).toBeLessThan(0.01);
      expect(Math.abs(counts.get('c')! / n - 0.3)).toBeLessThan(0.015);
      expect(Math.abs(counts.get('d')! / n - 0.6)).toBeLessThan(0.015);
    }
  });

  it('WeightedTable refuses empty, mismatched, negative and all-zero weights', () => {
    expect(() => new WeightedTable([], [])).toThrow(RangeError);
    expect(() => new WeightedTable(['a'], [1, 2])).toThrow(RangeError);
    expect(() => new WeightedTable(['a', 'b'], [1, -1])).toThrow(RangeError);
    expect(() => new WeightedTable(['a', 'b'], [0, 0])).toThrow(RangeError);
    expect(() => createPrng(1).pick([])).toThrow(RangeError);
  });

  it('normal, lognormal, exponential and geometric have the right centre and spread', () => {
    const prng = createPrng(11);
    const n = 40_000;
    const normals = Array.from({ length: n }, () => prng.normal(10, 2));
    const mean = normals.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(normals.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
    // About 68% within one standard deviation.
    const within = normals.filter((x) => Math.abs(x - 10) < 2).length / n;
    expect(Math.abs(within - 0.6827)).toBeLessThan(0.01);

    const logs = Array.from({ length: n }, () => prng.lognormal(50, 0.8)).sort((a, b) => a - b);
    expect(logs[0]!).toBeGreaterThan(0);
    expect(Math.abs(logs[n / 2]! / 50 - 1)).toBeLessThan(0.03);

    const waits = Array.from({ length: n }, () => prng.exponential(3));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.abs(waits.reduce((a, b) => a + b, 0) / n - 3)).toBeLessThan(0.08);

    // Failures before the first success with continuation 0.25: mean 0.25 / 0.75.
    const runs = Array.from({ length: n }, () => prng.geometric(0.25));
    expect(Math.abs(runs.reduce((a, b) => a + b, 0) / n - 1 / 3)).toBeLessThan(0.02);
  });
});
