import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerSchema } from '../../src/schema/customer.js';
import { EmployeeSchema } from '../../src/schema/employee.js';
import { OrderSchema } from '../../src/schema/order.js';
import { SurveyResponseSchema } from '../../src/schema/survey-response.js';
import { TicketSchema } from '../../src/schema/ticket.js';
import { generateSampleDataset, sampleDataset } from '../../src/sample/index.js';
import { zoneClock } from '../../src/time/zone.js';
import { mean, tally } from './support.js';

/** A month keeps these tests quick; the determinism argument does not depend on the length. */
const MARCH = { from: '2025-03-01T00:00:00+01:00', to: '2025-04-01T00:00:00+02:00' } as const;

describe('generateSampleDataset: determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the same options give deep-equal datasets; the memoised default is the default', () => {
    expect(generateSampleDataset(MARCH)).toEqual(generateSampleDataset(MARCH));
    expect(sampleDataset()).toBe(sampleDataset());
    expect(generateSampleDataset()).toEqual(sampleDataset());
  });

  it('another seed gives another dataset', () => {
    const a = generateSampleDataset({ ...MARCH, seed: 1 });
    const b = generateSampleDataset({ ...MARCH, seed: 2 });
    expect(a.tickets.map((t) => t.createdAt)).not.toEqual(b.tickets.map((t) => t.createdAt));
    expect(a.customers.map((c) => c.name)).not.toEqual(b.customers.map((c) => c.name));
    expect(a.surveys.map((s) => s.score)).not.toEqual(b.surveys.map((s) => s.score));
    expect(a.employees.map((e) => e.name)).not.toEqual(b.employees.map((e) => e.name));
  });

  it('does not depend on the machine’s time zone', () => {
    const before = process.env['TZ'];
    const reference = generateSampleDataset(MARCH);
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'UTC']) {
        process.env['TZ'] = zone;
        // Make sure the switch took effect, or this test proves nothing.
        expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(
          zone === 'UTC' ? 0 : zone === 'Asia/Kolkata' ? -330 : 480,
        );
        expect(generateSampleDataset(MARCH)).toEqual(reference);
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('does not depend on the current date', () => {
    const reference = generateSampleDataset(MARCH);
    vi.useFakeTimers({ now: new Date('1999-12-31T23:59:59Z') });
    expect(Date.now()).toBe(Date.UTC(1999, 11, 31, 23, 59, 59));
    expect(generateSampleDataset(MARCH)).toEqual(reference);
  });

  it('keeps customers, orders and staff when only the ticket or survey volume changes', () => {
    const base = generateSampleDataset(MARCH);
    const more = generateSampleDataset({ ...MARCH, tickets: 5000, surveys: 3000 });
    expect(more.customers).toEqual(base.customers);
    expect(more.orders).toEqual(base.orders);
    expect(more.employees).toEqual(base.employees);
    expect(more.tickets).not.toEqual(base.tickets);
  });
});

describe('generateSampleDataset: options', () => {
  it('makes exactly `tickets` tickets and `surveys` answers, spread over NPS, CSAT and CES', () => {
    const data = generateSampleDataset({ tickets: 3210, surveys: 2000 });
    expect(data.tickets).toHaveLength(3210);
    expect(data.surveys).toHaveLength(2000);
    expect(data.meta.counts.tickets).toBe(3210);
    expect(data.meta.counts.surveys).toBe(2000);
    const { nps, csat, ces, enps, esat } = data.meta.counts.surveysByKind;
    expect(nps + csat + ces + enps + esat).toBe(2000);
    // Employee pulses keep their natural number; the customer kinds share the rest 30/50/20.
    expect(enps).toBe(esat);
    const customerAnswers = 2000 - enps - esat;
    expect(Math.abs(nps - 0.3 * customerAnswers)).toBeLessThanOrEqual(1);
    expect(Math.abs(csat - 0.5 * customerAnswers)).toBeLessThanOrEqual(1);
    expect(Math.abs(ces - 0.2 * customerAnswers)).toBeLessThanOrEqual(1);
    // Still spread over the year with the same shape.
    const months = tally(data.tickets, (t) => zoneClock('Europe/Madrid').fields(t.createdAt).month);
    expect(months.size).toBe(12);
    for (const t of data.tickets) expect(TicketSchema.safeParse(t).success).toBe(true);
  });

  it('gives several answers per ticket when asked for more answers than solved tickets', () => {
    const data = generateSampleDataset({ ...MARCH, tickets: 100, surveys: 1000 });
    expect(data.surveys).toHaveLength(1000);
    const csat = data.surveys.filter((s) => s.kind === 'csat');
    const tickets = new Map(data.tickets.map((t) => [t.id, t]));
    for (const s of csat) {
      const t = tickets.get(s.ticketId!)!;
      expect(s.answeredAt).toBeGreaterThanOrEqual(t.fullyResolvedAt!);
      expect(s.answeredAt).toBeLessThan(data.meta.to);
    }
    expect(new Set(csat.map((s) => s.ticketId)).size).toBeLessThan(csat.length);
  });

  it('copes with no tickets at all and with fewer answers than employee pulses', () => {
    const empty = generateSampleDataset({ ...MARCH, tickets: 0, surveys: 300 });
    expect(empty.tickets).toEqual([]);
    expect(empty.surveys).toHaveLength(300);
    for (const s of empty.surveys) expect(SurveyResponseSchema.safeParse(s).success).toBe(true);
    // CSAT and CES without tickets cannot link to one.
    expect(
      empty.surveys.filter((s) => s.kind === 'csat').every((s) => s.ticketId === undefined),
    ).toBe(true);

    const few = generateSampleDataset({ surveys: 5 });
    expect(few.surveys).toHaveLength(5);
    expect(few.surveys.every((s) => s.kind === 'enps' || s.kind === 'esat')).toBe(true);
    expect(generateSampleDataset({ ...MARCH, surveys: 0 }).surveys).toEqual([]);
  });

  it('scales the volume with ticketsPerDay', () => {
    const base = generateSampleDataset(MARCH).tickets.length;
    const double = generateSampleDataset({ ...MARCH, ticketsPerDay: 100 }).tickets.length;
    expect(Math.abs(double / base - 2)).toBeLessThan(0.01);
    expect(generateSampleDataset({ ...MARCH, ticketsPerDay: 0 }).tickets).toEqual([]);
  });

  it('accepts from/to as ISO strings, Dates or epoch ms, and keeps every record inside', () => {
    const viaStrings = generateSampleDataset(MARCH);
    const viaDates = generateSampleDataset({ from: new Date(MARCH.from), to: new Date(MARCH.to) });
    const viaMs = generateSampleDataset({ from: Date.parse(MARCH.from), to: Date.parse(MARCH.to) });
    expect(viaDates).toEqual(viaStrings);
    expect(viaMs).toEqual(viaStrings);
    const { from, to } = viaStrings.meta;
    expect(from).toBe(Date.UTC(2025, 1, 28, 23));
    expect(to).toBe(Date.UTC(2025, 2, 31, 22));
    expect(viaStrings.tickets.every((t) => t.createdAt >= from && t.createdAt < to)).toBe(true);
    expect(viaStrings.surveys.every((s) => s.answeredAt >= from && s.answeredAt < to)).toBe(true);
    expect(viaStrings.orders.every((o) => o.orderedAt >= from && o.orderedAt < to)).toBe(true);
    expect(viaStrings.meta.serviceHours.holidays).toEqual([]);
  });

  it('follows another zone’s clock when asked: peaks in Mexico City business hours', () => {
    const data = generateSampleDataset({
      timeZone: 'America/Mexico_City',
      tickets: 20_000,
      surveys: 0,
    });
    const mexico = zoneClock('America/Mexico_City');
    expect(data.meta.timeZone).toBe('America/Mexico_City');
    expect(data.meta.from).toBe(mexico.instantOf(2025, 1, 1));
    const byHour = tally(data.tickets, (t) => mexico.weekdayHour(t.createdAt).hour);
    const at = (h: number): number => byHour.get(h) ?? 0;
    expect(mean([10, 11, 12].map(at))).toBeGreaterThan(8 * mean([1, 2, 3, 4].map(at)));
  });

  it('refuses options it cannot honour, with a RangeError naming the option', () => {
    expect(() => generateSampleDataset({ seed: Number.NaN })).toThrow(/seed/);
    expect(() => generateSampleDataset({ tickets: -1 })).toThrow(/tickets/);
    expect(() => generateSampleDataset({ tickets: 1.5 })).toThrow(/tickets/);
    expect(() => generateSampleDataset({ surveys: Infinity })).toThrow(/surveys/);
    expect(() => generateSampleDataset({ ticketsPerDay: -3 })).toThrow(/ticketsPerDay/);
    expect(() => generateSampleDataset({ from: '2025-03-01T00:00:00' })).toThrow(/from/);
    expect(() => generateSampleDataset({ from: MARCH.to, to: MARCH.from })).toThrow(/before/);
    expect(() => generateSampleDataset({ timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});

describe('generateSampleDataset: any seed, range and zone', () => {
  it('gives valid, consistent records', () => {
    const zones = [
      'Europe/Madrid',
      'UTC',
      'America/Bogota',
      'Atlantic/Canary',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 1, max: 40 * 86_400 }),
        fc.constantFrom(...zones),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        (seed, from, seconds, timeZone, tickets) => {
          const to = from + seconds * 1000;
          const data = generateSampleDataset({ seed, from, to, timeZone, tickets });
          const problems: string[] = [];
          for (const t of data.tickets) {
            if (!TicketSchema.safeParse(t).success) problems.push(`${t.id}: schema`);
            if (t.createdAt < from || t.createdAt >= to) problems.push(`${t.id}: outside range`);
            const chain = [
              t.createdAt,
              t.firstResponseAt,
              t.resolvedAt,
              t.fullyResolvedAt,
              t.closedAt,
            ];
            let last = -Infinity;
            for (const x of chain) {
              if (x == null) continue;
              if (x < last || x >= to) problems.push(`${t.id}: instants out of order or after to`);
              last = x;
            }
            if ((t.firstResponseAt == null) !== (t.status === 'new'))
              problems.push(`${t.id}: status ${t.status}`);
          }
          for (const s of data.surveys) {
            if (!SurveyResponseSchema.safeParse(s).success) problems.push(`${s.id}: schema`);
            if (s.answeredAt < from || s.answeredAt >= to) problems.push(`${s.id}: outside range`);
          }
          for (const c of data.customers)
            if (!CustomerSchema.safeParse(c).success) problems.push(`${c.id}: schema`);
          for (const e of data.employees)
            if (!EmployeeSchema.safeParse(e).success) problems.push(`${e.id}: schema`);
          for (const o of data.orders) {
            if (!OrderSchema.safeParse(o).success || o.orderedAt < from || o.orderedAt >= to)
              problems.push(`${o.id}: order`);
          }
          if (tickets !== undefined && data.tickets.length !== tickets)
            problems.push('ticket count');
          expect(problems.slice(0, 5)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
