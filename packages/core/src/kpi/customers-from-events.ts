import { TableroValidationError, type RecordIssue } from '../errors.js';
import type { Customer, SubscriptionEventInput } from '../schema/customer.js';
import { tryEpochMs } from '../time/instant.js';

/**
 * Customer activity spans from `start`/`cancel` events (KPI-SPEC §Churn, "subscription events").
 * Events are taken in time order per customer: a `start` opens a span (a second `start` while
 * open is ignored as a renewal), a `cancel` closes it (a `cancel` with nothing open is an error,
 * because it means events are missing). A customer who comes back gets a second span.
 */
export function customersFromEvents(events: readonly SubscriptionEventInput[]): Customer[] {
  const issues: RecordIssue[] = [];
  const byCustomer = new Map<string, { at: number; type: 'start' | 'cancel'; index: number }[]>();
  events.forEach((event, index) => {
    const at = tryEpochMs(event.at);
    if (at === undefined) {
      issues.push({ index, path: ['at'], message: 'not an instant' });
      return;
    }
    if (event.type !== 'start' && event.type !== 'cancel') {
      issues.push({
        index,
        path: ['type'],
        message: `expected "start" or "cancel", got ${JSON.stringify(event.type)}`,
      });
      return;
    }
    const list = byCustomer.get(event.customerId) ?? [];
    list.push({ at, type: event.type, index });
    byCustomer.set(event.customerId, list);
  });
  const customers: Customer[] = [];
  for (const [id, list] of byCustomer) {
    list.sort((a, b) => a.at - b.at || (a.type === 'start' ? -1 : 1));
    let openedAt: number | null = null;
    for (const event of list) {
      if (event.type === 'start') {
        openedAt ??= event.at;
      } else if (openedAt === null) {
        issues.push({
          index: event.index,
          path: ['type'],
          message: `cancel for customer ${id} with no open subscription`,
        });
      } else {
        customers.push({ id, activeFrom: openedAt, activeTo: event.at });
        openedAt = null;
      }
    }
    if (openedAt !== null) customers.push({ id, activeFrom: openedAt, activeTo: null });
  }
  if (issues.length) throw new TableroValidationError('customersFromEvents', issues);
  return customers;
}
