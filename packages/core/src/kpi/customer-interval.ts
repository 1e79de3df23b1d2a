import { InvalidFieldError } from '../errors.js';
import type { CustomerInput } from '../schema/customer.js';
import { readInstant, readOptionalInstant } from '../time/instant.js';

/** A customer's activity `[from, to)` in epoch ms; `to` is Infinity while still active. */
export interface ActiveSpan {
  from: number;
  to: number;
}

export function readActiveSpan(customer: CustomerInput): ActiveSpan {
  if (customer === null || typeof customer !== 'object') {
    throw new InvalidFieldError([], 'expected a Customer record');
  }
  const from = readInstant(customer.activeFrom, ['activeFrom']);
  const to = readOptionalInstant(customer.activeTo, ['activeTo']) ?? Infinity;
  if (to < from) throw new InvalidFieldError(['activeTo'], 'activeTo is before activeFrom');
  return { from, to };
}

/** Active at instant `t`: `activeFrom ≤ t < activeTo`. */
export const activeAt = (span: ActiveSpan, t: number): boolean => span.from <= t && t < span.to;
