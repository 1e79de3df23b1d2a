import { describe, expect, it } from 'vitest';
import { TableroValidationError, supportRevenue, type TicketInput } from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

const sale = (
  id: string,
  conversion: TicketInput['conversion'],
  createdAt = '2026-03-04T10:00:00Z',
): TicketInput => ticket(id, createdAt, { conversion });

describe('KPI-SPEC §Rates on tickets — Revenue through support: sum of conversion amounts, per currency (001 §13)', () => {
  const tickets = (): TicketInput[] => [
    sale('e1', { converted: true, amount: 100, currency: 'EUR' }),
    sale('e2', { converted: true, amount: 49.5, currency: 'EUR' }),
    sale('u1', { converted: true, amount: 20, currency: 'USD' }),
    sale('na', { converted: true }), // converted, amount not recorded
    sale('no', { converted: false, amount: 999, currency: 'EUR' }), // not converted → ignored
    ticket('plain', '2026-03-04T10:00:00Z'),
    sale('feb', { converted: true, amount: 1000, currency: 'EUR' }, '2026-02-20T10:00:00Z'),
  ];

  it('sums per currency; no single value across currencies', () => {
    const result = supportRevenue(tickets(), { period: MARCH_2026_UTC });
    // EUR: 100 + 49.5 = 149.5 over 2 conversions; USD: 20 over 1.
    expect(result.kpi).toBe('supportRevenue');
    expect(result.byCurrency).toHaveLength(2);
    expect(result.byCurrency[0]!.currency).toBe('EUR');
    expect(result.byCurrency[0]!.amount).toBeCloseTo(149.5, 9);
    expect(result.byCurrency[0]!.conversions).toBe(2);
    expect(result.byCurrency[1]).toEqual({ currency: 'USD', amount: 20, conversions: 1 });
    expect(result.value).toBeNull();
    expect(result.currency).toBeNull();
    expect(result.n).toBe(3);
    expect(result.withoutAmount).toBe(1);
  });

  it('one currency: the value is its sum', () => {
    const result = supportRevenue(tickets().filter((t) => t.id !== 'u1'));
    // No period: EUR 100 + 49.5 + 1000 (feb) = 1149.5 over 3.
    expect(result.currency).toBe('EUR');
    expect(result.value).toBeCloseTo(1149.5, 9);
    expect(result.n).toBe(3);
  });

  it('adds cents without drift beyond toBeCloseTo (0.10 + 0.20 = 0.30)', () => {
    const result = supportRevenue([
      sale('a', { converted: true, amount: 0.1, currency: 'EUR' }),
      sale('b', { converted: true, amount: 0.2, currency: 'EUR' }),
    ]);
    expect(result.value).toBeCloseTo(0.3, 9);
  });

  it('empty input: value null, n 0 (KPI-SPEC §Ground rules)', () => {
    const result = supportRevenue([]);
    expect(result.n).toBe(0);
    expect(result.byCurrency).toEqual([]);
    // "Empty input is not an error. `value: null`, `n: 0`."
    expect(result.value).toBeNull();
  });

  it('a non-boolean `converted` is invalid, not a sale ("false" is a string)', () => {
    const input = [
      sale('ok', { converted: true, amount: 10, currency: 'EUR' }),
      bad({
        ...sale('str', undefined),
        conversion: { converted: 'false', amount: 500, currency: 'EUR' },
      }),
    ];
    // conversionRate refuses it with the path conversion.converted; revenue must not add 500 EUR.
    expect(() => supportRevenue(input)).toThrow(
      /record 1 \(id "str"\) field "conversion\.converted"/,
    );
    const result = supportRevenue(input, { mode: 'lenient' });
    expect(result.value).toBe(10);
    expect(result.rejected).toMatchObject([
      { index: 1, id: 'str', issues: [{ path: ['conversion', 'converted'] }] },
    ]);
  });

  it('strict and lenient on a negative amount and on an amount without currency', () => {
    const input = [
      sale('ok', { converted: true, amount: 10, currency: 'EUR' }),
      bad({
        ...sale('neg', undefined),
        conversion: { converted: true, amount: -5, currency: 'EUR' },
      }),
      sale('nocur', { converted: true, amount: 7 }),
    ];
    expect(() => supportRevenue(input)).toThrow(TableroValidationError);
    expect(() => supportRevenue(input)).toThrow(/record 1 \(id "neg"\) field "conversion\.amount"/);
    const result = supportRevenue(input, { mode: 'lenient' });
    expect(result.value).toBe(10);
    expect(result.n).toBe(1);
    expect(result.rejected).toMatchObject([
      { index: 1, id: 'neg', issues: [{ path: ['conversion', 'amount'] }] },
      { index: 2, id: 'nocur', issues: [{ path: ['conversion', 'currency'] }] },
    ]);
  });
});
