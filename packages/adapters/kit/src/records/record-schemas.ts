import {
  CustomerSchema,
  EmployeeSchema,
  OrderSchema,
  SurveyResponseSchema,
  TicketSchema,
  type CustomerInput,
  type EmployeeInput,
  type OrderInput,
  type SurveyResponseInput,
  type TicketInput,
} from '@tablero/core';
import type { z } from 'zod';
import type { AdapterRecord, RecordKind } from '../contract.js';

/** The core schema each record kind must satisfy. */
export const RECORD_SCHEMAS = {
  ticket: TicketSchema,
  'survey-response': SurveyResponseSchema,
  customer: CustomerSchema,
  order: OrderSchema,
  employee: EmployeeSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** What a mapping function returns: a core record before parsing (instants may be ISO strings). */
export type AdapterRecordInput =
  | { kind: 'ticket'; record: TicketInput }
  | { kind: 'survey-response'; record: SurveyResponseInput }
  | { kind: 'customer'; record: CustomerInput }
  | { kind: 'order'; record: OrderInput }
  | { kind: 'employee'; record: EmployeeInput };

export type ParsedAdapterRecord =
  | { success: true; record: AdapterRecord }
  | { success: false; issues: { path: (string | number)[]; message: string }[] };

/** Parses a mapped record with its kind's core schema (instants become epoch ms). */
export function parseAdapterRecord(input: AdapterRecordInput): ParsedAdapterRecord {
  const schema: z.ZodType = RECORD_SCHEMAS[input.kind];
  const parsed = schema.safeParse(input.record);
  if (parsed.success) {
    return { success: true, record: { kind: input.kind, record: parsed.data } as AdapterRecord };
  }
  return {
    success: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    })),
  };
}
