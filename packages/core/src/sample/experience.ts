import type { Channel } from '../schema/enums.js';
import type { Ticket } from '../schema/ticket.js';
import { ln } from './deterministic-math.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** First-reply wait a customer finds normal on each channel; waiting past it starts to hurt. */
const EXPECTED_REPLY_HOURS: Record<Channel, number> = {
  phone: 0.05,
  chat: 0.1,
  whatsapp: 0.5,
  social: 2,
  web: 8,
  email: 8,
  api: 8,
  other: 8,
};

/**
 * How much a ticket cost its customer, from 0 (quick, one touch) upwards: slow replies, long
 * resolutions, reopens, escalations, many touches and having had to complain. Survey scores
 * and applause are drawn from it, so the KPIs move with service quality as they should.
 */
export function ticketPain(ticket: Ticket): number {
  let pain = 0;
  if (ticket.firstResponseAt != null) {
    const waitHours = (ticket.firstResponseAt - ticket.createdAt) / HOUR_MS;
    pain += 0.45 * ln(1 + waitHours / EXPECTED_REPLY_HOURS[ticket.channel ?? 'other']);
  }
  const resolvedAt = ticket.fullyResolvedAt ?? ticket.resolvedAt;
  if (resolvedAt != null) pain += 0.35 * ln(1 + (resolvedAt - ticket.createdAt) / DAY_MS);
  pain += 0.9 * (ticket.reopens ?? 0);
  if (ticket.escalated) pain += 0.35;
  if (ticket.isComplaint) pain += 1.1;
  pain += 0.12 * Math.max(0, (ticket.agentTouches ?? 1) - 2);
  return pain;
}
