import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/schema/ticket.js';
import { sampleDataset } from '../../src/sample/index.js';
import { Violations, csatOf, madrid, mean, npsOf } from './support.js';

const data = sampleDataset();
const { surveys, tickets } = data;
const { to } = data.meta;
const ticketsById = new Map(tickets.map((t) => [t.id, t]));
const scoresOf = (
  kind: string,
  filter: (s: (typeof surveys)[number]) => boolean = () => true,
): number[] => surveys.filter((s) => s.kind === kind && filter(s)).map((s) => s.score as number);
const ticketOf = (s: (typeof surveys)[number]): Ticket => ticketsById.get(s.ticketId!)!;

describe('sample survey answers', () => {
  it('score on each kind’s scale, as integers', () => {
    const ranges = {
      nps: [0, 10],
      csat: [1, 5],
      ces: [1, 7],
      enps: [0, 10],
      esat: [1, 5],
    } as const;
    const v = new Violations();
    for (const s of surveys) {
      const [lo, hi] = ranges[s.kind];
      v.check(
        Number.isInteger(s.score) && (s.score as number) >= lo && (s.score as number) <= hi,
        () => `${s.id}: ${s.kind} ${String(s.score)}`,
      );
      v.check(
        s.answeredAt >= data.meta.from && s.answeredAt < to,
        () => `${s.id}: answered outside the range`,
      );
    }
    expect(v.first).toEqual([]);
    // Customers use every point of their scales; the few hundred employee answers spread too.
    for (const kind of ['nps', 'csat', 'ces'] as const) {
      const [lo, hi] = ranges[kind];
      expect(new Set(scoresOf(kind)).size, kind).toBe(hi - lo + 1);
    }
    expect(new Set(scoresOf('enps')).size).toBeGreaterThanOrEqual(6);
    expect(new Set(scoresOf('esat')).size).toBeGreaterThanOrEqual(4);
  });

  it('CSAT and CES follow a solved ticket and carry its customer, agent, channel and language', () => {
    const v = new Violations();
    for (const s of surveys.filter((x) => x.kind === 'csat' || x.kind === 'ces')) {
      const t = ticketsById.get(s.ticketId ?? '');
      v.check(t !== undefined, () => `${s.id}: no ticket`);
      if (!t) continue;
      v.check(
        t.fullyResolvedAt != null && s.answeredAt >= t.fullyResolvedAt,
        () => `${s.id}: answered before ${t.id} was solved`,
      );
      v.check(
        s.customerId === t.customerId && s.agent === t.assignee,
        () => `${s.id}: customer or agent differ from ${t.id}`,
      );
      v.check(
        s.channel === t.channel && s.language === t.language,
        () => `${s.id}: channel or language differ from ${t.id}`,
      );
      v.check(s.employeeId === undefined, () => `${s.id}: has an employeeId`);
    }
    expect(v.first).toEqual([]);
    // Roughly one solved ticket in five gets a CSAT answer.
    const solved = tickets.filter((t) => t.fullyResolvedAt != null).length;
    const csat = scoresOf('csat').length;
    expect(csat / solved).toBeGreaterThan(0.15);
    expect(csat / solved).toBeLessThan(0.3);
    // At most one CSAT per ticket in the natural dataset.
    const perTicket = new Set(surveys.filter((s) => s.kind === 'csat').map((s) => s.ticketId));
    expect(perTicket.size).toBe(csat);
  });

  it('NPS comes from customers active when answering; eNPS and ESAT from employees then employed', () => {
    const customers = new Map(data.customers.map((c) => [c.id, c]));
    const employees = new Map(data.employees.map((e) => [e.id, e]));
    const v = new Violations();
    for (const s of surveys) {
      if (s.kind === 'nps') {
        const c = customers.get(s.customerId ?? '');
        v.check(
          c !== undefined && s.ticketId === undefined,
          () => `${s.id}: NPS without customer or with ticket`,
        );
        if (c)
          v.check(
            c.activeFrom <= s.answeredAt && (c.activeTo == null || s.answeredAt < c.activeTo),
            () => `${s.id}: ${c.id} not active`,
          );
      } else if (s.kind === 'enps' || s.kind === 'esat') {
        const e = employees.get(s.employeeId ?? '');
        v.check(
          e !== undefined && s.customerId === undefined,
          () => `${s.id}: employee answer without employee`,
        );
        if (e)
          v.check(
            e.hiredAt <= s.answeredAt && (e.leftAt == null || s.answeredAt < e.leftAt),
            () => `${s.id}: ${e.id} not employed`,
          );
      }
    }
    expect(v.first).toEqual([]);
    // Quarterly pulses: each answering employee gives one eNPS and one ESAT per quarter.
    const enps = surveys.filter((s) => s.kind === 'enps');
    const quarters = new Set(enps.map((s) => Math.ceil(madrid.fields(s.answeredAt).month / 3)));
    expect([...quarters].sort()).toEqual([1, 2, 3, 4]);
    const pairs = new Set(
      surveys.filter((s) => s.kind === 'esat').map((s) => `${s.employeeId}@${s.answeredAt}`),
    );
    expect(enps.every((s) => pairs.has(`${s.employeeId}@${s.answeredAt}`))).toBe(true);
    const perQuarter = enps.length / 4;
    expect(perQuarter).toBeGreaterThan(20);
    expect(perQuarter).toBeLessThan(40);
  });

  it('lands the headline KPIs where a healthy team sits: NPS +20…+40, CSAT ≈ 80%, CES ≈ 5.3 of 7', () => {
    const nps = npsOf(scoresOf('nps'));
    expect(nps).toBeGreaterThanOrEqual(20);
    expect(nps).toBeLessThanOrEqual(40);
    const csat = csatOf(scoresOf('csat'));
    expect(csat).toBeGreaterThanOrEqual(75);
    expect(csat).toBeLessThanOrEqual(86);
    const ces = mean(scoresOf('ces'));
    expect(ces).toBeGreaterThan(4.8);
    expect(ces).toBeLessThan(5.8);
    const enps = npsOf(scoresOf('enps'));
    expect(enps).toBeGreaterThan(-10);
    expect(enps).toBeLessThan(40);
    expect(csatOf(scoresOf('esat'))).toBeGreaterThan(55);
  });

  it('scores fall with a worse experience: reopens, slow resolutions, escalations, complaints', () => {
    const csat = (test: (t: Ticket) => boolean): number =>
      csatOf(scoresOf('csat', (s) => test(ticketOf(s))));
    expect(csat((t) => t.reopens! > 0)).toBeLessThan(csat((t) => t.reopens === 0) - 10);
    expect(csat((t) => t.isComplaint === true)).toBeLessThan(csat((t) => !t.isComplaint) - 15);
    const days = (t: Ticket): number => (t.fullyResolvedAt! - t.createdAt) / 86_400_000;
    expect(csat((t) => days(t) > 3)).toBeLessThan(csat((t) => days(t) < 0.5) - 10);
    const ces = (test: (t: Ticket) => boolean): number =>
      mean(scoresOf('ces', (s) => test(ticketOf(s))));
    expect(ces((t) => t.escalated === true)).toBeLessThan(ces((t) => !t.escalated) - 0.4);
    expect(ces((t) => t.agentTouches! >= 4)).toBeLessThan(ces((t) => t.agentTouches === 1) - 0.8);

    // Customers about to leave are detractors more often than those who stay.
    const customers = new Map(data.customers.map((c) => [c.id, c]));
    const leaving = (s: (typeof surveys)[number]): boolean => {
      const activeTo = customers.get(s.customerId!)!.activeTo;
      return activeTo != null && activeTo - s.answeredAt < 60 * 86_400_000;
    };
    expect(mean(scoresOf('nps', leaving))).toBeLessThan(
      mean(scoresOf('nps', (s) => !leaving(s))) - 1,
    );
  });

  it('some answers carry a comment in the answer’s language, more often when unhappy', () => {
    const withComment = surveys.filter((s) => s.comment !== undefined);
    expect(withComment.length).toBeGreaterThan(0.05 * surveys.length);
    const rate = (test: (score: number) => boolean): number => {
      const list = surveys.filter((s) => s.kind === 'csat' && test(s.score as number));
      return list.filter((s) => s.comment !== undefined).length / list.length;
    };
    expect(rate((x) => x <= 2)).toBeGreaterThan(rate((x) => x >= 4));
    const spanish = withComment.filter((s) => s.language === 'es').map((s) => s.comment!);
    const english = withComment.filter((s) => s.language === 'en').map((s) => s.comment!);
    expect(spanish.some((c) => /[áéíóúñ]|gracias|tardaron/i.test(c))).toBe(true);
    expect(english.every((c) => /^[\x20-\x7e]+$/.test(c))).toBe(true);
  });
});
