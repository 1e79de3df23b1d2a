import {
  createCsatAccumulator,
  createFirstResponseTimeAccumulator,
  createNpsAccumulator,
  createResolutionTimeAccumulator,
  createTicketVolumeAccumulator,
  createWeekdayHourAccumulator,
  periodOf,
  type CalendarPeriod,
  type SurveyResponse,
  type Ticket,
} from '@tablero/core';
import { FRT_SLA_MINUTES, RT_SLA_MINUTES } from './sla-targets.js';

type StateOf<F extends (...args: never[]) => { toJSON(): unknown }> = ReturnType<
  ReturnType<F>['toJSON']
>;

/**
 * One calendar month's accumulator states. Months are the unit because a quarter or a year is
 * a merge of months: the page switches period without reading the data again, and the states
 * are plain JSON, so they cross `postMessage` from the worker.
 */
export interface MonthState {
  label: string;
  /** Tickets created and answers given in the month: the months a user can pick. */
  records: number;
  frt: StateOf<typeof createFirstResponseTimeAccumulator>;
  rt: StateOf<typeof createResolutionTimeAccumulator>;
  volume: StateOf<typeof createTicketVolumeAccumulator>;
  matrix: StateOf<typeof createWeekdayHourAccumulator>;
  nps: StateOf<typeof createNpsAccumulator>;
  csat: StateOf<typeof createCsatAccumulator>;
}

export interface MonthBucketsResult {
  timeZone: string;
  months: Record<string, MonthState>;
  tickets: number;
  surveys: number;
  /** Records core refused (`add` threw), with the reason; the adapter checks make this rare. */
  refused: { id: string; message: string }[];
}

/** The accumulators of one month, created with the month as their period so they filter as core's batch functions do. */
function monthAccumulators(period: CalendarPeriod) {
  const { timeZone } = period;
  return {
    records: 0,
    frt: createFirstResponseTimeAccumulator({ period, sla: FRT_SLA_MINUTES }),
    rt: createResolutionTimeAccumulator({ period, sla: RT_SLA_MINUTES }),
    volume: createTicketVolumeAccumulator({ period, by: 'channel', timeZone }),
    matrix: createWeekdayHourAccumulator({ period, timeZone }),
    nps: createNpsAccumulator({ period }),
    csat: createCsatAccumulator({ period }),
  };
}
type MonthAccumulators = ReturnType<typeof monthAccumulators>;

/**
 * Routes tickets and survey answers into per-month accumulators in a time zone: a ticket counts
 * in the month of its creation (FRT, volume, heatmap) and of its first resolution (resolution
 * time), an answer in the month it was given, exactly the timestamps core places them by.
 */
export class MonthBuckets {
  readonly timeZone: string;
  #months = new Map<string, MonthAccumulators>();
  #last: { from: number; to: number; acc: MonthAccumulators } | undefined;
  #tickets = 0;
  #surveys = 0;
  #refused: { id: string; message: string }[] = [];
  #refusedCount = 0;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  #month(ms: number): MonthAccumulators {
    const last = this.#last;
    if (last && ms >= last.from && ms < last.to) return last.acc;
    const period = periodOf(ms, 'month', { timeZone: this.timeZone });
    let acc = this.#months.get(period.label);
    if (!acc) {
      acc = monthAccumulators(period);
      this.#months.set(period.label, acc);
    }
    this.#last = { from: period.from, to: period.to, acc };
    return acc;
  }

  addTicket(ticket: Ticket): void {
    this.#tickets++;
    this.#guard(ticket.id, () => {
      const created = this.#month(ticket.createdAt);
      created.records++;
      created.frt.add(ticket);
      created.volume.add(ticket);
      created.matrix.add(ticket);
      if (ticket.resolvedAt != null) this.#month(ticket.resolvedAt).rt.add(ticket);
    });
  }

  addSurvey(answer: SurveyResponse): void {
    this.#surveys++;
    if (answer.kind !== 'nps' && answer.kind !== 'csat') return;
    this.#guard(answer.id, () => {
      const month = this.#month(answer.answeredAt);
      month.records++;
      if (answer.kind === 'nps') month.nps.add(answer);
      else month.csat.add(answer);
    });
  }

  #guard(id: string, add: () => void): void {
    try {
      add();
    } catch (error) {
      this.#refusedCount++;
      if (this.#refused.length < 100) this.#refused.push({ id, message: (error as Error).message });
    }
  }

  get refusedCount(): number {
    return this.#refusedCount;
  }

  toJSON(): MonthBucketsResult {
    const months: Record<string, MonthState> = {};
    for (const [label, acc] of this.#months) {
      months[label] = {
        label,
        records: acc.records,
        frt: acc.frt.toJSON(),
        rt: acc.rt.toJSON(),
        volume: acc.volume.toJSON(),
        matrix: acc.matrix.toJSON(),
        nps: acc.nps.toJSON(),
        csat: acc.csat.toJSON(),
      };
    }
    return {
      timeZone: this.timeZone,
      months,
      tickets: this.#tickets,
      surveys: this.#surveys,
      refused: this.#refused,
    };
  }
}
