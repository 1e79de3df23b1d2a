import { accumulatorFactory, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import type { TicketInput } from '../schema/ticket.js';
import {
  compileSchedule,
  type BusinessSchedule,
  type CompiledSchedule,
} from '../time/business-time.js';
import { inPeriod, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import {
  addToDigest,
  createDigest,
  mergeDigests,
  summarizeDigest,
  type QuantileDigest,
  type QuantileMethod,
} from '../stats/quantile-digest.js';
import { wilsonInterval } from '../stats/wilson.js';
import { percent, type KpiResult } from './result.js';
import {
  assertTicket,
  ticketInstant,
  TICKET_INSTANT_FIELDS,
  type TicketInstantField,
} from './ticket-fields.js';

const MINUTE_MS = 60_000;

export interface DurationOptions extends BatchOptions {
  period?: PeriodInput;
  /** The timestamp that places a ticket in the period (defaults per KPI). */
  periodBy?: TicketInstantField;
  /** Count only minutes inside these working hours (KPI-SPEC §FRT, business time). */
  schedule?: BusinessSchedule;
  /** SLA target in minutes (business minutes with a schedule), e.g. `24 * 60`. */
  sla?: number | { minutes: number };
  /** Up to this many tickets the quantiles are exact; above it, a sketch within ±0.5%. */
  exactLimit?: number;
}

export interface SlaResult {
  targetMinutes: number;
  /** % of measured tickets within the target. */
  value: number | null;
  met: number;
  n: number;
  interval: [number, number] | null;
}

export interface DurationResult<K extends string> extends KpiResult<K> {
  unit: 'minutes';
  /** `value` is the median: an average hides the long tail (KPI-SPEC §FRT, seed 004 §9). */
  median: number | null;
  mean: number | null;
  p90: number | null;
  /** In the period, but without the end timestamp yet (not answered / not resolved). */
  pending: number;
  time: 'calendar' | 'business';
  quantileMethod: QuantileMethod;
  /** Bound on the quantiles' relative error; 0 when exact. */
  quantileRelativeError: number;
  sla: SlaResult | null;
}

export interface DurationState {
  count: number;
  /** Sum of durations in ms: integers, so merged shards sum exactly. */
  sumMs: number;
  digest: QuantileDigest;
  pending: number;
  slaMet: number;
}

interface DurationContext {
  period: Period | null;
  periodBy: TicketInstantField;
  endField: (ticket: TicketInput) => number | undefined;
  endName: TicketInstantField;
  schedule: CompiledSchedule | null;
  slaMs: number | null;
  exactLimit: number | undefined;
}

export interface DurationKpiSpec<K extends string, O extends DurationOptions, X extends object> {
  kpi: K;
  /** Fields this KPI adds to the shared result shape. */
  extras: (options: O) => X;
  defaultPeriodBy: (options: O) => TicketInstantField;
  endName: (options: O) => TicketInstantField;
  /** Reads the end timestamp; may apply KPI rules (e.g. full resolution after reopens). */
  end: (ticket: TicketInput, options: O) => number | undefined;
}

/** Builds the accumulator factory shared by first response time and resolution time. */
export function durationKpi<K extends string, O extends DurationOptions, X extends object>(
  spec: DurationKpiSpec<K, O, X>,
) {
  return accumulatorFactory<
    TicketInput,
    DurationResult<K> & X,
    DurationState,
    O,
    DurationContext & { extras: X }
  >({
    kpi: spec.kpi,
    prepare(options) {
      const periodBy = options.periodBy ?? spec.defaultPeriodBy(options);
      if (!TICKET_INSTANT_FIELDS.includes(periodBy)) {
        throw new RangeError(
          `${spec.kpi}: periodBy must be one of ${TICKET_INSTANT_FIELDS.join(', ')}`,
        );
      }
      const slaMinutes = typeof options.sla === 'object' ? options.sla.minutes : options.sla;
      if (slaMinutes !== undefined && !(slaMinutes >= 0)) {
        throw new RangeError(
          `${spec.kpi}: sla must be a number of minutes ≥ 0, got ${String(slaMinutes)}`,
        );
      }
      return {
        period: options.period ? toPeriod(options.period) : null,
        periodBy,
        endField: (ticket) => spec.end(ticket, options),
        endName: spec.endName(options),
        schedule: options.schedule ? compileSchedule(options.schedule) : null,
        slaMs: slaMinutes === undefined ? null : slaMinutes * MINUTE_MS,
        exactLimit: options.exactLimit,
        extras: spec.extras(options),
      };
    },
    init: (c) => ({
      count: 0,
      sumMs: 0,
      digest: createDigest(c.exactLimit),
      pending: 0,
      slaMet: 0,
    }),
    add(c, state, ticket) {
      assertTicket(ticket);
      const start = ticketInstant(ticket, 'createdAt')!;
      const end = c.endField(ticket);
      if (c.period !== null) {
        const anchor =
          c.periodBy === 'createdAt'
            ? start
            : c.periodBy === c.endName
              ? end
              : ticketInstant(ticket, c.periodBy);
        if (anchor === undefined || !inPeriod(anchor, c.period)) return;
      }
      if (end === undefined) {
        state.pending++;
        return;
      }
      if (end < start) throw new InvalidFieldError([c.endName], `${c.endName} is before createdAt`);
      const ms = c.schedule ? c.schedule.businessMs(start, end) : end - start;
      state.count++;
      state.sumMs += ms;
      addToDigest(state.digest, ms);
      if (c.slaMs !== null && ms <= c.slaMs) state.slaMet++;
    },
    merge(into, from) {
      into.count += from.count;
      into.sumMs += from.sumMs;
      into.pending += from.pending;
      into.slaMet += from.slaMet;
      mergeDigests(into.digest, from.digest);
    },
    result(state, c) {
      const q = summarizeDigest(state.digest);
      const toMinutes = (ms: number | null) => (ms === null ? null : ms / MINUTE_MS);
      return {
        ...c.extras,
        kpi: spec.kpi,
        value: toMinutes(q.median),
        n: state.count,
        period: c.period,
        interval: null,
        unit: 'minutes',
        median: toMinutes(q.median),
        mean: state.count > 0 ? state.sumMs / state.count / MINUTE_MS : null,
        p90: toMinutes(q.p90),
        pending: state.pending,
        time: c.schedule ? 'business' : 'calendar',
        quantileMethod: q.method,
        quantileRelativeError: q.relativeError,
        sla:
          c.slaMs === null
            ? null
            : {
                targetMinutes: c.slaMs / MINUTE_MS,
                value: percent(state.slaMet, state.count),
                met: state.slaMet,
                n: state.count,
                interval: wilsonInterval(state.slaMet, state.count),
              },
      };
    },
  });
}
