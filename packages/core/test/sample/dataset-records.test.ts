import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CustomerSchema } from '../../src/schema/customer.js';
import { EmployeeSchema } from '../../src/schema/employee.js';
import { OrderSchema } from '../../src/schema/order.js';
import { SurveyResponseSchema } from '../../src/schema/survey-response.js';
import { TicketSchema } from '../../src/schema/ticket.js';
import { sampleDataset } from '../../src/sample/index.js';
import type { z } from 'zod';

const data = sampleDataset();

function expectAllParse<S extends z.ZodType>(schema: S, records: readonly unknown[]): void {
  const failures: string[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (!parsed.success) failures.push(`${JSON.stringify(record)}: ${parsed.error.message}`);
    // Already the output form: parsing changes nothing (instants are epoch ms, not strings).
    else if (!isDeepStrictEqual(parsed.data, record))
      failures.push(`changed by parse: ${JSON.stringify(record)}`);
  }
  expect(failures.slice(0, 3)).toEqual([]);
}

describe('sample dataset records', () => {
  it('has a year of data of the expected size', () => {
    const { counts } = data.meta;
    expect(counts.tickets).toBe(data.tickets.length);
    expect(data.tickets.length).toBeGreaterThan(12_000);
    expect(data.tickets.length).toBeLessThan(17_000);
    expect(counts.surveys).toBe(data.surveys.length);
    expect(counts.customers).toBe(data.customers.length);
    expect(counts.orders).toBe(data.orders.length);
    expect(counts.employees).toBe(data.employees.length);
    const byKind = Object.values(counts.surveysByKind).reduce((a, b) => a + b, 0);
    expect(byKind).toBe(data.surveys.length);
    for (const n of Object.values(counts.surveysByKind)) expect(n).toBeGreaterThan(50);
  });

  it('describes itself: seed, zone, and the 2025 Madrid year as epoch ms', () => {
    expect(data.meta.seed).toBe(42);
    expect(data.meta.timeZone).toBe('Europe/Madrid');
    // Madrid is UTC+1 in winter: local midnight is 23:00 UTC the day before.
    expect(data.meta.from).toBe(Date.UTC(2024, 11, 31, 23));
    expect(data.meta.to).toBe(Date.UTC(2025, 11, 31, 23));
    expect(data.meta.serviceHours.timeZone).toBe('Europe/Madrid');
    expect(data.meta.serviceHours.holidays).toContain('2025-04-18');
  });

  it('every ticket passes TicketSchema in its output form', () =>
    expectAllParse(TicketSchema, data.tickets));
  it('every survey answer passes SurveyResponseSchema', () =>
    expectAllParse(SurveyResponseSchema, data.surveys));
  it('every customer passes CustomerSchema', () => expectAllParse(CustomerSchema, data.customers));
  it('every order passes OrderSchema', () => expectAllParse(OrderSchema, data.orders));
  it('every employee passes EmployeeSchema', () => expectAllParse(EmployeeSchema, data.employees));

  it('ids are unique and follow each collection’s order', () => {
    const sortedBy = <T>(items: readonly T[], key: (t: T) => number): boolean =>
      items.every((item, i) => i === 0 || key(items[i - 1]!) <= key(item));
    for (const [records, prefix] of [
      [data.tickets, 'T-'],
      [data.surveys, 'S-'],
      [data.customers, 'C-'],
      [data.orders, 'O-'],
      [data.employees, 'E-'],
    ] as const) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(prefix))).toBe(true);
      // Zero-padded, so sorting by id is sorting by position.
      expect([...ids].sort()).toEqual(ids);
    }
    expect(sortedBy(data.tickets, (t) => t.createdAt)).toBe(true);
    expect(sortedBy(data.surveys, (s) => s.answeredAt)).toBe(true);
    expect(sortedBy(data.customers, (c) => c.activeFrom)).toBe(true);
    expect(sortedBy(data.orders, (o) => o.orderedAt)).toBe(true);
    expect(sortedBy(data.employees, (e) => e.hiredAt)).toBe(true);
  });

  it('is serialisable as plain JSON without loss', () => {
    const copy = JSON.parse(JSON.stringify(data)) as unknown;
    expect(copy).toEqual(data);
  });
});
