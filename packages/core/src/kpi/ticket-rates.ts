import { InvalidFieldError } from '../errors.js';
import { readCount, readFlag } from './ticket-fields.js';
import { ticketRate } from './ticket-rate.js';

/** First contact resolution (001 §7, 004 §9): resolved with ≤ 1 agent touch, not escalated, not reopened. */
const fcr = ticketRate({
  kpi: 'firstContactResolution',
  base: 'resolved',
  hit(ticket) {
    const touches = readCount(ticket, 'agentTouches');
    const escalated = readFlag(ticket, 'escalated');
    const reopens = readCount(ticket, 'reopens');
    // Any one known failure decides; success needs all three known.
    if (
      (touches !== undefined && touches > 1) ||
      escalated === true ||
      (reopens !== undefined && reopens > 0)
    )
      return false;
    if (touches === undefined || escalated === undefined || reopens === undefined) return undefined;
    return true;
  },
});
export const firstContactResolution = fcr.batch;
export const createFirstContactResolutionAccumulator = fcr.create;

/** Escalation rate (seed 003): escalated ÷ tickets created in the period. */
const escalation = ticketRate({
  kpi: 'escalationRate',
  base: 'created',
  hit: (t) => readFlag(t, 'escalated'),
});
export const escalationRate = escalation.batch;
export const createEscalationRateAccumulator = escalation.create;

/** Reopen rate: tickets reopened at least once ÷ tickets resolved in the period. */
const reopen = ticketRate({
  kpi: 'reopenRate',
  base: 'resolved',
  hit: (t) => {
    const reopens = readCount(t, 'reopens');
    return reopens === undefined ? undefined : reopens > 0;
  },
});
export const reopenRate = reopen.batch;
export const createReopenRateAccumulator = reopen.create;

/** Complaint rate (001 §11): tickets flagged as complaints ÷ tickets created in the period. */
const complaint = ticketRate({
  kpi: 'complaintRate',
  base: 'created',
  hit: (t) => readFlag(t, 'isComplaint'),
});
export const complaintRate = complaint.batch;
export const createComplaintRateAccumulator = complaint.create;

/** Applause rate (001 §5): tickets where the customer thanked or praised ÷ tickets created. */
const applause = ticketRate({
  kpi: 'applauseRate',
  base: 'created',
  hit: (t) => readFlag(t, 'isApplause'),
});
export const applauseRate = applause.batch;
export const createApplauseRateAccumulator = applause.create;

/**
 * Conversion rate (001 §12): tickets with a conversion ÷ tickets created in the period. Unlike
 * the flags, a conversion is an event: a ticket without one had none, so adapters that record
 * only sales still get the right rate.
 */
const conversion = ticketRate({
  kpi: 'conversionRate',
  base: 'created',
  hit(t) {
    if (t.conversion === undefined || t.conversion === null) return false;
    if (typeof t.conversion.converted !== 'boolean') {
      throw new InvalidFieldError(['conversion', 'converted'], 'expected true or false');
    }
    return t.conversion.converted;
  },
});
export const conversionRate = conversion.batch;
export const createConversionRateAccumulator = conversion.create;
