import type { Customer } from '../schema/customer.js';
import { arrivalTimes, type ArrivalCalendar } from './arrival-times.js';
import { companyName, personName } from './names.js';
import type { Prng } from './prng.js';
import {
  SAMPLE_LANGUAGES,
  SAMPLE_PLANS,
  SAMPLE_SEGMENTS,
  type SampleLanguage,
  type SampleSegment,
} from './sample-vocabulary.js';

const DAY_MS = 86_400_000;
const MONTH_MS = 30.436875 * DAY_MS;
const YEAR_MS = 365.2425 * DAY_MS;

/** Customers active when the range starts; the book of a mid-sized Spanish SaaS. */
const OPENING_CUSTOMERS = 1200;
/** New customers a month, as a share of the opening book: slightly above churn, so it grows. */
const MONTHLY_ACQUISITION = 0.032;
/** Share of each segment, in `SAMPLE_SEGMENTS` order. */
const SEGMENT_MIX = [0.45, 0.42, 0.13];
/** Monthly probability of cancelling (KPI-SPEC §Churn): consumers churn most, enterprises least. */
const MONTHLY_CHURN: Record<SampleSegment, number> = {
  particular: 0.032,
  pyme: 0.024,
  enterprise: 0.009,
};
/** Tickets a customer opens relative to a consumer: larger accounts have more users asking. */
const TICKET_PROPENSITY: Record<SampleSegment, number> = {
  particular: 1,
  pyme: 2.5,
  enterprise: 5,
};
const PLAN_MIX: Record<SampleSegment, readonly number[]> = {
  particular: [0.8, 0.2, 0],
  pyme: [0.3, 0.6, 0.1],
  enterprise: [0, 0.2, 0.8],
};
const LANGUAGE_MIX = [0.7, 0.2, 0.1];
const COUNTRIES: Record<SampleLanguage, { codes: readonly string[]; weights: readonly number[] }> =
  {
    es: { codes: ['ES', 'MX', 'CO', 'AR', 'CL'], weights: [0.7, 0.12, 0.06, 0.06, 0.06] },
    en: { codes: ['GB', 'US', 'IE'], weights: [0.45, 0.4, 0.15] },
    pt: { codes: ['PT', 'BR'], weights: [0.6, 0.4] },
  };

/**
 * The customers with what the other generators need to know about them, in parallel arrays
 * (indexed like `customers`) so that a million tickets can look them up without a `Map`.
 */
export interface CustomerBook {
  customers: Customer[];
  segment: SampleSegment[];
  language: SampleLanguage[];
  activeFrom: Float64Array;
  /** `Infinity` while still active. */
  activeTo: Float64Array;
  ticketPropensity: Float64Array;
}

export function generateCustomers(calendar: ArrivalCalendar, prng: Prng): CustomerBook {
  const { from, to } = calendar;
  const months = (to - from) / MONTH_MS;
  const newcomers = Math.max(
    0,
    Math.round(OPENING_CUSTOMERS * MONTHLY_ACQUISITION * months * prng.lognormal(1, 0.05)),
  );
  // Tenure before the range: many recent customers, a long tail of old ones.
  const openingStarts = Array.from({ length: OPENING_CUSTOMERS }, () =>
    wholeSecond(from - DAY_MS - prng.exponential(2.5 * YEAR_MS)),
  ).sort((a, b) => a - b);
  const starts = [...openingStarts, ...arrivalTimes(calendar, newcomers, prng)];

  const book: CustomerBook = {
    customers: [],
    segment: [],
    language: [],
    activeFrom: new Float64Array(starts.length),
    activeTo: new Float64Array(starts.length),
    ticketPropensity: new Float64Array(starts.length),
  };
  const width = Math.max(5, String(starts.length).length);
  starts.forEach((activeFrom, i) => {
    const segment = prng.weighted(SAMPLE_SEGMENTS, SEGMENT_MIX);
    const language = prng.weighted(SAMPLE_LANGUAGES, LANGUAGE_MIX);
    const country = prng.weighted(COUNTRIES[language].codes, COUNTRIES[language].weights);
    const name =
      segment === 'particular'
        ? personName(prng, language, prng.chance(0.5) ? 'f' : 'm')
        : companyName(prng, language, segment === 'enterprise');
    const plan = prng.weighted(SAMPLE_PLANS, PLAN_MIX[segment]);
    // Churn is a constant monthly hazard from the moment the range (or the customer) starts.
    const leaves = Math.max(activeFrom, from) + prng.exponential(MONTH_MS / MONTHLY_CHURN[segment]);
    const activeTo = leaves < to ? Math.max(activeFrom, wholeSecond(leaves)) : null;
    book.customers.push({
      id: `C-${String(i + 1).padStart(width, '0')}`,
      activeFrom,
      activeTo,
      name,
      segment,
      plan,
      country,
    });
    book.segment.push(segment);
    book.language.push(language);
    book.activeFrom[i] = activeFrom;
    book.activeTo[i] = activeTo ?? Infinity;
    book.ticketPropensity[i] = TICKET_PROPENSITY[segment] * prng.lognormal(1, 0.5);
  });
  return book;
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
