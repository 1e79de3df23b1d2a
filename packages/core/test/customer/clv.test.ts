import { describe, expect, it } from 'vitest';
import { clv, clvFromOrders } from '../../src/index.js';

const YEAR_DAYS = 365.2425;

describe('KPI-SPEC §CLV — Customer Lifetime Value', () => {
  it('AOV × frequency × lifespan in one unit: one order every 3 months is 4 a year', () => {
    expect(clv({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3 })).toMatchObject({
      kpi: 'clv',
      value: 600,
    });
  });

  it('refuses negative or missing figures, naming them', () => {
    expect(() => clv({ averageOrderValue: 50, purchaseFrequency: -1, lifespan: 3 })).toThrow(
      /purchaseFrequency/,
    );
    expect(() => clv({ averageOrderValue: 50, purchaseFrequency: 4 } as never)).toThrow(/lifespan/);
  });

  const orders = [
    { id: 'o1', customerId: 'a', orderedAt: '2026-01-10T10:00:00Z', amount: 100, currency: 'EUR' },
    { id: 'o2', customerId: 'a', orderedAt: '2026-05-10T10:00:00Z', amount: 50, currency: 'EUR' },
    { id: 'o3', customerId: 'a', orderedAt: '2026-09-10T10:00:00Z', amount: 30, currency: 'EUR' },
    { id: 'o4', customerId: 'b', orderedAt: '2026-11-10T10:00:00Z', amount: 20, currency: 'EUR' },
  ];
  const year2026 = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

  it('from orders: AOV = revenue / orders, frequency = orders per customer per year', () => {
    const r = clvFromOrders(orders, { period: year2026, lifespan: 3 });
    // AOV = 200 / 4 = 50; 2026 has 365 days = 365 / 365.2425 years; frequency = 4 / 2 / that
    const frequency = 2 / (365 / YEAR_DAYS);
    expect(r).toMatchObject({
      averageOrderValue: 50,
      orders: 4,
      customers: 2,
      revenue: 200,
      currency: 'EUR',
    });
    expect(r.purchaseFrequency).toBeCloseTo(frequency, 12);
    expect(r.value).toBeCloseTo(50 * frequency * 3, 9);
  });

  it('estimates lifespan as 1 / churn rate in the same unit', () => {
    const r = clvFromOrders(orders, { period: year2026, churnRate: 25 }); // 25% a year → 4 years
    expect(r.lifespan).toBe(4);
    expect(r.value).toBeCloseTo(50 * (2 / (365 / YEAR_DAYS)) * 4, 9);
  });

  it('keeps value null rather than inventing a lifespan', () => {
    const r = clvFromOrders(orders, { period: year2026 });
    expect(r.value).toBeNull();
    expect(r.averageOrderValue).toBe(50);
  });

  it('measures frequency per month when asked', () => {
    const r = clvFromOrders(orders, { period: year2026, unit: 'month', lifespan: 36 });
    expect(r.purchaseFrequency).toBeCloseTo(2 / ((365 * 12) / YEAR_DAYS), 12);
    expect(r.value).toBeCloseTo(clvFromOrders(orders, { period: year2026, lifespan: 3 }).value!, 9);
  });

  it('refuses mixing currencies, naming the order', () => {
    const mixed = [
      ...orders,
      { id: 'o5', customerId: 'b', orderedAt: '2026-12-01T00:00:00Z', amount: 9, currency: 'USD' },
    ];
    expect(() => clvFromOrders(mixed, { lifespan: 1 })).toThrow(
      /record 4 \(id "o5"\) field "currency"/,
    );
    expect(clvFromOrders(mixed, { lifespan: 1, currency: 'USD', mode: 'lenient' })).toMatchObject({
      orders: 1,
      revenue: 9,
    });
  });

  it('empty input → value null', () => {
    expect(clvFromOrders([], { lifespan: 2 })).toMatchObject({
      value: null,
      n: 0,
      averageOrderValue: null,
    });
  });
});
