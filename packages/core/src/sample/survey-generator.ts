import type { SurveyResponse } from '../schema/survey-response.js';
import type { Ticket } from '../schema/ticket.js';
import type { ActivePicker } from './active-picker.js';
import { arrivalTimes, type ArrivalCalendar } from './arrival-times.js';
import type { CustomerBook } from './customer-generator.js';
import { ticketPain } from './experience.js';
import type { Prng } from './prng.js';
import type { SampleLanguage } from './sample-vocabulary.js';
import { cesScore, csatScore, npsScore, sentimentOf } from './score-model.js';
import { surveyComment } from './survey-comments.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

/** Share of solved tickets whose customer answers the survey sent when it is solved. */
const CSAT_RESPONSE_RATE = 0.22;
const CES_RESPONSE_RATE = 0.1;
/** Relationship NPS: each customer answers about this many times a year (two waves, ~35%). */
const NPS_ANSWERS_PER_CUSTOMER_YEAR = 0.7;
/** How the `surveys` override splits the customer answers. */
const KIND_SHARE = { nps: 0.3, csat: 0.5, ces: 0.2 };
/** A typical ticket's pain, for answers that no ticket backs (tiny or ticket-less datasets). */
const TYPICAL_PAIN = 0.8;
const LEAVING_SIGNAL_MS = 60 * DAY_MS;

export interface CustomerSurveySources {
  calendar: ArrivalCalendar;
  book: CustomerBook;
  /** Picks customers uniformly: relationship surveys go to everyone, not to heavy users. */
  customers: ActivePicker;
  tickets: readonly Ticket[];
}

/** Exact answers per kind, for the `surveys` override; without it each kind follows its rate. */
export interface CustomerSurveyCounts {
  nps: number;
  csat: number;
  ces: number;
}

export function splitCustomerAnswers(total: number): CustomerSurveyCounts {
  const nps = Math.round(total * KIND_SHARE.nps);
  const ces = Math.round(total * KIND_SHARE.ces);
  return { nps, ces, csat: total - nps - ces };
}

/**
 * CSAT and CES answered after solved tickets (linked to the ticket, its customer and agent)
 * and relationship NPS answered by active customers at any time, scored from the experience
 * those customers had. Without ids, unordered; the dataset sorts and numbers all answers.
 */
export function generateCustomerSurveys(
  sources: CustomerSurveySources,
  counts: CustomerSurveyCounts | undefined,
  prng: Prng,
): SurveyResponse[] {
  const { tickets, book } = sources;
  const { to } = sources.calendar;
  const customerIndex = new Map<string, number>();
  book.customers.forEach((c, i) => customerIndex.set(c.id, i));
  const painSum = new Float64Array(book.customers.length);
  const painCount = new Uint32Array(book.customers.length);
  const solved: number[] = [];
  tickets.forEach((ticket, i) => {
    if (ticket.fullyResolvedAt == null) return;
    solved.push(i);
    const customer =
      ticket.customerId === undefined ? undefined : customerIndex.get(ticket.customerId);
    if (customer === undefined) return;
    painSum[customer]! += ticketPain(ticket);
    painCount[customer]! += 1;
  });

  const answers: SurveyResponse[] = [];
  const answerTicket = (kind: 'csat' | 'ces', ticket: Ticket, answeredAt: number): void => {
    const score = kind === 'csat' ? csatScore(prng, ticketPain(ticket)) : cesScore(prng, ticket);
    // One literal with every field, so a million answers share one hidden class.
    const answer: SurveyResponse = {
      id: '',
      kind,
      score,
      answeredAt,
      customerId: ticket.customerId,
      ticketId: ticket.id,
      agent: ticket.assignee,
      channel: ticket.channel,
      language: ticket.language,
    };
    if (ticket.customerId === undefined) delete answer.customerId;
    addComment(answer, kind, score, (ticket.language ?? 'es') as SampleLanguage);
    answers.push(answer);
  };
  for (const kind of ['csat', 'ces'] as const) {
    const wanted = counts?.[kind];
    if (wanted === undefined) {
      const rate = kind === 'csat' ? CSAT_RESPONSE_RATE : CES_RESPONSE_RATE;
      for (const i of solved) {
        if (!prng.chance(rate)) continue;
        const ticket = tickets[i]!;
        const answeredAt = wholeSecond(
          ticket.fullyResolvedAt! + 2 * 60_000 + prng.exponential(8 * HOUR_MS),
        );
        if (answeredAt < to) answerTicket(kind, ticket, answeredAt);
      }
    } else if (solved.length === 0) {
      answerUnlinked(kind, wanted);
    } else {
      // Each solved ticket gets ⌊wanted / solved⌋ answers, and a uniform random subset of them
      // (selection sampling: one pass, in order) one more, which makes exactly `wanted`.
      const base = Math.floor(wanted / solved.length);
      let extra = wanted - base * solved.length;
      solved.forEach((i, position) => {
        let n = base;
        if (extra > 0 && prng.float() * (solved.length - position) < extra) {
          n++;
          extra--;
        }
        const ticket = tickets[i]!;
        const resolvedAt = ticket.fullyResolvedAt!;
        for (let k = 0; k < n; k++) {
          // Exact counts leave no answer for later: one that would fall after `to` comes earlier.
          const delay = 2 * 60_000 + prng.exponential(8 * HOUR_MS);
          const answeredAt =
            resolvedAt + delay < to
              ? wholeSecond(resolvedAt + delay)
              : resolvedAt + Math.floor(prng.float() * (to - resolvedAt));
          answerTicket(kind, ticket, answeredAt);
        }
      });
    }
  }

  const npsCount = counts?.nps ?? naturalNpsCount(book, sources.calendar);
  for (const answeredAt of arrivalTimes(sources.calendar, npsCount, prng)) {
    const customer = sources.customers.pick(prng, answeredAt);
    if (customer < 0) {
      answerUnlinked('nps', 1, answeredAt);
      continue;
    }
    const meanPain = painCount[customer]! > 0 ? painSum[customer]! / painCount[customer]! : 0;
    const leavingSoon = book.activeTo[customer]! - answeredAt < LEAVING_SIGNAL_MS;
    const score = npsScore(prng, meanPain, book.segment[customer]!, leavingSoon);
    const answer: SurveyResponse = {
      id: '',
      kind: 'nps',
      score,
      answeredAt,
      customerId: book.customers[customer]!.id,
      channel: 'email',
      language: book.language[customer]!,
    };
    addComment(answer, 'nps', score, book.language[customer]!);
    answers.push(answer);
  }
  return answers;

  /** Answers nobody can be traced to, for kinds that need a ticket or customer and have none. */
  function answerUnlinked(kind: 'nps' | 'csat' | 'ces', n: number, at?: number): void {
    const times = at === undefined ? arrivalTimes(sources.calendar, n, prng) : [at];
    for (const answeredAt of times) {
      const score =
        kind === 'csat'
          ? csatScore(prng, TYPICAL_PAIN)
          : kind === 'ces'
            ? Math.min(7, Math.max(1, Math.round(prng.normal(5.2, 1.3))))
            : npsScore(prng, TYPICAL_PAIN, 'particular', false);
      answers.push({ id: '', kind, score, answeredAt, language: 'es' });
    }
  }

  function addComment(
    answer: SurveyResponse,
    kind: 'nps' | 'csat' | 'ces',
    score: number,
    language: SampleLanguage,
  ): void {
    const sentiment = sentimentOf(kind, score);
    // Unhappy customers write more often.
    if (prng.chance(sentiment === 'negative' ? 0.35 : 0.12)) {
      answer.comment = surveyComment(prng, language, sentiment);
    }
  }
}

/** Relationship NPS answers a year at the natural rate, over the customers' active time. */
function naturalNpsCount(book: CustomerBook, range: { from: number; to: number }): number {
  let customerYears = 0;
  for (let i = 0; i < book.customers.length; i++) {
    const start = Math.max(book.activeFrom[i]!, range.from);
    const end = Math.min(book.activeTo[i]!, range.to);
    if (end > start) customerYears += (end - start) / YEAR_MS;
  }
  return Math.round(customerYears * NPS_ANSWERS_PER_CUSTOMER_YEAR);
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
