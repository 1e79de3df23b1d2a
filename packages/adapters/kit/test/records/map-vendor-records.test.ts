import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CheckpointError,
  MappingError,
  checkpointFormat,
  mapVendorRecords,
  uniqueRecords,
} from '../../src/index.js';

const Vendor = z.looseObject({
  id: z.number(),
  created: z.iso.datetime({ offset: true }),
  state: z.enum(['open', 'done']),
  nested: z.object({ n: z.number() }).optional(),
});

const map = (v: z.infer<typeof Vendor>) => {
  if (v.id === 99) throw new MappingError(['state'], 'unknown-status', 'state cannot be mapped');
  return {
    kind: 'ticket' as const,
    record: {
      id: String(v.id),
      createdAt: v.created,
      status: v.state === 'done' ? ('solved' as const) : ('open' as const),
      ...(v.id === 7 ? { reopens: -1 } : {}),
    },
  };
};

describe('mapVendorRecords (BRIEF: bad input names the record and field; valid data next to it is kept)', () => {
  const items = [
    { id: 1, created: '2026-03-02T08:00:00Z', state: 'open', extra: 'kept by looseObject' },
    { id: 2, created: 'yesterday', state: 'open' },
    { id: 3, created: '2026-03-02T09:00:00Z', state: 'done', nested: { n: 'x' } },
    { id: 7, created: '2026-03-02T10:00:00Z', state: 'open' },
    { id: 99, created: '2026-03-02T10:00:00Z', state: 'open' },
    'not an object',
    { id: 4, created: '2026-03-02T11:00:00Z', state: 'done' },
  ];
  const { records, rejected } = mapVendorRecords(items, { schema: Vendor, map, noun: 'ticket' });

  it('keeps every valid record, parsed by the core schema (instants in epoch ms)', () => {
    expect(records.map((r) => r.record.id)).toEqual(['1', '4']);
    expect(records[0]).toEqual({
      kind: 'ticket',
      record: { id: '1', createdAt: Date.UTC(2026, 2, 2, 8), status: 'open' },
    });
  });

  it('rejects the vendor-shape errors with id and field path', () => {
    expect(rejected[0]).toMatchObject({
      where: 'ticket 2',
      id: 2,
      path: ['created'],
      reason: 'invalid-vendor-record',
    });
    expect(rejected[0]!.message).toMatch(/^ticket 2: created: /);
    expect(rejected[1]).toMatchObject({
      where: 'ticket 3',
      path: ['nested', 'n'],
      reason: 'invalid-vendor-record',
    });
  });

  it('rejects core-schema errors with the core path', () => {
    expect(rejected[2]).toMatchObject({
      where: 'ticket 7',
      id: 7,
      path: ['ticket', 'reopens'],
      reason: 'invalid-core-record',
    });
  });

  it('turns MappingError into a rejection with its own reason', () => {
    expect(rejected[3]).toMatchObject({
      where: 'ticket 99',
      path: ['state'],
      reason: 'unknown-status',
      message: 'ticket 99: state: state cannot be mapped',
    });
  });

  it('names an item without id by its index', () => {
    expect(rejected[4]).toMatchObject({ where: 'ticket at index 5', path: [] });
    expect(rejected[4]).not.toHaveProperty('id');
  });

  it('accounts for every item: records + rejections = input', () => {
    expect(records.length + rejected.length).toBe(items.length);
  });

  it('rethrows errors that are not MappingError (a bug is not a bad record)', () => {
    expect(() =>
      mapVendorRecords([{ id: 1, created: '2026-03-02T08:00:00Z', state: 'open' }], {
        schema: Vendor,
        noun: 'ticket',
        map: () => {
          throw new TypeError('bug');
        },
      }),
    ).toThrow('bug');
  });
});

describe('uniqueRecords', () => {
  it('lets each kind + id through once', () => {
    const unique = uniqueRecords();
    const t = (id: string) => ({
      kind: 'ticket' as const,
      record: { id, createdAt: 0, status: 'open' as const },
    });
    expect(unique([t('1'), t('2')]).map((r) => r.record.id)).toEqual(['1', '2']);
    expect(unique([t('2'), t('3'), t('3')]).map((r) => r.record.id)).toEqual(['3']);
  });
});

describe('checkpointFormat', () => {
  const format = checkpointFormat({
    adapter: 'acme',
    version: 2,
    state: z.strictObject({ cursor: z.string() }),
  });

  it('round-trips through JSON', () => {
    const cp = format.create({ cursor: 'abc' });
    expect(cp).toEqual({ adapter: 'acme', version: 2, cursor: 'abc' });
    expect(format.read(JSON.parse(JSON.stringify(cp)))).toEqual({ cursor: 'abc' });
    expect(format.read(undefined)).toBeUndefined();
  });

  it('refuses another adapter, another version, or a damaged state, saying which', () => {
    expect(() => format.read({ adapter: 'csv', version: 2 })).toThrow(
      /belongs to the "csv" adapter, not "acme"/,
    );
    expect(() => format.read({ adapter: 'acme', version: 1, cursor: 'a' })).toThrow(
      /version 1 is not 2/,
    );
    expect(() => format.read({ adapter: 'acme', version: 2, cursor: 5 })).toThrow(CheckpointError);
    expect(() => format.read({ adapter: 'acme', version: 2, cursor: 5 })).toThrow(
      /damaged at cursor/,
    );
  });
});
