import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEach } from '../../src/index.js';

const Group = z.looseObject({ id: z.number(), name: z.string() });

describe('parseEach (BRIEF: bad input names the record and field; valid data next to it is kept)', () => {
  const items = [
    { id: 1, name: 'Tier 1' },
    { id: 2, name: 42 },
    { name: null, extra: true },
    'not an object',
    { id: 3, name: 'Billing' },
  ];
  const { records, rejected } = parseEach(Group, items, 'group');

  it('keeps every valid item, with unknown fields passed through', () => {
    expect(records).toEqual([
      { id: 1, name: 'Tier 1' },
      { id: 3, name: 'Billing' },
    ]);
  });

  it('rejects a bad item by its id and first field at fault', () => {
    expect(rejected[0]).toEqual({
      where: 'group 2',
      id: 2,
      path: ['name'],
      reason: 'invalid-vendor-record',
      message: expect.stringMatching(/^group 2: name: /),
    });
  });

  it('names an item without an id by its index and lists every issue', () => {
    expect(rejected[1]).toMatchObject({ where: 'group at index 2', path: ['id'] });
    expect(rejected[1]).not.toHaveProperty('id');
    expect(rejected[1]!.message).toMatch(/^group at index 2: id: .*; name: /);
    expect(rejected[2]).toMatchObject({ where: 'group at index 3', path: [] });
    expect(rejected[2]!.message).toMatch(/^group at index 3: \(record\): /);
  });

  it('accounts for every item: kept plus rejected equals input', () => {
    expect(records.length + rejected.length).toBe(items.length);
  });
});
