import { accumulatorFactory, runBatch, type BatchOptions } from '../accumulator/accumulator.js';
import { InvalidFieldError } from '../errors.js';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from '../schema/enums.js';
import type { TicketInput } from '../schema/ticket.js';
import { inPeriod, toPeriod, type Period, type PeriodInput } from '../time/instant.js';
import { periodOf } from '../time/period.js';
import { zoneClock, type ZoneClock } from '../time/zone.js';
import type { KpiResult } from './result.js';
import { assertTicket, ticketInstant } from './ticket-fields.js';

export const VOLUME_DIMENSIONS = [
  'channel',
  'priority',
  'customerSegment',
  'language',
  'tier',
  'group',
  'assignee',
  'status',
] as const;
export const VOLUME_TIME_BUCKETS = ['hour', 'weekday', 'day', 'month'] as const;
export type VolumeBreakdown =
  (typeof VOLUME_DIMENSIONS)[number] | (typeof VOLUME_TIME_BUCKETS)[number];

export interface TicketVolumeOptions extends BatchOptions {
  /** Split the count by a ticket field or by a local time bucket. */
  by?: VolumeBreakdown;
  /** Tickets created in the period. */
  period?: PeriodInput;
  /** Zone of the time buckets; default `UTC`. */
  timeZone?: string;
}

export interface VolumeBucket {
  /** The field's value (or `YYYY-MM-DD`, `YYYY-MM`, ISO weekday 1–7, hour 0–23); `null` when the field is missing. */
  key: string | null;
  count: number;
  /** % of the tickets counted. */
  share: number;
}

export interface TicketVolumeResult extends KpiResult<'ticketVolume'> {
  by: VolumeBreakdown | null;
  timeZone: string;
  /** Sorted by count, largest first (time buckets: in time order). */
  breakdown: VolumeBucket[];
}

interface VolumeState {
  count: number;
  counts: Record<string, number>;
  missing: number;
}

const MISSING = '\u0000missing';

const ENUM_DIMENSIONS: Partial<Record<VolumeBreakdown, readonly string[]>> = {
  channel: CHANNELS,
  priority: PRIORITIES,
  status: TICKET_STATUSES,
};

interface VolumeContext {
  by: VolumeBreakdown | null;
  period: Period | null;
  clock: ZoneClock;
}

function keyOf(ticket: TicketInput, createdAt: number, c: VolumeContext): string | undefined {
  const by = c.by!;
  switch (by) {
    case 'hour':
      return String(c.clock.weekdayHour(createdAt).hour);
    case 'weekday':
      return String(c.clock.weekdayHour(createdAt).weekday);
    case 'day':
    case 'month':
      return periodOf(createdAt, by, { timeZone: c.clock.timeZone }).label;
    default: {
      const value = ticket[by];
      if (value === undefined || value === null || value === '') return undefined;
      if (typeof value !== 'string') {
        throw new InvalidFieldError([by], `expected text, got ${typeof value}`);
      }
      const allowed = ENUM_DIMENSIONS[by];
      if (allowed && !allowed.includes(value)) {
        throw new InvalidFieldError(
          [by],
          `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
        );
      }
      return value;
    }
  }
}

const factory = /* @__PURE__ */ accumulatorFactory<
  TicketInput,
  TicketVolumeResult,
  VolumeState,
  TicketVolumeOptions,
  VolumeContext
>({
  kpi: 'ticketVolume',
  prepare(options) {
    const by = options.by ?? null;
    if (by !== null && ![...VOLUME_DIMENSIONS, ...VOLUME_TIME_BUCKETS].includes(by)) {
      throw new RangeError(
        `ticketVolume: by must be one of ${[...VOLUME_DIMENSIONS, ...VOLUME_TIME_BUCKETS].join(', ')}`,
      );
    }
    return {
      by,
      period: options.period ? toPeriod(options.period) : null,
      clock: zoneClock(options.timeZone ?? 'UTC'),
    };
  },
  init: () => ({ count: 0, counts: {}, missing: 0 }),
  add(c, state, ticket) {
    assertTicket(ticket);
    const createdAt = ticketInstant(ticket, 'createdAt')!;
    if (!inPeriod(createdAt, c.period)) return;
    // Read everything before counting, so a rejected record leaves no trace in the totals.
    const key = c.by === null ? null : (keyOf(ticket, createdAt, c) ?? MISSING);
    state.count++;
    if (key !== null) state.counts[key] = (state.counts[key] ?? 0) + 1;
  },
  merge(into, from) {
    into.count += from.count;
    for (const [key, n] of Object.entries(from.counts))
      into.counts[key] = (into.counts[key] ?? 0) + n;
  },
  result(state, c) {
    const timeOrdered = c.by !== null && (VOLUME_TIME_BUCKETS as readonly string[]).includes(c.by);
    const breakdown = Object.entries(state.counts)
      .map(([key, count]) => ({
        key: key === MISSING ? null : key,
        count,
        share: (100 * count) / state.count,
      }))
      .sort((a, b) =>
        timeOrdered
          ? compareTimeKeys(a.key, b.key)
          : b.count - a.count || String(a.key).localeCompare(String(b.key)),
      );
    return {
      kpi: 'ticketVolume',
      value: state.count === 0 ? null : state.count,
      n: state.count,
      period: c.period,
      interval: null,
      by: c.by,
      timeZone: c.clock.timeZone,
      breakdown,
    };
  },
});

function compareTimeKeys(a: string | null, b: string | null): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isNaN(na) || Number.isNaN(nb) ? String(a).localeCompare(String(b)) : na - nb;
}

export const createTicketVolumeAccumulator = (
  options: TicketVolumeOptions = {},
  state?: VolumeState,
) => factory(options, state);

/** Tickets created in the period, optionally split by channel, priority, segment… (KPI-SPEC §Ticket volume). */
export function ticketVolume(tickets: readonly TicketInput[], options: TicketVolumeOptions = {}) {
  return runBatch(createTicketVolumeAccumulator(options), tickets, options.mode);
}
