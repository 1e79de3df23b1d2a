import type { Ticket } from '../schema/ticket.js';
import { ln } from './deterministic-math.js';
import type { Prng } from './prng.js';
import type { SampleSegment } from './sample-vocabulary.js';
import type { Sentiment } from './survey-comments.js';

/**
 * Survey answers from a latent satisfaction plus noise, cut into the scale's points. The
 * constants are tuned so that a normal year lands where Spanish SaaS support teams report:
 * CSAT about 80% positive, NPS +20…+40, CES a little above 5 of 7, eNPS +10…+30.
 */

const DAY_MS = 86_400_000;

/** Upper bounds of the latent value for CSAT 1, 2, 3 and 4; above the last is a 5. */
const CSAT_CUTS = [-1.3, -0.6, 0.15, 1.2];
const NPS_SEGMENT: Record<SampleSegment, number> = { particular: 0.2, pyme: 0, enterprise: -0.3 };
const LIVE_CHANNELS: ReadonlySet<string> = new Set(['phone', 'chat']);

/** CSAT on 1–5 after a ticket that cost the customer `pain` (see `ticketPain`). */
export function csatScore(prng: Prng, pain: number): number {
  const latent = 2 - pain + prng.normal(0, 1);
  let score = 1;
  while (score < 5 && latent >= CSAT_CUTS[score - 1]!) score++;
  return score;
}

/** CES on 1–7, higher = easier: touches, reopens and hand-overs are the effort. */
export function cesScore(prng: Prng, ticket: Ticket): number {
  const resolvedAt = ticket.fullyResolvedAt ?? ticket.resolvedAt ?? ticket.createdAt;
  const latent =
    6.2 -
    0.45 * Math.max(0, (ticket.agentTouches ?? 1) - 1) -
    0.7 * (ticket.reopens ?? 0) -
    (ticket.escalated ? 0.4 : 0) +
    (LIVE_CHANNELS.has(ticket.channel ?? '') ? 0.3 : 0) -
    0.25 * ln(1 + (resolvedAt - ticket.createdAt) / DAY_MS) +
    prng.normal(0, 1.1);
  return clampRound(latent, 1, 7);
}

/**
 * NPS on 0–10 from a customer's average ticket pain (0 when they never needed support) and
 * whether they are about to leave.
 */
export function npsScore(
  prng: Prng,
  meanPain: number,
  segment: SampleSegment,
  leavingSoon: boolean,
): number {
  // One answer in ten is far from the customer's usual mood (a bad week, a great renewal):
  // real NPS data has those 0s and 1s that a single bell curve would never produce.
  const spread = prng.chance(0.1) ? 4 : 1.8;
  const latent =
    9.1 - 0.9 * meanPain - (leavingSoon ? 2 : 0) + NPS_SEGMENT[segment] + prng.normal(0, spread);
  return clampRound(latent, 0, 10);
}

/** eNPS (0–10) and ESAT (1–5) of one employee's pulse answer, from a shared mood. */
export function employeeScores(prng: Prng, mood: number): { enps: number; esat: number } {
  return {
    enps: clampRound(8.2 + 1.3 * mood + prng.normal(0, 1.2), 0, 10),
    esat: clampRound(4.2 + 0.6 * mood + prng.normal(0, 0.6), 1, 5),
  };
}

export function sentimentOf(kind: 'nps' | 'csat' | 'ces', score: number): Sentiment {
  const [good, fair] = kind === 'nps' ? [9, 7] : kind === 'csat' ? [4, 3] : [6, 4];
  return score >= good ? 'positive' : score >= fair ? 'neutral' : 'negative';
}

function clampRound(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(value)));
}
