import type { TicketStatus } from '@tablero/core';
import { FRESHDESK_STATUS_NAMES } from '../schema/freshdesk-codes.js';

/** Freshdesk has no "new": a fresh ticket is Open (HELPDESK-APIS §4.1). */
const BY_NAME: Readonly<Record<string, TicketStatus>> = {
  Open: 'open',
  Pending: 'pending',
  Resolved: 'solved',
  Closed: 'closed',
};

/** An account's custom status (code ≥ 6) as `/ticket_fields` names it, and what it means. */
export interface FreshdeskCustomStatus {
  label: string;
  /** Default `open`: a custom status is one of the account's open states. */
  status?: TicketStatus;
}

/**
 * The core status and the name of a Freshdesk status code. Custom statuses map through the
 * account's table, `open` when absent from it; the code itself is always kept by the caller.
 */
export function freshdeskStatus(
  code: number,
  custom?: ReadonlyMap<number, FreshdeskCustomStatus>,
): { status: TicketStatus; name: string | undefined } {
  const name = (FRESHDESK_STATUS_NAMES as Record<number, string>)[code];
  if (name !== undefined) return { status: BY_NAME[name]!, name };
  const known = custom?.get(code);
  return { status: known?.status ?? 'open', name: known?.label };
}
