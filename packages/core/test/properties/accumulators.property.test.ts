import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import type { Accumulator, TicketInput } from '../../src/index.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

const arbTicket: fc.Arbitrary<TicketInput> = fc
  .record({
    i: fc.nat(),
    created: fc.integer({ min: 0, max: 90 * DAY }),
    firstResponseAfter: fc.option(fc.integer({ min: 0, max: 5 * DAY }), { nil: undefined }),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 20 * DAY }), { nil: undefined }),
    channel: fc.option(fc.constantFrom(...core.CHANNELS), { nil: undefined }),
    tier: fc.option(fc.constantFrom('N1', 'N2', 'N3'), { nil: undefined }),
    agentTouches: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
    reopens: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    escalated: fc.option(fc.boolean(), { nil: undefined }),
    isComplaint: fc.option(fc.boolean(), { nil: undefined }),
    holdSeconds: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    converted: fc.option(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 500 })), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const createdAt = T0 + r.created;
    const ticket: TicketInput = {
      id: `T${r.i}`,
      createdAt,
      status: r.resolvedAfter === undefined ? 'open' : 'solved',
    };
    if (r.firstResponseAfter !== undefined)
      ticket.firstResponseAt = createdAt + r.firstResponseAfter;
    if (r.resolvedAfter !== undefined) ticket.resolvedAt = createdAt + r.resolvedAfter;
    if (r.channel) ticket.channel = r.channel;
    if (r.tier) ticket.tier = r.tier;
    if (r.agentTouches !== undefined) ticket.agentTouches = r.agentTouches;
    if (r.reopens !== undefined) ticket.reopens = r.reopens;
    if (r.escalated !== undefined) ticket.escalated = r.escalated;
    if (r.isComplaint !== undefined) ticket.isComplaint = r.isComplaint;
    if (r.holdSeconds !== undefined) ticket.holdSeconds = r.holdSeconds;
    if (r.converted)
      ticket.conversion = { converted: r.converted[0], amount: r.converted[1], currency: 'EUR' };
    return ticket;
  });

const arbCustomer = fc
  .tuple(
    fc.nat(),
    fc.integer({ min: -60, max: 120 }),
    fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  )
  .map(([i, start, length]) => ({
    id: `c${i}`,
    activeFrom: T0 + start * DAY,
    activeTo: length === null ? null : T0 + (start + length) * DAY,
  }));

/** Cut points that split an array into shards (possibly empty ones). */
const arbSplit = <T>(items: fc.Arbitrary<T[]>) =>
  items.chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.array(fc.integer({ min: 0, max: list.length }), { maxLength: 5 }),
    ),
  );

function shards<T>(list: T[], cuts: number[]): T[][] {
  const points = [0, ...[...cuts].sort((a, b) => a - b), list.length];
  return points.slice(1).map((end, i) => list.slice(points[i], end));
}

/** Merging per-shard accumulators (serialised through JSON, as across a worker) equals one batch. */
function mergesLikeBatch<R, O>(
  name: string,
  records: fc.Arbitrary<R[]>,
  create: (options: O, state?: never) => Accumulator<R, unknown, unknown>,
  options: O,
) {
  it(`${name}: merging accumulators of any split equals the batch result`, () => {
    fc.assert(
      fc.property(arbSplit(records), ([list, cuts]) => {
        const batch = create(options);
        for (const r of list) batch.add(r);
        const merged = create(options);
        for (const part of shards(list, cuts)) {
          const shard = create(options);
          for (const r of part) shard.add(r);
          merged.merge(JSON.parse(JSON.stringify(shard.toJSON())));
        }
        expect(merged.result()).toEqual(batch.result());
      }),
      { numRuns: 60 },
    );
  });
}

const npsAnswers = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const tickets = fc.array(arbTicket, { maxLength: 120 });
const period = { from: T0 + 10 * DAY, to: T0 + 60 * DAY };
const schedule: core.BusinessSchedule = {
  timeZone: 'Europe/Madrid',
  week: {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '14:00']],
    sat: [['10:00', '13:00']],
  },
  holidays: ['2026-01-06'],
};

describe('KPI-SPEC §Ground rules — mergeable accumulators (property-based)', () => {
  mergesLikeBatch('nps', npsAnswers, core.createNpsAccumulator, {});
  mergesLikeBatch(
    'csat',
    fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 200 }),
    core.createCsatAccumulator,
    { scale: '1-7' },
  );
  mergesLikeBatch(
    'ces',
    fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
    core.createCesAccumulator,
    { scale: '1-5', higherIsEasier: false },
  );
  mergesLikeBatch(
    'first response time (crossing the exact → sketch threshold)',
    tickets,
    core.createFirstResponseTimeAccumulator,
    { exactLimit: 40, sla: 600 },
  );
  mergesLikeBatch(
    'resolution time in business time',
    tickets,
    core.createResolutionTimeAccumulator,
    { schedule, period, resolution: 'full' },
  );
  mergesLikeBatch('agent touches', tickets, core.createAgentTouchesAccumulator, { period });
  mergesLikeBatch('ticket volume by channel', tickets, core.createTicketVolumeAccumulator, {
    by: 'channel',
  });
  mergesLikeBatch('weekday × hour matrix', tickets, core.createWeekdayHourAccumulator, {
    timeZone: 'America/New_York',
    weekStart: 7,
  });
  mergesLikeBatch(
    'weekday × hour first response (per-cell sketch)',
    tickets,
    core.createWeekdayHourFirstResponseAccumulator,
    {
      timeZone: 'Europe/Madrid',
      exactLimit: 3,
    },
  );
  mergesLikeBatch('resolution rate', tickets, core.createResolutionRateAccumulator, { period });
  mergesLikeBatch(
    'first contact resolution',
    tickets,
    core.createFirstContactResolutionAccumulator,
    {},
  );
  mergesLikeBatch('escalation rate', tickets, core.createEscalationRateAccumulator, {});
  mergesLikeBatch('reopen rate', tickets, core.createReopenRateAccumulator, {});
  mergesLikeBatch('complaint rate', tickets, core.createComplaintRateAccumulator, { period });
  mergesLikeBatch('applause rate', tickets, core.createApplauseRateAccumulator, {});
  mergesLikeBatch('conversion rate', tickets, core.createConversionRateAccumulator, {});
  mergesLikeBatch('tier share', tickets, core.createTierShareAccumulator, {});
  mergesLikeBatch('mean hold time', tickets, core.createMeanHoldTimeAccumulator, {});
  mergesLikeBatch('support revenue', tickets, core.createSupportRevenueAccumulator, {});
  mergesLikeBatch('churn', fc.array(arbCustomer, { maxLength: 100 }), core.createChurnAccumulator, {
    period,
  });
  mergesLikeBatch(
    'retention',
    fc.array(arbCustomer, { maxLength: 100 }),
    core.createRetentionAccumulator,
    { period },
  );
  mergesLikeBatch(
    'churn series',
    fc.array(arbCustomer, { maxLength: 60 }),
    core.createChurnSeriesAccumulator,
    {
      from: T0,
      to: T0 + 120 * DAY,
      timeZone: 'Europe/Madrid',
      asOf: T0,
    },
  );
  mergesLikeBatch(
    'turnover',
    fc.array(
      arbCustomer.map((c) => ({ id: c.id, hiredAt: c.activeFrom, leftAt: c.activeTo })),
      { maxLength: 60 },
    ),
    core.createTurnoverAccumulator,
    { period },
  );
  mergesLikeBatch(
    'clv from orders',
    fc.array(
      fc.record({
        id: fc.string(),
        customerId: fc.constantFrom('a', 'b', 'c'),
        orderedAt: fc.integer({ min: T0, max: T0 + 300 * DAY }),
        amount: fc.integer({ min: 0, max: 300 }),
        currency: fc.constant('EUR'),
      }),
      { maxLength: 60 },
    ),
    core.createClvAccumulator,
    { lifespan: 2 },
  );

  it('batch functions equal their accumulators', () => {
    fc.assert(
      fc.property(tickets, (list) => {
        const { rejected, ...batch } = core.firstResponseTime(list, { sla: 60 });
        expect(rejected).toEqual([]);
        const acc = core.createFirstResponseTimeAccumulator({ sla: 60 });
        list.forEach((t) => acc.add(t));
        expect(acc.result()).toEqual(batch);
      }),
      { numRuns: 40 },
    );
  });
});

describe('KPI-SPEC §NPS and §CSAT — invariants (property-based)', () => {
  it('NPS stays within −100…100 and its interval contains it, inside the same bounds', () => {
    fc.assert(
      fc.property(
        npsAnswers.filter((a) => a.length > 0),
        (answers) => {
          const r = core.nps(answers);
          expect(r.value!).toBeGreaterThanOrEqual(-100);
          expect(r.value!).toBeLessThanOrEqual(100);
          const [lo, hi] = r.interval!;
          expect(lo).toBeGreaterThanOrEqual(-100);
          expect(hi).toBeLessThanOrEqual(100);
          expect(lo).toBeLessThanOrEqual(r.value! + 1e-9);
          expect(hi).toBeGreaterThanOrEqual(r.value! - 1e-9);
          expect(r.promoters + r.passives + r.detractors).toBe(answers.length);
        },
      ),
    );
  });

  it('Wilson intervals of CSAT and rates contain the value and stay within 0…100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 300 }),
        (answers) => {
          const r = core.csat(answers);
          const [lo, hi] = r.interval!;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(100);
          expect(lo).toBeLessThanOrEqual(r.value! + 1e-9);
          expect(hi).toBeGreaterThanOrEqual(r.value! - 1e-9);
        },
      ),
    );
  });

  it('CES t-intervals contain the mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 300 }),
        (answers) => {
          const r = core.ces(answers, { higherIsEasier: true });
          expect(r.interval![0]).toBeLessThanOrEqual(r.value! + 1e-9);
          expect(r.interval![1]).toBeGreaterThanOrEqual(r.value! - 1e-9);
        },
      ),
    );
  });
});
