import { describe, expect, it } from 'vitest';
import { checkPair } from './check-pair.js';

describe('checkPair (issue 3: a bad attribute shows the invalid state and names the attribute)', () => {
  it('names the missing half of a pair', () => {
    expect(checkPair('interval-low', 3, 'interval-high', undefined)).toEqual({
      attribute: 'interval-high',
      message: 'interval-low and interval-high go together: give both or neither',
    });
    expect(checkPair('previous-positive', undefined, 'previous-n', 10)?.attribute).toBe(
      'previous-positive',
    );
  });

  it('accepts both or neither', () => {
    expect(checkPair('a', 1, 'b', 2)).toBeNull();
    expect(checkPair('a', undefined, 'b', undefined)).toBeNull();
  });
});
