import type { Prng } from './prng.js';

/**
 * Weighted choice among a fixed set, with the cumulative weights computed once. Used where a
 * choice is made per ticket (hour of day, customer) and rebuilding the sums would dominate.
 */
export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(items: readonly T[], weights: readonly number[] | Float64Array) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('WeightedTable: needs as many weights as items, and at least one');
    }
    this.items = items;
    this.#cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) {
        throw new RangeError(`WeightedTable: weight ${i} is not a finite non-negative number`);
      }
      total += w;
      this.#cumulative[i] = total;
    }
    if (total <= 0) throw new RangeError('WeightedTable: all weights are zero');
  }

  get total(): number {
    return this.#cumulative[this.#cumulative.length - 1]!;
  }

  /** Index of the chosen item (binary search over the cumulative weights). */
  pickIndex(prng: Prng): number {
    const target = prng.float() * this.total;
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  pick(prng: Prng): T {
    return this.items[this.pickIndex(prng)]!;
  }
}
