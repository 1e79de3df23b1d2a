import { describe, expect, it } from 'vitest';
import {
  TableroValidationError,
  applauseRate,
  complaintRate,
  conversionRate,
  createEscalationRateAccumulator,
  escalationRate,
  firstContactResolution,
  reopenRate,
  type TicketInput,
} from '../../src/index.js';
import { MARCH_2026_UTC, bad, ticket } from './helpers.js';

const created = (id: string, extra: Partial<TicketInput> = {}) =>
  ticket(id, '2026-03-10T10:00:00Z', extra);
const resolved = (id: string, extra: Partial<TicketInput> = {}) =>
  ticket(id, '2026-03-10T10:00:00Z', { resolvedAt: '2026-03-11T10:00:00Z', ...extra });

describe('KPI-SPEC §Rates on tickets — Escalation rate: escalated ÷ tickets (seed 003)', () => {
  const tickets = (): TicketInput[] => [
    created('e1', { escalated: true }),
    created('e2', { escalated: true }),
    created('e3', { escalated: true }),
    created('e4', { escalated: false }),
    created('e5', { escalated: false }),
    created('e6', { escalated: false }),
    created('e7', { escalated: false }),
    created('e8', { escalated: false }),
    created('e9', { escalated: false }),
    created('e10'), // not recorded → unknown
    ticket('feb', '2026-02-10T10:00:00Z', { escalated: true }), // outside March
  ];

  it('3 of 9 known tickets created in March, with the Wilson interval by hand', () => {
    const result = escalationRate(tickets(), { period: MARCH_2026_UTC });
    // value = 100 × 3 / 9 = 33.333…
    // Wilson (z = 1.96): p = 1/3, z² = 3.8416, d = 1 + 3.8416/9 = 1.426844;
    //   centre = (0.333333 + 3.8416/18) / d = (0.333333 + 0.213422) / 1.426844 = 0.383192;
    //   half = 1.96 × √(0.222222/9 + 3.8416/324) / d = 1.96 × √(0.024691 + 0.011857) / 1.426844
    //        = 1.96 × 0.191175 / 1.426844 = 0.262611 → [12.058, 64.580] %.
    expect(result.kpi).toBe('escalationRate');
    expect(result.base).toBe('created');
    expect(result.hits).toBe(3);
    expect(result.n).toBe(9);
    expect(result.unknown).toBe(1);
    expect(result.value).toBeCloseTo(100 / 3, 9);
    expect(result.interval![0]).toBeCloseTo(12.058, 2);
    expect(result.interval![1]).toBeCloseTo(64.58, 2);
  });

  it('a missing flag is unknown, never false', () => {
    const result = escalationRate([created('a'), created('b', { escalated: null as never })]);
    expect(result.value).toBeNull();
    expect(result.n).toBe(0);
    expect(result.unknown).toBe(2);
    expect(result.interval).toBeNull();
  });

  it('empty input: value null, n 0, no interval', () => {
    const result = escalationRate([]);
    expect(result).toMatchObject({ value: null, n: 0, hits: 0, unknown: 0, interval: null });
  });

  it('accumulators merge to the batch result', () => {
    const all = tickets();
    const a = createEscalationRateAccumulator({ period: MARCH_2026_UTC });
    const b = createEscalationRateAccumulator({ period: MARCH_2026_UTC });
    all.slice(0, 5).forEach((t) => a.add(t));
    all.slice(5).forEach((t) => b.add(t));
    const merged = a.merge(b.toJSON()).result();
    expect([merged.hits, merged.n, merged.unknown]).toEqual([3, 9, 1]);
  });
});

describe('KPI-SPEC §Rates on tickets — First contact resolution (001 §7, 004 §9)', () => {
  const tickets = (): TicketInput[] => [
    resolved('a', { agentTouches: 1, escalated: false, reopens: 0 }), // hit
    resolved('b', { agentTouches: 0, escalated: false, reopens: 0 }), // hit (≤ 1 touch)
    resolved('c', { agentTouches: 2, escalated: false, reopens: 0 }), // 2 touches → miss
    resolved('d', { agentTouches: 1, escalated: true, reopens: 0 }), // escalated → miss
    resolved('e', { agentTouches: 1, escalated: false, reopens: 1 }), // reopened → miss
    resolved('f', { escalated: true }), // a known failure decides → miss
    resolved('g', { agentTouches: 1, reopens: 0 }), // escalated unknown → unknown
    resolved('h', { agentTouches: 1, escalated: false }), // reopens unknown → unknown
    created('i', { agentTouches: 1, escalated: false, reopens: 0 }), // not resolved → not in base
    // Resolved in April → outside March.
    ticket('j', '2026-03-30T10:00:00Z', {
      resolvedAt: '2026-04-02T10:00:00Z',
      agentTouches: 1,
      escalated: false,
      reopens: 0,
    }),
  ];

  it('2 of 6 resolved tickets, unknown 2', () => {
    const result = firstContactResolution(tickets(), { period: MARCH_2026_UTC });
    // value = 100 × 2 / 6 = 33.333…
    // Wilson: d = 1 + 3.8416/6 = 1.640267; centre = (1/3 + 3.8416/12) / d = 0.653467 / 1.640267
    //   = 0.398391; half = 1.96 × √((2/9)/6 + 3.8416/144) / d = 1.96 × √(0.037037 + 0.026678)
    //   / 1.640267 = 1.96 × 0.252418 / 1.640267 = 0.301621 → [9.677, 70.001] %.
    expect(result.kpi).toBe('firstContactResolution');
    expect(result.base).toBe('resolved');
    expect(result.hits).toBe(2);
    expect(result.n).toBe(6);
    expect(result.unknown).toBe(2);
    expect(result.value).toBeCloseTo(100 / 3, 9);
    expect(result.interval![0]).toBeCloseTo(9.677, 2);
    expect(result.interval![1]).toBeCloseTo(70.001, 2);
  });

  it('without a period every resolved ticket counts (j too: 3 of 7)', () => {
    const result = firstContactResolution(tickets());
    expect(result.hits).toBe(3);
    expect(result.n).toBe(7);
  });

  it('empty input', () => {
    expect(firstContactResolution([])).toMatchObject({ value: null, n: 0, interval: null });
  });
});

describe('KPI-SPEC §Rates on tickets — Reopen rate: reopened ≥ 1 time ÷ resolved tickets', () => {
  it('2 of 5 resolved tickets in March', () => {
    const result = reopenRate(
      [
        resolved('r0a', { reopens: 0 }),
        resolved('r0b', { reopens: 0 }),
        resolved('r0c', { reopens: 0 }),
        resolved('r1', { reopens: 1 }),
        resolved('r3', { reopens: 3 }),
        resolved('unk'), // unknown
        created('open', { reopens: 2 }), // not resolved → not in base
      ],
      { period: MARCH_2026_UTC },
    );
    // 100 × 2 / 5 = 40.
    // Wilson: d = 1.76832; centre = (0.4 + 0.38416) / 1.76832 = 0.443449;
    //   half = 1.96 × √(0.24/5 + 0.038416) / 1.76832 = 1.96 × 0.293966 / 1.76832 = 0.325831
    //   → [11.762, 76.928] %.
    expect(result.base).toBe('resolved');
    expect(result.value).toBeCloseTo(40, 9);
    expect([result.hits, result.n, result.unknown]).toEqual([2, 5, 1]);
    expect(result.interval![0]).toBeCloseTo(11.762, 2);
    expect(result.interval![1]).toBeCloseTo(76.928, 2);
  });

  it('empty input', () => {
    expect(reopenRate([])).toMatchObject({ value: null, n: 0 });
  });
});

describe('KPI-SPEC §Rates on tickets — Complaint rate: complaints ÷ tickets (001 §11)', () => {
  it('2 of 7 known tickets', () => {
    const result = complaintRate([
      created('c1', { isComplaint: true }),
      created('c2', { isComplaint: true }),
      created('c3', { isComplaint: false }),
      created('c4', { isComplaint: false }),
      created('c5', { isComplaint: false }),
      created('c6', { isComplaint: false }),
      created('c7', { isComplaint: false }),
      created('c8'),
    ]);
    // 100 × 2 / 7 = 28.571…; Wilson: d = 1 + 3.8416/7 = 1.5488;
    //   centre = (0.285714 + 0.274400) / 1.5488 = 0.361644;
    //   half = 1.96 × √(0.204082/7 + 3.8416/196) / 1.5488 = 1.96 × √(0.029155 + 0.019600)
    //        / 1.5488 = 1.96 × 0.220806 / 1.5488 = 0.279427 → [8.222, 64.107] %.
    expect(result.kpi).toBe('complaintRate');
    expect(result.value).toBeCloseTo(200 / 7, 9);
    expect([result.hits, result.n, result.unknown]).toEqual([2, 7, 1]);
    expect(result.interval![0]).toBeCloseTo(8.222, 2);
    expect(result.interval![1]).toBeCloseTo(64.107, 2);
  });

  it('a helpdesk that does not track complaints shows no data, not 0%', () => {
    const result = complaintRate([created('a'), created('b'), created('c')]);
    expect(result.value).toBeNull();
    expect(result.unknown).toBe(3);
  });
});

describe('KPI-SPEC §Rates on tickets — Applause rate: thanked / praised ÷ tickets (001 §5)', () => {
  it('4 of 5, created-in-period base', () => {
    const result = applauseRate(
      [
        created('a1', { isApplause: true }),
        created('a2', { isApplause: true }),
        created('a3', { isApplause: true }),
        created('a4', { isApplause: true }),
        created('a5', { isApplause: false }),
        ticket('apr', '2026-04-01T00:00:00Z', { isApplause: false }), // period is [from, to)
      ],
      { period: MARCH_2026_UTC },
    );
    // 100 × 4 / 5 = 80; Wilson: d = 1.76832; centre = (0.8 + 0.38416)/1.76832 = 0.669653;
    //   half = 1.96 × √(0.16/5 + 0.038416) / 1.76832 = 1.96 × 0.265360 / 1.76832 = 0.294124
    //   → [37.553, 96.378] %.
    expect(result.value).toBeCloseTo(80, 9);
    expect(result.n).toBe(5);
    expect(result.interval![0]).toBeCloseTo(37.553, 2);
    expect(result.interval![1]).toBeCloseTo(96.378, 2);
  });

  it('all hits: Wilson stays inside 0–100 (1 of 1 → [20.654, 100])', () => {
    // d = 1 + 3.8416 = 4.8416; centre = (1 + 1.9208)/4.8416 = 0.603272;
    // half = 1.96 × √(0 + 3.8416/4) / 4.8416 = 1.96 × 0.98 / 4.8416 = 0.396728 → [20.654, 100].
    const result = applauseRate([created('only', { isApplause: true })]);
    expect(result.value).toBe(100);
    expect(result.interval![0]).toBeCloseTo(20.654, 2);
    expect(result.interval![1]).toBeCloseTo(100, 9);
  });
});

describe('KPI-SPEC §Rates on tickets — Conversion rate: tickets with a conversion ÷ tickets (001 §12)', () => {
  it('2 of 6 tickets: a ticket with no conversion recorded had none (a conversion is an event)', () => {
    const result = conversionRate([
      created('k1', { conversion: { converted: true, amount: 10, currency: 'EUR' } }),
      created('k2', { conversion: { converted: true } }),
      created('k3', { conversion: { converted: false } }),
      created('k4', { conversion: { converted: false } }),
      created('k5', { conversion: { converted: false } }),
      created('k6'), // no conversion recorded → not converted (documented rule)
    ]);
    // 100 × 2 / 6 = 33.33; Wilson: d = 1 + 3.8416/6 = 1.640267; centre = (1/3 + 3.8416/12)/d
    //   = 0.398390; half = 1.96 × √(2/9/6 + 3.8416/144) / d = 0.301622 → [9.677, 70.001] %.
    expect(result.kpi).toBe('conversionRate');
    expect(result.value).toBeCloseTo(100 / 3, 9);
    expect([result.hits, result.n, result.unknown]).toEqual([2, 6, 0]);
    expect(result.interval![0]).toBeCloseTo(9.677, 2);
    expect(result.interval![1]).toBeCloseTo(70.001, 2);
  });

  it('empty input', () => {
    expect(conversionRate([])).toMatchObject({ value: null, n: 0, interval: null });
  });
});

describe('KPI-SPEC §Ground rules — invalid input: ticket rates strict and lenient', () => {
  const input = (): TicketInput[] => [
    created('ok1', { isComplaint: true }),
    bad({ ...created('yes'), isComplaint: 'yes' }),
    created('ok2', { isComplaint: false }),
    bad({ ...created('num'), isComplaint: 1 }),
  ];

  it('strict throws a TableroValidationError naming index, id and field', () => {
    let caught: unknown;
    try {
      complaintRate(input());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TableroValidationError);
    expect((caught as Error).message).toMatch(/record 1 \(id "yes"\) field "isComplaint"/);
    expect((caught as TableroValidationError).issues).toMatchObject([
      { index: 1, id: 'yes', path: ['isComplaint'] },
    ]);
  });

  it('lenient counts the valid ones and rejects the others with reasons', () => {
    const records = input();
    const result = complaintRate(records, { mode: 'lenient' });
    // ok1 (complaint) and ok2 → 1 of 2 = 50%.
    expect(result.value).toBe(50);
    expect(result.n).toBe(2);
    expect(result.rejected).toEqual([
      {
        index: 1,
        id: 'yes',
        record: records[1],
        issues: [{ index: 1, id: 'yes', path: ['isComplaint'], message: expect.any(String) }],
      },
      {
        index: 3,
        id: 'num',
        record: records[3],
        issues: [{ index: 3, id: 'num', path: ['isComplaint'], message: expect.any(String) }],
      },
    ]);
  });

  it('FCR rejects a bad agentTouches even when another field already decides', () => {
    const result = firstContactResolution(
      [
        bad({ ...resolved('bt'), agentTouches: -2, escalated: true }),
        resolved('ok', { agentTouches: 1, escalated: false, reopens: 0 }),
      ],
      { mode: 'lenient' },
    );
    expect(result.rejected).toMatchObject([
      { index: 0, id: 'bt', issues: [{ path: ['agentTouches'] }] },
    ]);
    expect(result.n).toBe(1);
    expect(result.value).toBe(100);
  });

  it('conversion.converted must be a boolean', () => {
    expect(() =>
      conversionRate([bad({ ...created('cv'), conversion: { converted: 'yes' } })]),
    ).toThrow(/record 0 \(id "cv"\) field "conversion\.converted"/);
  });
});
