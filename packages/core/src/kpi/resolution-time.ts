import { runBatch } from '../accumulator/accumulator.js';
import type { TicketInput } from '../schema/ticket.js';
import {
  durationKpi,
  type DurationOptions,
  type DurationResult,
  type DurationState,
} from './duration-kpi.js';
import { readCount, ticketInstant } from './ticket-fields.js';

export interface ResolutionTimeOptions extends DurationOptions {
  /**
   * `first` (default): to `resolvedAt`. `full`: to `fullyResolvedAt`, the resolution after
   * reopens; a ticket never reopened without that field counts its `resolvedAt`, and one
   * reopened without it is still open (pending).
   */
  resolution?: 'first' | 'full';
}

export type ResolutionTimeResult = DurationResult<'resolutionTime'> & {
  resolution: 'first' | 'full';
};

const factory = durationKpi<
  'resolutionTime',
  ResolutionTimeOptions,
  { resolution: 'first' | 'full' }
>({
  kpi: 'resolutionTime',
  extras: (o) => ({ resolution: o.resolution ?? 'first' }),
  // Placed by the resolution it measures, so a closed month's figure does not move later.
  defaultPeriodBy: (o) => (o.resolution === 'full' ? 'fullyResolvedAt' : 'resolvedAt'),
  endName: (o) => (o.resolution === 'full' ? 'fullyResolvedAt' : 'resolvedAt'),
  end(ticket, options) {
    if (options.resolution !== 'full') return ticketInstant(ticket, 'resolvedAt');
    const full = ticketInstant(ticket, 'fullyResolvedAt');
    if (full !== undefined) return full;
    return readCount(ticket, 'reopens') ? undefined : ticketInstant(ticket, 'resolvedAt');
  },
});

export const createResolutionTimeAccumulator = (
  options: ResolutionTimeOptions = {},
  state?: DurationState,
) => factory(options, state);

/**
 * Resolution time (KPI-SPEC §RT): to first resolution (or full resolution) in minutes, for
 * tickets resolved in the period; mean = sum / count resolved, plus median, p90, SLA.
 */
export function resolutionTime(
  tickets: readonly TicketInput[],
  options: ResolutionTimeOptions = {},
) {
  return runBatch(createResolutionTimeAccumulator(options), tickets, options.mode);
}
