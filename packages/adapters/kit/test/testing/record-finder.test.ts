import { describe, expect, it } from 'vitest';
import { recordFinder } from '../../src/testing/index.js';

describe('recordFinder (a missing record names its id)', () => {
  const find = recordFinder(
    [
      { id: '7', n: 1 },
      { id: '9', n: 2 },
    ],
    'ticket',
  );

  it('finds a record by string or numeric id', () => {
    expect(find('9')).toEqual({ id: '9', n: 2 });
    expect(find(7)).toEqual({ id: '7', n: 1 });
  });

  it('throws naming the record that was not mapped', () => {
    expect(() => find(8)).toThrow('ticket 8 was not mapped');
  });
});
