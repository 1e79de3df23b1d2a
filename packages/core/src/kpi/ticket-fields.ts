import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import { readInstant, readOptionalInstant } from '../time/instant.js';

/** The ticket timestamps a KPI can anchor a period on. */
export const TICKET_INSTANT_FIELDS = [
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'fullyResolvedAt',
  'closedAt',
] as const;
export type TicketInstantField = (typeof TICKET_INSTANT_FIELDS)[number];

export function assertTicket(ticket: unknown): asserts ticket is TicketInput {
  if (ticket === null || typeof ticket !== 'object') {
    throw new InvalidFieldError(
      [],
      `expected a Ticket record, got ${ticket === null ? 'null' : typeof ticket}`,
    );
  }
}

/** A timestamp of the ticket in epoch ms; `createdAt` is required, the others may be absent. */
export function ticketInstant(ticket: TicketInput, field: TicketInstantField): number | undefined {
  return field === 'createdAt'
    ? readInstant(ticket.createdAt, ['createdAt'])
    : readOptionalInstant(ticket[field], [field]);
}

/** A boolean flag, or `undefined` when the source did not say (unknown is not `false`). */
export function readFlag(
  ticket: TicketInput,
  field: 'escalated' | 'isComplaint' | 'isApplause',
): boolean | undefined {
  const value = ticket[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    throw new InvalidFieldError([field], `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

/** A count ≥ 0 (agent touches, reopens), or `undefined` when absent. */
export function readCount(
  ticket: TicketInput,
  field: 'agentTouches' | 'reopens',
): number | undefined {
  const value = ticket[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidFieldError(
      [field],
      `expected a whole number ≥ 0, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
