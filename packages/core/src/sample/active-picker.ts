import type { Prng } from './prng.js';
import { WeightedTable } from './weighted-table.js';

/**
 * Picks, with given weights, one of a set of people or accounts that is active at an
 * instant. Most of a year's customers are active on any given day, so drawing from the whole
 * set and redrawing the inactive ones is cheaper than indexing who is active when.
 */
export class ActivePicker {
  readonly #table: WeightedTable<number>;
  readonly #activeFrom: Float64Array;
  readonly #activeTo: Float64Array;

  /**
   * @param activeFrom start of each member's activity (inclusive)
   * @param activeTo end of each member's activity (exclusive; `Infinity` when open-ended)
   * @param weights relative chance of each member; uniform when omitted
   */
  constructor(activeFrom: Float64Array, activeTo: Float64Array, weights?: Float64Array) {
    const indexes = Array.from({ length: activeFrom.length }, (_, i) => i);
    this.#table = new WeightedTable(
      indexes,
      weights ?? new Float64Array(activeFrom.length).fill(1),
    );
    this.#activeFrom = activeFrom;
    this.#activeTo = activeTo;
  }

  isActive(index: number, at: number): boolean {
    return this.#activeFrom[index]! <= at && at < this.#activeTo[index]!;
  }

  /** Index of a member active at `at`, or -1 when nobody is. */
  pick(prng: Prng, at: number): number {
    for (let attempt = 0; attempt < 64; attempt++) {
      const index = this.#table.pickIndex(prng);
      if (this.isActive(index, at)) return index;
    }
    // Few members active (the start of a range, a tiny pool): walk from a random point.
    const n = this.#activeFrom.length;
    const start = Math.floor(prng.float() * n);
    for (let k = 0; k < n; k++) {
      const index = (start + k) % n;
      if (this.isActive(index, at)) return index;
    }
    return -1;
  }
}
