import { describe, expect, it } from 'vitest';
import {
  CustomerSchema,
  EmployeeSchema,
  OrderSchema,
  SurveyResponseSchema,
  TableroValidationError,
  TicketSchema,
  parseRecords,
  type Ticket,
} from '../../src/index.js';

const ticket = {
  id: 'T-1',
  createdAt: '2026-03-02T09:00:00+01:00',
  status: 'solved',
  firstResponseAt: '2026-03-02T08:30:00Z',
  channel: 'email',
  conversion: { converted: true, amount: 49.9, currency: 'EUR' },
};

describe('KPI-SPEC §Ground rules — the canonical model (zod schemas)', () => {
  it('parses a ticket and normalises instants to epoch ms (UTC)', () => {
    const parsed: Ticket = TicketSchema.parse(ticket);
    expect(parsed.createdAt).toBe(Date.parse('2026-03-02T08:00:00Z'));
    expect(parsed.firstResponseAt).toBe(Date.parse('2026-03-02T08:30:00Z'));
  });

  it('refuses wall times without an offset, unknown fields, and a response before creation', () => {
    expect(TicketSchema.safeParse({ ...ticket, createdAt: '2026-03-02T09:00:00' }).success).toBe(
      false,
    );
    expect(TicketSchema.safeParse({ ...ticket, colour: 'red' }).success).toBe(false);
    const early = TicketSchema.safeParse({ ...ticket, firstResponseAt: '2026-03-02T07:00:00Z' });
    expect(early.success).toBe(false);
    expect(early.error!.issues[0]!.path).toEqual(['firstResponseAt']);
  });

  it('parseRecords: strict throws one error naming record, id and field path; lenient keeps the valid ones', () => {
    const records = [
      ticket,
      { ...ticket, id: 'T-2', conversion: { converted: true, amount: -5, currency: 'EUR' } },
      { ...ticket, id: 'T-3' },
    ];
    expect(() => parseRecords(TicketSchema, records)).toThrow(TableroValidationError);
    expect(() => parseRecords(TicketSchema, records)).toThrow(
      /record 1 \(id "T-2"\) field "conversion.amount"/,
    );
    const { records: ok, rejected } = parseRecords(TicketSchema, records, { mode: 'lenient' });
    expect(ok.map((t) => t.id)).toEqual(['T-1', 'T-3']);
    expect(rejected[0]).toMatchObject({
      index: 1,
      id: 'T-2',
      issues: [{ path: ['conversion', 'amount'] }],
    });
  });

  it('the other schemas accept a valid record and name the bad field', () => {
    expect(
      SurveyResponseSchema.parse({ id: 's', kind: 'csat', score: 'good', answeredAt: 0 }).score,
    ).toBe('good');
    expect(
      SurveyResponseSchema.safeParse({ id: 's', kind: 'poll', score: 1, answeredAt: 0 }).error!
        .issues[0]!.path,
    ).toEqual(['kind']);
    expect(
      CustomerSchema.safeParse({ id: 'c', activeFrom: 10, activeTo: 5 }).error!.issues[0]!.path,
    ).toEqual(['activeTo']);
    expect(
      OrderSchema.safeParse({ id: 'o', customerId: 'c', orderedAt: 0, amount: 1, currency: 'eur' })
        .error!.issues[0]!.path,
    ).toEqual(['currency']);
    expect(EmployeeSchema.parse({ id: 'e', hiredAt: new Date(0) }).hiredAt).toBe(0);
  });
});
