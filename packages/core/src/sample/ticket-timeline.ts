import type { Channel, Priority } from '../schema/enums.js';
import type { Prng } from './prng.js';
import type { SampleGroup, SampleTier } from './sample-vocabulary.js';
import type { ServiceHours } from './service-hours.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * Median wait for the first reply, in open hours. Live channels answer in a minute or two,
 * messaging in minutes, written channels in hours (seed 002: an email answered in six hours is
 * normal for a small team).
 */
const FIRST_REPLY_MEDIAN_MS: Record<Channel, number> = {
  phone: 0.7 * MINUTE_MS,
  chat: 1.5 * MINUTE_MS,
  whatsapp: 12 * MINUTE_MS,
  social: 50 * MINUTE_MS,
  web: 2 * HOUR_MS,
  email: 2.5 * HOUR_MS,
  api: 3 * HOUR_MS,
  other: 2.5 * HOUR_MS,
};
const LIVE_CHANNELS: ReadonlySet<Channel> = new Set(['phone', 'chat']);

/** Chance that the first contact also solves it, and how long that contact lasts. */
const SOLVED_IN_CONTACT: Record<Channel, { chance: number; medianMs: number }> = {
  phone: { chance: 0.75, medianMs: 6 * MINUTE_MS },
  chat: { chance: 0.7, medianMs: 12 * MINUTE_MS },
  whatsapp: { chance: 0.55, medianMs: 25 * MINUTE_MS },
  social: { chance: 0.45, medianMs: 20 * MINUTE_MS },
  web: { chance: 0.35, medianMs: 20 * MINUTE_MS },
  email: { chance: 0.35, medianMs: 20 * MINUTE_MS },
  api: { chance: 0.25, medianMs: 30 * MINUTE_MS },
  other: { chance: 0.35, medianMs: 20 * MINUTE_MS },
};

/** Urgent tickets jump the queue; low ones wait. Applies to written channels and to the work. */
const PRIORITY_PACE: Record<Priority, number> = { urgent: 0.3, high: 0.6, normal: 1, low: 1.5 };
const GROUP_PACE: Record<SampleGroup, number> = {
  'Soporte general': 0.9,
  Facturación: 1.1,
  Técnico: 1.5,
};
/** Open hours an escalation level needs once the ticket reaches it. */
const ESCALATED_WORK_MEDIAN_MS: Record<SampleTier, number> = {
  N1: 0,
  N2: 14 * HOUR_MS,
  N3: 25 * HOUR_MS,
};
/** Solved tickets close automatically four days later, as help desks do by default. */
const CLOSE_AFTER_MS = 96 * HOUR_MS;
/** A customer can only reopen before the ticket closes. */
const LAST_REOPEN_MS = 90 * HOUR_MS;

export interface TimelineInput {
  createdAt: number;
  channel: Channel;
  priority: Priority;
  group: SampleGroup;
  escalated: boolean;
  finalTier: SampleTier;
  reopens: number;
  /** Multiplies the first-reply wait: Monday backlog, short-staffed August. */
  load: number;
}

/** Everything that will happen to a ticket, ignoring when the dataset's snapshot is taken. */
export interface Timeline {
  firstResponseAt: number;
  /** When it reached N2/N3; NaN when never escalated. */
  escalatedAt: number;
  /** `resolutions[0]` is the first resolution, `resolutions[k]` the one after reopen `k`. */
  resolutions: number[];
  /** `reopenedAt[k − 1]` is when reopen `k` happened. */
  reopenedAt: number[];
  closedAt: number;
  /** `agentTouches[k]`: agent interactions up to `resolutions[k]`. */
  agentTouches: number[];
}

export function planTimeline(input: TimelineInput, hours: ServiceHours, prng: Prng): Timeline {
  const { createdAt, channel, priority, group, escalated, finalTier, reopens } = input;
  const live = LIVE_CHANNELS.has(channel);
  const replyWait =
    prng.lognormal(FIRST_REPLY_MEDIAN_MS[channel], live ? 0.6 : 0.9) *
    (live ? 1 : PRIORITY_PACE[priority] * input.load);
  const firstResponseAt = Math.max(createdAt, wholeSecond(hours.add(createdAt, replyWait)));

  const pace = PRIORITY_PACE[priority] * GROUP_PACE[group];
  const inContact = SOLVED_IN_CONTACT[channel];
  let agentTouches = 1;
  let escalatedAt = Number.NaN;
  let resolvedAt: number;
  if (!escalated && prng.chance(inContact.chance)) {
    resolvedAt = hours.add(firstResponseAt, prng.lognormal(inContact.medianMs, 0.6));
  } else {
    agentTouches += 1 + prng.geometric(0.35);
    let at = hours.add(firstResponseAt, prng.lognormal(2.5 * HOUR_MS * pace, 1));
    if (prng.chance(0.35)) {
      // Waiting on the customer's reply runs on the calendar, not on the team's hours.
      at += prng.exponential(20 * HOUR_MS);
    }
    if (escalated) {
      escalatedAt = wholeSecond(at);
      agentTouches += 1 + prng.geometric(0.3);
      at = hours.add(
        at,
        prng.lognormal(ESCALATED_WORK_MEDIAN_MS[finalTier] * PRIORITY_PACE[priority], 0.8),
      );
    } else {
      at = hours.add(at, prng.lognormal(2.5 * HOUR_MS * pace, 1));
    }
    resolvedAt = at;
  }
  const resolutions = [Math.max(firstResponseAt, wholeSecond(resolvedAt))];
  const touches = [agentTouches];
  const reopenedAt: number[] = [];
  for (let k = 1; k <= reopens; k++) {
    const previous = resolutions[k - 1]!;
    const reopened = wholeSecond(
      previous + HOUR_MS + Math.min(prng.exponential(24 * HOUR_MS), LAST_REOPEN_MS - HOUR_MS),
    );
    reopenedAt.push(reopened);
    resolutions.push(
      Math.max(reopened + 1000, wholeSecond(hours.add(reopened, prng.lognormal(3 * HOUR_MS, 1)))),
    );
    agentTouches += 1 + prng.geometric(0.2);
    touches.push(agentTouches);
  }
  const finalResolution = resolutions[resolutions.length - 1]!;
  const closedAt = wholeSecond(finalResolution + CLOSE_AFTER_MS + prng.between(0, HOUR_MS));
  return { firstResponseAt, escalatedAt, resolutions, reopenedAt, closedAt, agentTouches: touches };
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
