import { CHANNELS, type Channel, type Priority, type TicketStatus } from '../schema/enums.js';
import type { Ticket } from '../schema/ticket.js';
import { civilFromDays, type ZoneClock } from '../time/zone.js';
import type { ActivePicker } from './active-picker.js';
import type { CustomerBook } from './customer-generator.js';
import type { StaffRoster } from './employee-generator.js';
import { ticketPain } from './experience.js';
import type { Prng } from './prng.js';
import {
  SAMPLE_GROUPS,
  SAMPLE_TOPIC_TAGS,
  type SampleGroup,
  type SampleLanguage,
  type SampleSegment,
  type SampleTier,
} from './sample-vocabulary.js';
import type { ServiceHours } from './service-hours.js';
import { planTimeline } from './ticket-timeline.js';
import { WeightedTable } from './weighted-table.js';

const DAY_MS = 86_400_000;

/** Channel mix while the team is open, in `CHANNELS` order (email chat phone web whatsapp social api other). */
const OPEN_CHANNEL_MIX = [0.3, 0.24, 0.16, 0.11, 0.12, 0.04, 0.03, 0];
/** When closed there is no phone line and chat shows an offline form, so it all arrives in writing. */
const CLOSED_CHANNEL_MIX = [0.45, 0, 0, 0.25, 0.2, 0.07, 0.03, 0];
const GROUP_MIX = [0.55, 0.2, 0.25];
/** Integrations call the API, and the API's users have technical questions. */
const API_GROUP_MIX = [0.1, 0.1, 0.8];
const PRIORITIES_BY_WEIGHT: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const PRIORITY_MIX: Record<SampleSegment, readonly number[]> = {
  particular: [0.25, 0.58, 0.13, 0.04],
  pyme: [0.18, 0.57, 0.19, 0.06],
  enterprise: [0.08, 0.5, 0.28, 0.14],
};
const ESCALATION_CHANCE: Record<SampleGroup, number> = {
  'Soporte general': 0.08,
  Facturación: 0.1,
  Técnico: 0.25,
};
const ESCALATION_BY_PRIORITY: Record<Priority, number> = {
  low: 0.7,
  normal: 1,
  high: 1.2,
  urgent: 1.6,
};
/** Customers about to leave complain more and wait worse (seed 001 §8: retention follows service). */
const CHURN_SIGNAL_MS = 60 * DAY_MS;
const CONVERSION_MEDIAN_EUR: Record<SampleSegment, number> = {
  particular: 60,
  pyme: 240,
  enterprise: 1500,
};

export interface TicketSources {
  clock: ZoneClock;
  hours: ServiceHours;
  book: CustomerBook;
  /** Picks customers in proportion to how many tickets they open. */
  customers: ActivePicker;
  roster: StaffRoster;
  /** The dataset's "now": nothing at or after it has happened yet. */
  to: number;
}

/** Tickets for the sorted creation instants, in that order, seen as they stand at `to`. */
export function generateTickets(
  createdAts: Float64Array,
  sources: TicketSources,
  prng: Prng,
): Ticket[] {
  const openChannels = new WeightedTable(CHANNELS, OPEN_CHANNEL_MIX);
  const closedChannels = new WeightedTable(CHANNELS, CLOSED_CHANNEL_MIX);
  const groups = new WeightedTable(SAMPLE_GROUPS, GROUP_MIX);
  const apiGroups = new WeightedTable(SAMPLE_GROUPS, API_GROUP_MIX);
  const priorities: Record<SampleSegment, WeightedTable<Priority>> = {
    particular: new WeightedTable(PRIORITIES_BY_WEIGHT, PRIORITY_MIX.particular),
    pyme: new WeightedTable(PRIORITIES_BY_WEIGHT, PRIORITY_MIX.pyme),
    enterprise: new WeightedTable(PRIORITIES_BY_WEIGHT, PRIORITY_MIX.enterprise),
  };
  const width = Math.max(6, String(createdAts.length).length);
  const tickets = new Array<Ticket>(createdAts.length);
  const scratchTags: string[] = [];
  for (let i = 0; i < createdAts.length; i++) {
    tickets[i] = generateTicket(`T-${String(i + 1).padStart(width, '0')}`, createdAts[i]!);
  }
  return tickets;

  function generateTicket(id: string, createdAt: number): Ticket {
    const { clock, hours, book, roster, to } = sources;
    const customer = sources.customers.pick(prng, createdAt);
    const segment: SampleSegment = customer < 0 ? 'particular' : book.segment[customer]!;
    const language: SampleLanguage = customer < 0 ? 'es' : book.language[customer]!;
    const leavingSoon = customer >= 0 && book.activeTo[customer]! - createdAt < CHURN_SIGNAL_MS;

    const channel: Channel = (hours.isOpen(createdAt) ? openChannels : closedChannels).pick(prng);
    const group = (channel === 'api' ? apiGroups : groups).pick(prng);
    const priority = priorities[segment].pick(prng);
    const isComplaint = prng.chance(
      0.03 * (group === 'Facturación' ? 1.8 : 1) * (leavingSoon ? 3 : 1),
    );
    const escalated = prng.chance(
      ESCALATION_CHANCE[group] *
        ESCALATION_BY_PRIORITY[priority] *
        (segment === 'enterprise' ? 1.3 : 1),
    );
    const finalTier: SampleTier = !escalated
      ? 'N1'
      : group === 'Técnico' && prng.chance(0.35)
        ? 'N3'
        : 'N2';
    const reopenChance =
      0.07 + (escalated ? 0.05 : 0) + (group === 'Técnico' ? 0.03 : 0) + (isComplaint ? 0.05 : 0);
    const plannedReopens = prng.chance(reopenChance) ? (prng.chance(0.2) ? 2 : 1) : 0;

    const local = clock.localDay(createdAt);
    const weekday = (((local + 3) % 7) + 7) % 7;
    const month = civilFromDays(local).month;
    const load =
      (weekday === 0 ? 1.3 : 1) *
      (month === 8 ? 1.25 : month === 1 || month === 9 ? 1.1 : 1) *
      (leavingSoon ? 1.4 : 1);
    const plan = planTimeline(
      { createdAt, channel, priority, group, escalated, finalTier, reopens: plannedReopens, load },
      hours,
      prng,
    );

    // The snapshot at `to`: only what has happened by then is on the record.
    const answered = plan.firstResponseAt < to;
    const escalatedSoFar = answered && escalated && plan.escalatedAt < to;
    let reopens = 0;
    while (reopens < plan.reopenedAt.length && plan.reopenedAt[reopens]! < to) reopens++;
    const currentResolution = plan.resolutions[reopens]!;
    const resolvedNow = answered && currentResolution < to;
    const firstResolution = plan.resolutions[0]!;
    const closedNow = resolvedNow && reopens === plannedReopens && plan.closedAt < to;
    let status: TicketStatus;
    if (!answered) status = 'new';
    else if (closedNow) status = 'closed';
    else if (resolvedNow) status = 'solved';
    else if (escalatedSoFar) status = prng.chance(0.3) ? 'on_hold' : 'open';
    else status = prng.chance(0.4) ? 'pending' : 'open';

    const assignee = escalatedSoFar
      ? roster.agentFor(prng, group, finalTier, plan.escalatedAt)
      : roster.agentFor(prng, group, 'N1', createdAt);
    const topics = SAMPLE_TOPIC_TAGS[group];
    // Collected in a scratch array and copied at its final length: an array grown by `push`
    // keeps spare capacity, which a million tickets would carry for nothing.
    scratchTags.length = 0;
    scratchTags.push(prng.pick(topics));
    if (prng.chance(0.15)) {
      const second = prng.pick(topics);
      if (second !== scratchTags[0]) scratchTags.push(second);
    }
    if (segment === 'enterprise') scratchTags.push('vip');
    if (isComplaint) scratchTags.push('queja');
    if (escalatedSoFar) scratchTags.push('escalado');
    if (reopens > 0) scratchTags.push('reabierto');
    const converts =
      answered &&
      prng.chance(group === 'Técnico' ? 0.008 : segment === 'particular' ? 0.015 : 0.03);
    if (converts) scratchTags.push('venta');
    const tags = scratchTags.slice();

    // An open ticket has had its first reply, the hand-over if escalated, and one per reopen.
    const agentTouches = !answered
      ? 0
      : resolvedNow
        ? plan.agentTouches[reopens]!
        : reopens > 0
          ? plan.agentTouches[reopens - 1]! + 1
          : 1 + (escalatedSoFar ? 1 : 0);
    // One literal with every common field: a million tickets then share one hidden class
    // instead of growing a property store field by field.
    const ticket: Ticket = {
      id,
      createdAt,
      status,
      firstResponseAt: answered ? plan.firstResponseAt : null,
      resolvedAt: answered && firstResolution < to ? firstResolution : null,
      fullyResolvedAt: resolvedNow ? currentResolution : null,
      closedAt: closedNow ? plan.closedAt : null,
      channel,
      priority,
      group,
      assignee,
      customerId: customer < 0 ? '' : book.customers[customer]!.id,
      customerSegment: segment,
      language,
      tier: escalatedSoFar ? finalTier : 'N1',
      tags,
      agentTouches,
      reopens,
      escalated: escalatedSoFar,
      isComplaint,
      isApplause: false,
    };
    // Rare: nobody has picked up a ticket from the last hours, and customer-less tickets only
    // occur when no customer is active at all.
    if (!answered) delete ticket.assignee;
    if (customer < 0) delete ticket.customerId;
    if (channel === 'phone') {
      ticket.holdSeconds = prng.chance(0.7) ? Math.round(prng.lognormal(50, 0.8)) : 0;
    }
    if (converts) {
      const amount = prng.lognormal(CONVERSION_MEDIAN_EUR[segment], 0.6);
      ticket.conversion = {
        converted: true,
        amount: Math.round(amount * 100) / 100,
        currency: 'EUR',
      };
    }
    // Thanks come after a good experience, and not from someone who had to complain.
    if (resolvedNow && !isComplaint) {
      ticket.isApplause = prng.chance(Math.max(0.01, 0.22 - 0.08 * ticketPain(ticket)));
    }
    return ticket;
  }
}
