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
 * a row is not rejected, so they open the literal.
 */

/** A ticket from the slot values of a row that passed every check. */
export function buildTicket(
  v: readonly SlotValue[],
  system: string | undefined,
  custom: Custom | undefined,
): Ticket {
  const S = TICKET_SLOTS;
  const t = { id: v[S.id] } as Ticket;
  if (system !== undefined) t.source = { system, id: t.id };
  t.createdAt = v[S.createdAt] as number;
  t.status = v[S.status] as Ticket['status'];
  let x = v[S.firstResponseAt];
  if (x !== undefined) t.firstResponseAt = x as number;
  if ((x = v[S.resolvedAt]) !== undefined) t.resolvedAt = x as number;
  if ((x = v[S.fullyResolvedAt]) !== undefined) t.fullyResolvedAt = x as number;
  if ((x = v[S.closedAt]) !== undefined) t.closedAt = x as number;
  if ((x = v[S.channel]) !== undefined) t.channel = x as Ticket['channel'];
  if ((x = v[S.priority]) !== undefined) t.priority = x as Ticket['priority'];
  if ((x = v[S.group]) !== undefined) t.group = x as string;
  if ((x = v[S.assignee]) !== undefined) t.assignee = x as string;
  if ((x = v[S.customerId]) !== undefined) t.customerId = x as string;
  if ((x = v[S.customerSegment]) !== undefined) t.customerSegment = x as string;
  if ((x = v[S.language]) !== undefined) t.language = x as string;
  if ((x = v[S.tier]) !== undefined) t.tier = x as string;
  if ((x = v[S.tags]) !== undefined) t.tags = x as string[];
  if ((x = v[S.agentTouches]) !== undefined) t.agentTouches = x as number;
  if ((x = v[S.reopens]) !== undefined) t.reopens = x as number;
  if ((x = v[S.escalated]) !== undefined) t.escalated = x as boolean;
  if ((x = v[S.isComplaint]) !== undefined) t.isComplaint = x as boolean;
  if ((x = v[S.isApplause]) !== undefined) t.isApplause = x as boolean;
  if ((x = v[S.holdSeconds]) !== undefined) t.holdSeconds = x as number;
  if (custom !== undefined) t.custom = custom;
  return t;
}

/** A survey response from the slot values of a row that passed every check. */
export function buildSurveyResponse(
  v: readonly SlotValue[],
  custom: Custom | undefined,
): SurveyResponse {
  const S = SURVEY_SLOTS;
  const r = {
    id: v[S.id],
    kind: v[S.kind],
    score: v[S.score],
    answeredAt: v[S.answeredAt],
  } as SurveyResponse;
  let x = v[S.respondentId];
  if (x !== undefined) r.respondentId = x as string;
  if ((x = v[S.customerId]) !== undefined) r.customerId = x as string;
  if ((x = v[S.employeeId]) !== undefined) r.employeeId = x as string;
  if ((x = v[S.ticketId]) !== undefined) r.ticketId = x as string;
  if ((x = v[S.agent]) !== undefined) r.agent = x as string;
  if ((x = v[S.channel]) !== undefined) r.channel = x as SurveyResponse['channel'];
  if ((x = v[S.language]) !== undefined) r.language = x as string;
  if ((x = v[S.comment]) !== undefined) r.comment = x as string;
  if (custom !== undefined) r.custom = custom;
  return r;
}
