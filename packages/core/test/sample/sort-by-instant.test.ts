import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByInstant } from '../../src/sample/sort-by-instant.js';

interface Item {
  at: number;
  position: number;
}

/** The reference: the built-in sort, stable since ES2019. */
const reference = (items: Item[]): Item[] => [...items].sort((a, b) => a.at - b.at);
const label = (instants: number[]): Item[] => instants.map((at, position) => ({ at, position }));

describe('sortByInstant', () => {
  it('equals the built-in stable sort on arbitrary instants, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 300 }), (instants) => {
        const items = label(instants);
        expect(sortByInstant(items, (i) => i.at)).toEqual(reference(items));
      }),
    );
  });

  it('equals it on clustered instants that crowd a few buckets, and on extreme spreads', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 50 }),
            fc.constant(1.7e12),
            fc.double({ min: -1e300, max: 1e300, noNaN: true }),
          ),
          {
            maxLength: 400,
          },
        ),
        (instants) => {
          const items = label(instants);
          expect(sortByInstant(items, (i) => i.at)).toEqual(reference(items));
        },
      ),
    );
    // One far outlier squeezes everything else into the first bucket.
    const crowded = label([...Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000), 1e15]);
    expect(sortByInstant(crowded, (i) => i.at)).toEqual(reference(crowded));
  });

  it('leaves its input untouched and handles empty, single and all-equal inputs', () => {
    const items = label([3, 1, 2]);
    const copy = [...items];
    sortByInstant(items, (i) => i.at);
    expect(items).toEqual(copy);
    expect(sortByInstant([], (i: Item) => i.at)).toEqual([]);
    expect(sortByInstant(label([5]), (i) => i.at)).toEqual(label([5]));
    const same = label([4, 4, 4, 4]);
    expect(sortByInstant(same, (i) => i.at)).toEqual(same);
    expect(() => sortByInstant(label([1, Number.NaN]), (i) => i.at)).toThrow(RangeError);
  });
});
