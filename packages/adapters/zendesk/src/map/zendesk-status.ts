import type { TicketStatus } from '@tablero/core';
import type {
  ZendeskCustomStatus,
  ZendeskStatusCategory,
} from '../schema/zendesk-custom-status.js';
import type { ZendeskTicketStatus } from '../schema/zendesk-ticket.js';

/** Zendesk's `hold` is the core's `on_hold` (HELPDESK-APIS §4.1). */
const BY_CATEGORY: Readonly<Record<ZendeskStatusCategory, TicketStatus>> = {
  new: 'new',
  open: 'open',
  pending: 'pending',
  hold: 'on_hold',
  solved: 'solved',
};

/**
 * The core status of a live (not deleted) ticket. A custom status decides through its category;
 * `closed` wins because "Closed belongs to the solved category" and is the only way to tell a
 * closed ticket from a solved one.
 */
export function zendeskStatus(
  status: Exclude<ZendeskTicketStatus, 'deleted'>,
  customStatus?: ZendeskCustomStatus,
): TicketStatus {
  if (status === 'closed') return 'closed';
  if (customStatus) return BY_CATEGORY[customStatus.status_category];
  return BY_CATEGORY[status];
}
