import { runBatch } from '../accumulator/accumulator.js';
import type { TicketInput } from '../schema/ticket.js';
import {
  durationKpi,
  type DurationOptions,
  type DurationResult,
  type DurationState,
} from './duration-kpi.js';
import { ticketInstant } from './ticket-fields.js';

export type FirstResponseTimeResult = DurationResult<'firstResponseTime'>;

const factory = durationKpi<'firstResponseTime', DurationOptions, object>({
  kpi: 'firstResponseTime',
  extras: () => ({}),
  defaultPeriodBy: () => 'createdAt',
  endName: () => 'firstResponseAt',
  end: (ticket) => ticketInstant(ticket, 'firstResponseAt'),
});

export const createFirstResponseTimeAccumulator = (
  options: DurationOptions = {},
  state?: DurationState,
) => factory(options, state);

/**
 * First response time (KPI-SPEC §FRT): `firstResponseAt − createdAt` in minutes, for tickets
 * created in the period (`periodBy` changes that), with mean, median, p90 and SLA attainment.
 */
export function firstResponseTime(tickets: readonly TicketInput[], options: DurationOptions = {}) {
  return runBatch(createFirstResponseTimeAccumulator(options), tickets, options.mode);
}
