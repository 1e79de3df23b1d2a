import { exp, ln } from './deterministic-math.js';

const TWO_32 = 4_294_967_296;

/**
 * A small seeded pseudo-random generator (sfc32: 128 bits of state, 32-bit integer steps).
 *
 * Only `Math.imul`, shifts and 32-bit additions touch the state, and the derived
 * distributions use `deterministic-math.ts`, so a seed gives the same stream in Node and in
 * every browser. Not for cryptography.
 */
export class Prng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  /** Marsaglia's polar method makes normals in pairs; the second waits here. */
  #spareNormal: number | undefined;

  /**
   * @param seed any finite number; integers up to 2^53 are all distinct seeds.
   * @param stream a label for an independent stream from the same seed, so that drawing more
   *   tickets does not shift the customers (each part of the dataset has its own stream).
   */
  constructor(seed: number, stream = '') {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_32) >>> 0;
    let h = mix32(low ^ mix32(high ^ 0x9e3779b9) ^ hashLabel(stream));
    const next = (): number => {
      h = (h + 0x9e3779b9) | 0;
      return mix32(h);
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = 1;
    // The first outputs of sfc32 still echo the seed; spin them away.
    for (let i = 0; i < 16; i++) this.uint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), on a grid of 2^-32. */
  float(): number {
    return this.uint32() / TWO_32;
  }

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** Uniform integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability `p` (clamped to [0, 1]). */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick: no items');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /**
   * One element with probability proportional to its weight. Walks the weights each call:
   * fine for a handful of options; hot paths precompute a `WeightedTable`.
   */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.float() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i]!;
      if (target < 0) return items[i]!;
    }
    // Only reachable through rounding at the very top of the range.
    return items[items.length - 1]!;
  }

  /** Normal deviate (Marsaglia's polar method: needs `ln` and the exactly rounded `sqrt`). */
  normal(mean = 0, sd = 1): number {
    if (this.#spareNormal !== undefined) {
      const spare = this.#spareNormal;
      this.#spareNormal = undefined;
      return mean + sd * spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.float() - 1;
      v = 2 * this.float() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * ln(s)) / s);
    this.#spareNormal = v * factor;
    return mean + sd * u * factor;
  }

  /** Log-normal with the given median and log-scale spread: `median · e^(sigma·Z)`. */
  lognormal(median: number, sigma: number): number {
    return median * exp(sigma * this.normal());
  }

  /** Exponential with the given mean (waiting time of a Poisson process). */
  exponential(mean: number): number {
    // 1 − float() is in (0, 1], so the logarithm is finite.
    return -mean * ln(1 - this.float());
  }

  /** Number of successes before the first failure when each continues with probability `p`. */
  geometric(p: number): number {
    let n = 0;
    while (n < 1000 && this.float() < p) n++;
    return n;
  }
}

/** A generator for `seed`, optionally on a named independent stream. */
export function createPrng(seed: number, stream = ''): Prng {
  return new Prng(seed, stream);
}

/** Avalanche mix of 32 bits (the MurmurHash3 finaliser), so nearby seeds give unrelated states. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units: turns a stream label into 32 bits. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
