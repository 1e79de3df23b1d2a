import { describe, expect, it } from 'vitest';
import {
  SAMPLE_GROUPS,
  SAMPLE_PLANS,
  SAMPLE_SEGMENTS,
  SAMPLE_TIERS,
  sampleDataset,
} from '../../src/sample/index.js';
import { Violations, madrid, mean, tally } from './support.js';

const data = sampleDataset();
const { customers, orders, employees } = data;
const { from, to } = data.meta;
const DAY = 86_400_000;
const activeAt = (c: { activeFrom: number; activeTo?: number | null }, at: number): boolean =>
  c.activeFrom <= at && (c.activeTo == null || at < c.activeTo);

describe('sample customers', () => {
  it('have segments, plans, countries and names', () => {
    const segments = tally(customers, (c) => c.segment!);
    for (const s of SAMPLE_SEGMENTS) expect(segments.get(s)).toBeGreaterThan(100);
    const v = new Violations();
    for (const c of customers) {
      v.check(
        SAMPLE_PLANS.includes(c.plan as (typeof SAMPLE_PLANS)[number]),
        () => `${c.id}: plan ${c.plan}`,
      );
      v.check(
        !(c.segment === 'particular' && c.plan === 'Empresa'),
        () => `${c.id}: a consumer on the Empresa plan`,
      );
      v.check(/^[A-Z]{2}$/.test(c.country ?? ''), () => `${c.id}: country ${c.country}`);
      v.check((c.name ?? '').length > 3, () => `${c.id}: name ${c.name}`);
    }
    expect(v.first).toEqual([]);
    expect(tally(customers, (c) => c.country!).get('ES')!).toBeGreaterThan(0.4 * customers.length);
  });

  it('start before and during the year; a few % leave each month (churn as KPI-SPEC defines it)', () => {
    expect(customers.filter((c) => c.activeFrom < from).length).toBeGreaterThan(1000);
    const joined = customers.filter((c) => c.activeFrom >= from);
    expect(joined.length).toBeGreaterThan(200);
    expect(joined.every((c) => c.activeFrom < to)).toBe(true);
    expect(
      customers.every((c) => c.activeTo == null || (c.activeTo >= from && c.activeTo < to)),
    ).toBe(true);

    const rates: number[] = [];
    for (let month = 1; month <= 12; month++) {
      const start = madrid.instantOf(2025, month, 1);
      const end = madrid.instantOf(2025, month + 1, 1);
      const cohort = customers.filter((c) => activeAt(c, start));
      const lost = cohort.filter((c) => c.activeTo != null && c.activeTo <= end);
      rates.push((100 * lost.length) / cohort.length);
    }
    expect(mean(rates)).toBeGreaterThan(1);
    expect(mean(rates)).toBeLessThan(5);
    expect(Math.max(...rates)).toBeLessThan(8);
    expect(Math.min(...rates)).toBeGreaterThan(0);
    // Enterprise accounts are the stickiest.
    const lostShare = (segment: string): number => {
      const list = customers.filter((c) => c.segment === segment && c.activeFrom < from);
      return list.filter((c) => c.activeTo != null).length / list.length;
    };
    expect(lostShare('enterprise')).toBeLessThan(lostShare('particular'));
  });

  it('the active base grows slightly over the year', () => {
    const atStart = customers.filter((c) => activeAt(c, from)).length;
    const atEnd = customers.filter((c) => activeAt(c, to - 1)).length;
    expect(atEnd).toBeGreaterThan(atStart * 0.95);
    expect(atEnd).toBeLessThan(atStart * 1.3);
  });
});

describe('sample orders', () => {
  const byId = new Map(customers.map((c) => [c.id, c]));

  it('belong to customers active at the time, in EUR cents', () => {
    const v = new Violations();
    for (const o of orders) {
      const c = byId.get(o.customerId);
      v.check(c !== undefined, () => `${o.id}: unknown customer`);
      if (c) v.check(activeAt(c, o.orderedAt), () => `${o.id}: ${c.id} not active at the order`);
      v.check(o.orderedAt >= from && o.orderedAt < to, () => `${o.id}: outside the range`);
      v.check(
        o.currency === 'EUR' && o.amount > 0 && Number(o.amount.toFixed(2)) === o.amount,
        () => `${o.id}: amount ${o.amount} ${o.currency}`,
      );
    }
    expect(v.first).toEqual([]);
  });

  it('large accounts buy more often and spend more per order', () => {
    const segmentOf = new Map(customers.map((c) => [c.id, c.segment]));
    const aov = (segment: string): number =>
      mean(orders.filter((o) => segmentOf.get(o.customerId) === segment).map((o) => o.amount));
    expect(aov('particular')).toBeLessThan(aov('pyme'));
    expect(aov('pyme')).toBeLessThan(aov('enterprise'));
    const perCustomer = (segment: string): number =>
      orders.filter((o) => segmentOf.get(o.customerId) === segment).length /
      customers.filter((c) => c.segment === segment).length;
    expect(perCustomer('particular')).toBeLessThan(perCustomer('enterprise'));
    // Most customers order at least once in the year.
    expect(new Set(orders.map((o) => o.customerId)).size).toBeGreaterThan(0.8 * customers.length);
  });
});

describe('sample employees', () => {
  it('about 30–40 people with unique Spanish names, roles and teams', () => {
    const names = employees.map((e) => e.name!);
    expect(new Set(names).size).toBe(names.length);
    // Given name plus two surnames, Spanish style.
    expect(
      names.every((n) =>
        /^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+ [A-ZÁÉÍÓÚ][a-záéíóúñü]+ [A-ZÁÉÍÓÚ][a-záéíóúñü]+$/.test(n),
      ),
    ).toBe(true);
    for (let day = from; day < to; day += 7 * DAY) {
      const active = employees.filter(
        (e) => e.hiredAt <= day && (e.leftAt == null || day < e.leftAt),
      ).length;
      expect(active).toBeGreaterThanOrEqual(30);
      expect(active).toBeLessThanOrEqual(42);
    }
    for (const g of SAMPLE_GROUPS) expect(employees.some((e) => e.team === g)).toBe(true);
    expect(new Set(employees.map((e) => e.role))).toContain('Agente');
  });

  it('some leave during the year and are replaced, so every team keeps every level staffed', () => {
    const leavers = employees.filter((e) => e.leftAt != null);
    expect(leavers.length).toBeGreaterThan(0);
    expect(leavers.every((e) => e.leftAt! >= from && e.leftAt! < to)).toBe(true);
    expect(employees.some((e) => e.hiredAt >= from - 21 * DAY)).toBe(true);
    for (let day = from; day < to; day += DAY) {
      for (const team of SAMPLE_GROUPS) {
        for (const tier of SAMPLE_TIERS) {
          if (tier === 'N3' && team !== 'Técnico') continue;
          const staffed = employees.some(
            (e) =>
              e.team === team &&
              e.custom?.['tier'] === tier &&
              e.hiredAt <= day &&
              (e.leftAt == null || day < e.leftAt),
          );
          if (!staffed) expect.fail(`${team} ${tier} unstaffed on ${new Date(day).toISOString()}`);
        }
      }
    }
  });

  it('team leads have no tier; every agent has N1, N2 or N3', () => {
    for (const e of employees) {
      const tier = e.custom?.['tier'];
      if (e.role?.startsWith('Coordinador')) expect(tier).toBeNull();
      else expect(SAMPLE_TIERS).toContain(tier);
    }
  });
});
