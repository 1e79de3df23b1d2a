import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TableroValidationError,
  churnSeries,
  createChurnSeriesAccumulator,
  runBatch,
  runLenientBatch,
  type CustomerInput,
} from '../../src/index.js';

const T0 = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;
const OPTIONS = { from: T0, to: T0 + 365 * DAY, every: 'month' as const, asOf: T0 + 400 * DAY };

// Customers, some of them unusable (no activeFrom, an end before the start, not an object).
const arbCustomer: fc.Arbitrary<CustomerInput> = fc.oneof(
  fc
    .record({
      i: fc.nat(),
      from: fc.integer({ min: -100, max: 400 }),
      length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    })
    .map(({ i, from, length }) => ({
      id: `C${i}`,
      activeFrom: T0 + from * DAY,
      ...(length === undefined ? {} : { activeTo: T0 + (from + length) * DAY }),
    })),
  fc.constant({ id: 'no-start' } as unknown as CustomerInput),
  fc.constant({ id: 'backwards', activeFrom: T0 + DAY, activeTo: T0 } as CustomerInput),
  fc.constant(null as unknown as CustomerInput),
);

describe('runLenientBatch: lenient mode without the strict machinery (DESIGN.md: bad input)', () => {
  it('gives what runBatch gives in lenient mode, rejected records and all', () => {
    fc.assert(
      fc.property(fc.array(arbCustomer, { maxLength: 40 }), (customers) => {
        const lenient = runLenientBatch(createChurnSeriesAccumulator(OPTIONS), customers);
        expect(lenient).toEqual(
          runBatch(createChurnSeriesAccumulator(OPTIONS), customers, 'lenient'),
        );
        expect(lenient).toEqual(churnSeries(customers, { ...OPTIONS, mode: 'lenient' }));
        const bad = customers.filter(
          (c) => !c || c.activeFrom === undefined || (c.activeTo ?? Infinity) < c.activeFrom,
        );
        expect(lenient.rejected).toHaveLength(bad.length);
      }),
      { numRuns: 100 },
    );
  });

  it('names each rejected record by index and id, and keeps the valid ones next to it', () => {
    const customers: CustomerInput[] = [
      { id: 'A', activeFrom: T0 },
      { id: 'B', activeFrom: T0 + DAY, activeTo: T0 },
      { id: 'C', activeFrom: T0, activeTo: T0 + 40 * DAY },
    ];
    const result = runLenientBatch(createChurnSeriesAccumulator(OPTIONS), customers);
    expect(result.n).toBe(2);
    expect(result.points[0]).toMatchObject({ label: '2025-01', start: 2, lost: 0 });
    expect(result.rejected).toEqual([
      {
        index: 1,
        id: 'B',
        record: customers[1],
        issues: [
          { index: 1, id: 'B', path: ['activeTo'], message: 'activeTo is before activeFrom' },
        ],
      },
    ]);
  });

  it('runBatch in strict mode still stops at the first bad record, naming it', () => {
    const customers: CustomerInput[] = [
      { id: 'A', activeFrom: T0 },
      { id: 'B', activeFrom: 'yesterday' },
      { id: 'C', activeFrom: 'never' },
    ];
    const run = () => runBatch(createChurnSeriesAccumulator(OPTIONS), customers);
    expect(run).toThrow(TableroValidationError);
    expect(run).toThrow(/^churnSeries: record 1 \(id "B"\) field "activeFrom": "yesterday"/);
    expect(run).not.toThrow(/never/);
  });
});
