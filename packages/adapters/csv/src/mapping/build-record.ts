import type { SurveyResponse, Ticket } from '@tablero/core';
import { SURVEY_FIELD_TYPES, TICKET_FIELD_TYPES } from './csv-mapping.js';

/** A cell's value once read; `undefined` when the cell is empty or the field is not mapped. */
export type SlotValue = string | number | boolean | string[] | undefined;

type Slots<T> = { readonly [K in keyof T]: number };

const slotsOf = <T extends object>(types: T): Slots<T> =>
  Object.fromEntries(Object.keys(types).map((field, i) => [field, i])) as Slots<T>;

/** Where each ticket field's value sits in the mapper's per-row value array. */
export const TICKET_SLOTS = slotsOf(TICKET_FIELD_TYPES);
/** Where each survey-response field's value sits in the mapper's per-row value array. */
export const SURVEY_SLOTS = slotsOf(SURVEY_FIELD_TYPES);

type Custom = NonNullable<Ticket['custom']>;

/*
 * The record is written with one named property store per field, always in the schema's
 * order. Storing through `record[field]` with the field names of the mapping made every store
 * megamorphic: measured at ~350 ms per million tickets against ~60 ms for these stores, the
 * largest single cost of a CSV ingest after tokenizing. Required fields are present whenever
 * a row is not rejected, so they come first.
 *
 * Records are made with `new` on a constructor whose prototype is `Object.prototype`: V8 then
 * sizes the object for every field the constructor may set (and trims the slack after a few
 * records), where a literal grew an out-of-object store three fields at a time, six
 * allocations and copies per ticket (57 → 25 ms per million in isolation). The result is a
 * plain object: its prototype is Object.prototype and its constructor Object.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function TicketRecord(
  this: Mutable<Ticket>,
  v: readonly SlotValue[],
  system: string | undefined,
  custom: Custom | undefined,
) {
  const S = TICKET_SLOTS;
  this.id = v[S.id] as string;
  if (system !== undefined) this.source = { system, id: this.id };
  this.createdAt = v[S.createdAt] as number;
  this.status = v[S.status] as Ticket['status'];
  let x = v[S.firstResponseAt];
  if (x !== undefined) this.firstResponseAt = x as number;
  if ((x = v[S.resolvedAt]) !== undefined) this.resolvedAt = x as number;
  if ((x = v[S.fullyResolvedAt]) !== undefined) this.fullyResolvedAt = x as number;
  if ((x = v[S.closedAt]) !== undefined) this.closedAt = x as number;
  if ((x = v[S.channel]) !== undefined) this.channel = x as Ticket['channel'];
  if ((x = v[S.priority]) !== undefined) this.priority = x as Ticket['priority'];
  if ((x = v[S.group]) !== undefined) this.group = x as string;
  if ((x = v[S.assignee]) !== undefined) this.assignee = x as string;
  if ((x = v[S.customerId]) !== undefined) this.customerId = x as string;
  if ((x = v[S.customerSegment]) !== undefined) this.customerSegment = x as string;
  if ((x = v[S.language]) !== undefined) this.language = x as string;
  if ((x = v[S.tier]) !== undefined) this.tier = x as string;
  if ((x = v[S.tags]) !== undefined) this.tags = x as string[];
  if ((x = v[S.agentTouches]) !== undefined) this.agentTouches = x as number;
  if ((x = v[S.reopens]) !== undefined) this.reopens = x as number;
  if ((x = v[S.escalated]) !== undefined) this.escalated = x as boolean;
  if ((x = v[S.isComplaint]) !== undefined) this.isComplaint = x as boolean;
  if ((x = v[S.isApplause]) !== undefined) this.isApplause = x as boolean;
  if ((x = v[S.holdSeconds]) !== undefined) this.holdSeconds = x as number;
  if (custom !== undefined) this.custom = custom;
}
TicketRecord.prototype = Object.prototype;

function SurveyResponseRecord(
  this: Mutable<SurveyResponse>,
  v: readonly SlotValue[],
  custom: Custom | undefined,
) {
  const S = SURVEY_SLOTS;
  this.id = v[S.id] as string;
  this.kind = v[S.kind] as SurveyResponse['kind'];
  this.score = v[S.score] as SurveyResponse['score'];
  this.answeredAt = v[S.answeredAt] as number;
  let x = v[S.respondentId];
  if (x !== undefined) this.respondentId = x as string;
  if ((x = v[S.customerId]) !== undefined) this.customerId = x as string;
  if ((x = v[S.employeeId]) !== undefined) this.employeeId = x as string;
  if ((x = v[S.ticketId]) !== undefined) this.ticketId = x as string;
  if ((x = v[S.agent]) !== undefined) this.agent = x as string;
  if ((x = v[S.channel]) !== undefined) this.channel = x as SurveyResponse['channel'];
  if ((x = v[S.language]) !== undefined) this.language = x as string;
  if ((x = v[S.comment]) !== undefined) this.comment = x as string;
  if (custom !== undefined) this.custom = custom;
}
SurveyResponseRecord.prototype = Object.prototype;

/** A ticket from the slot values of a row that passed every check. */
export function buildTicket(
  v: readonly SlotValue[],
  system: string | undefined,
  custom: Custom | undefined,
): Ticket {
  return new (TicketRecord as unknown as new (...args: Parameters<typeof TicketRecord>) => Ticket)(
    v,
    system,
    custom,
  );
}

/** A survey response from the slot values of a row that passed every check. */
export function buildSurveyResponse(
  v: readonly SlotValue[],
  custom: Custom | undefined,
): SurveyResponse {
  return new (
    SurveyResponseRecord as unknown as new (
      ...args: Parameters<typeof SurveyResponseRecord>
    ) => SurveyResponse
  )(v, custom);
}
