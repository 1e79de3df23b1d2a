/**
 * Records sorted by an instant, stable (ties keep their input order).
 *
 * A million survey answers sorted with `Array.prototype.sort` and a comparator take about half
 * a second. Instants spread over a range sort in linear time instead: drop each into one of
 * `n` equal-width buckets, then order the few records that share a bucket. Buckets that end up
 * crowded (clustered instants) fall back to the built-in sort, so the worst case stays
 * O(n log n).
 */
export function sortByInstant<T>(items: readonly T[], instantOf: (item: T) => number): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const key = instantOf(items[i]!);
    if (Number.isNaN(key)) throw new RangeError('sortByInstant: an instant is NaN');
    keys[i] = key;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  if (!(max > min) || !Number.isFinite(max - min)) {
    return n < 2 || max === min
      ? items.slice()
      : stableSortRange(items.slice(), keys.slice(), 0, n);
  }

  const scale = (n - 1) / (max - min);
  const bucketOf = new Uint32Array(n);
  const next = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const bucket = Math.floor((keys[i]! - min) * scale);
    bucketOf[i] = bucket;
    next[bucket + 1]! += 1;
  }
  for (let b = 0; b < n; b++) next[b + 1]! += next[b]!;
  const bucketEnd = next.slice(1);
  const sorted = new Array<T>(n);
  const sortedKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[bucketOf[i]!]!++;
    sorted[at] = items[i]!;
    sortedKeys[at] = keys[i]!;
  }
  let start = 0;
  for (let b = 0; b < n; b++) {
    const end = bucketEnd[b]!;
    if (end - start > 1) stableSortRange(sorted, sortedKeys, start, end);
    start = end;
  }
  return sorted;
}

/** Sorts `items[start, end)` by `keys` in place, stable; insertion sort for the usual few. */
function stableSortRange<T>(items: T[], keys: Float64Array, start: number, end: number): T[] {
  if (end - start <= 32) {
    for (let i = start + 1; i < end; i++) {
      const item = items[i]!;
      const key = keys[i]!;
      let j = i - 1;
      while (j >= start && keys[j]! > key) {
        items[j + 1] = items[j]!;
        keys[j + 1] = keys[j]!;
        j--;
      }
      items[j + 1] = item;
      keys[j + 1] = key;
    }
    return items;
  }
  const order = Array.from({ length: end - start }, (_, k) => start + k);
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const slice = order.map((i) => items[i]!);
  const sliceKeys = order.map((i) => keys[i]!);
  for (let k = 0; k < slice.length; k++) {
    items[start + k] = slice[k]!;
    keys[start + k] = sliceKeys[k]!;
  }
  return items;
}
