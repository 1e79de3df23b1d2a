import type { Customer } from '../schema/customer.js';
import type { Employee } from '../schema/employee.js';
import { SURVEY_KINDS, type SurveyKind } from '../schema/enums.js';
import type { Order } from '../schema/order.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Ticket } from '../schema/ticket.js';
import type { BusinessSchedule } from '../time/business-time.js';
import { tryEpochMs, type InstantInput } from '../time/instant.js';
import { zoneClock } from '../time/zone.js';
import { ActivePicker } from './active-picker.js';
import { arrivalTimes, expectedArrivals, type ArrivalCalendar } from './arrival-times.js';
import { generateCustomers } from './customer-generator.js';
import { generateEmployeeSurveys } from './employee-survey-generator.js';
import { generateEmployees } from './employee-generator.js';
import { generateOrders } from './order-generator.js';
import { Prng } from './prng.js';
import { SAMPLE_SERVICE_WEEK, ServiceHours } from './service-hours.js';
import { sortByInstant } from './sort-by-instant.js';
import { SpanishHolidays } from './spanish-holidays.js';
import { generateCustomerSurveys, splitCustomerAnswers } from './survey-generator.js';
import { generateTickets } from './ticket-generator.js';

export interface SampleDatasetOptions {
  /** Any finite number; the same options always give the same dataset. Default 42. */
  seed?: number;
  /** Start of the range (inclusive). Default: 1 January 2025, 00:00 in `timeZone`. */
  from?: InstantInput;
  /** End of the range (exclusive) and the dataset's "now". Default: 1 January 2026, 00:00 in `timeZone`. */
  to?: InstantInput;
  /**
   * IANA zone the team works in: opening hours and seasonality follow its wall clock (the
   * holidays stay Spain's national ones). Default `Europe/Madrid`.
   */
  timeZone?: string;
  /** Tickets on an ordinary weekday of an average month; other days scale from it. Default 50. */
  ticketsPerDay?: number;
  /** Exact number of tickets, overriding `ticketsPerDay` (benchmarks). */
  tickets?: number;
  /**
   * Exact length of `surveys`. The quarterly employee pulse answers (eNPS, ESAT: a few hundred
   * a year) keep their natural number, capped at this; NPS, CSAT and CES share the rest 30/50/20.
   */
  surveys?: number;
}

export interface SampleDatasetMeta {
  seed: number;
  timeZone: string;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive: the snapshot instant; later events have not happened yet. */
  to: number;
  /** The team's opening hours and holidays in the range, for business-time FRT and RT. */
  serviceHours: BusinessSchedule;
  counts: {
    tickets: number;
    surveys: number;
    customers: number;
    orders: number;
    employees: number;
    surveysByKind: Record<SurveyKind, number>;
  };
}

export interface SampleDataset {
  /** Sorted by `createdAt`; ids `T-000001`… in that order. */
  tickets: Ticket[];
  /** Sorted by `answeredAt`. */
  surveys: SurveyResponse[];
  /** Sorted by `activeFrom`. */
  customers: Customer[];
  /** Sorted by `orderedAt`. */
  orders: Order[];
  /** Sorted by `hiredAt`. */
  employees: Employee[];
  meta: SampleDatasetMeta;
}

const DEFAULTS = { seed: 42, timeZone: 'Europe/Madrid', ticketsPerDay: 50, year: 2025 } as const;

/**
 * A year of a fictional Spanish-speaking support team: tickets, survey answers, customers,
 * orders and employees, consistent with each other and in the canonical model's output form.
 * Deterministic: it depends on the options only, never on the machine's clock or zone.
 */
export function generateSampleDataset(options: SampleDatasetOptions = {}): SampleDataset {
  const seed = options.seed ?? DEFAULTS.seed;
  if (!Number.isFinite(seed))
    throw new RangeError(`generateSampleDataset: seed must be a finite number, got ${seed}`);
  const clock = zoneClock(options.timeZone ?? DEFAULTS.timeZone);
  const from = instantOption('from', options.from) ?? clock.instantOf(DEFAULTS.year, 1, 1);
  const to = instantOption('to', options.to) ?? clock.instantOf(DEFAULTS.year + 1, 1, 1);
  if (!(from < to)) throw new RangeError('generateSampleDataset: `from` must be before `to`');
  const ticketsPerDay = options.ticketsPerDay ?? DEFAULTS.ticketsPerDay;
  if (!(ticketsPerDay >= 0) || !Number.isFinite(ticketsPerDay)) {
    throw new RangeError(
      `generateSampleDataset: ticketsPerDay must be a finite number ≥ 0, got ${ticketsPerDay}`,
    );
  }
  countOption('tickets', options.tickets);
  countOption('surveys', options.surveys);

  const holidays = new SpanishHolidays();
  const calendar: ArrivalCalendar = { clock, holidays, from, to };
  const hours = new ServiceHours(clock, holidays);
  // One stream per part, so asking for more tickets leaves the customers and staff unchanged.
  const stream = (name: string): Prng => new Prng(seed, name);

  const roster = generateEmployees({ from, to }, stream('employees'));
  const book = generateCustomers(calendar, stream('customers'));
  const orders = generateOrders(book, { from, to }, stream('orders'));
  const ticketCount = options.tickets ?? Math.round(expectedArrivals(calendar, ticketsPerDay));
  const createdAts = arrivalTimes(calendar, ticketCount, stream('ticket-arrivals'));
  const tickets = generateTickets(
    createdAts,
    {
      clock,
      hours,
      book,
      customers: new ActivePicker(book.activeFrom, book.activeTo, book.ticketPropensity),
      roster,
      to,
    },
    stream('tickets'),
  );

  let employeeAnswers = generateEmployeeSurveys(
    roster,
    { clock, from, to },
    stream('employee-surveys'),
  );
  if (options.surveys !== undefined && employeeAnswers.length > options.surveys) {
    employeeAnswers = employeeAnswers.slice(0, options.surveys);
  }
  const customerAnswers = generateCustomerSurveys(
    { calendar, book, customers: new ActivePicker(book.activeFrom, book.activeTo), tickets },
    options.surveys === undefined
      ? undefined
      : splitCustomerAnswers(options.surveys - employeeAnswers.length),
    stream('surveys'),
  );
  const surveys = sortByInstant(employeeAnswers.concat(customerAnswers), (s) => s.answeredAt);
  const width = Math.max(6, String(surveys.length).length);
  const surveysByKind = Object.fromEntries(SURVEY_KINDS.map((kind) => [kind, 0])) as Record<
    SurveyKind,
    number
  >;
  surveys.forEach((answer, i) => {
    answer.id = `S-${String(i + 1).padStart(width, '0')}`;
    surveysByKind[answer.kind] += 1;
  });

  return {
    tickets,
    surveys,
    customers: book.customers,
    orders,
    employees: roster.employees,
    meta: {
      seed,
      timeZone: clock.timeZone,
      from,
      to,
      serviceHours: {
        timeZone: clock.timeZone,
        week: SAMPLE_SERVICE_WEEK,
        holidays: holidays.isoDatesBetween(clock.localDay(from), clock.localDay(to - 1)),
      },
      counts: {
        tickets: tickets.length,
        surveys: surveys.length,
        customers: book.customers.length,
        orders: orders.length,
        employees: roster.employees.length,
        surveysByKind,
      },
    },
  };
}

function instantOption(name: string, value: InstantInput | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = tryEpochMs(value);
  if (ms === undefined) {
    throw new RangeError(
      `generateSampleDataset: \`${name}\` is not an instant (epoch ms, ISO-8601 with offset, or Date)`,
    );
  }
  return ms;
}

function countOption(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(
      `generateSampleDataset: \`${name}\` must be a whole number ≥ 0, got ${value}`,
    );
  }
}
