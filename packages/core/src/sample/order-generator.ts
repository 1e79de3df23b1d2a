import type { Order } from '../schema/order.js';
import type { CustomerBook } from './customer-generator.js';
import type { Prng } from './prng.js';
import type { SamplePlan, SampleSegment } from './sample-vocabulary.js';

const DAY_MS = 86_400_000;
const MONTH_MS = 30.436875 * DAY_MS;

/** Orders a month while active: consumers buy now and then, companies restock often. */
const ORDERS_PER_MONTH: Record<SampleSegment, number> = {
  particular: 0.5,
  pyme: 1.2,
  enterprise: 2.5,
};
const MEDIAN_AMOUNT_EUR: Record<SampleSegment, number> = {
  particular: 45,
  pyme: 220,
  enterprise: 1800,
};
const PLAN_SPEND: Record<SamplePlan, number> = { Básico: 0.8, Profesional: 1, Empresa: 1.3 };

/**
 * Orders of every customer while active inside `[from, to)` (a Poisson process per customer
 * with its own rate), sorted by `orderedAt`. Enough for CLV: average order value, purchase
 * frequency and, with the customers' intervals, lifespan.
 */
export function generateOrders(
  book: CustomerBook,
  range: { from: number; to: number },
  prng: Prng,
): Order[] {
  const orders: Omit<Order, 'id'>[] = [];
  book.customers.forEach((customer, i) => {
    const segment = book.segment[i]!;
    const start = Math.max(book.activeFrom[i]!, range.from);
    const end = Math.min(book.activeTo[i]!, range.to);
    const meanGap = MONTH_MS / (ORDERS_PER_MONTH[segment] * prng.lognormal(1, 0.4));
    const spend =
      MEDIAN_AMOUNT_EUR[segment] *
      PLAN_SPEND[(customer.plan ?? 'Profesional') as SamplePlan] *
      prng.lognormal(1, 0.3);
    // A new customer places the first order on the day they sign up.
    let at =
      book.activeFrom[i]! >= range.from
        ? start + prng.between(0, DAY_MS / 2)
        : start + prng.exponential(meanGap);
    while (at < end) {
      orders.push({
        customerId: customer.id,
        orderedAt: Math.max(start, Math.floor(at / 1000) * 1000),
        amount: Math.round(prng.lognormal(spend, 0.6) * 100) / 100,
        currency: 'EUR',
      });
      at += prng.exponential(meanGap);
    }
  });
  orders.sort((a, b) => a.orderedAt - b.orderedAt);
  const width = Math.max(6, String(orders.length).length);
  return orders.map((order, i) => ({ id: `O-${String(i + 1).padStart(width, '0')}`, ...order }));
}
