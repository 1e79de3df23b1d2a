import { describe, expect, it } from 'vitest';
import { TableroValidationError, createNpsAccumulator, enps, nps } from '../../src/index.js';

const at = (iso: string) => `${iso}T12:00:00Z`;

describe('KPI-SPEC §NPS — Net Promoter Score', () => {
  it('scores the worked example: 5 promoters, 2 passives, 3 detractors of 10 → 20', () => {
    const r = nps([10, 10, 9, 8, 7, 6, 5, 0, 9, 10]);
    expect(r).toMatchObject({ kpi: 'nps', n: 10, promoters: 5, passives: 2, detractors: 3 });
    expect(r.value).toBeCloseTo(20, 12); // 100 × (5 − 3) / 10
  });

  it('gives the margin of error of the spec: p + d − (p − d)², SE = √(var / n), ± 100 × 1.96 × SE', () => {
    // p = .5, d = .3: variance = .8 − .04 = .76; SE = √.076 = .275681; 196 × SE = 54.0334
    const r = nps([10, 10, 9, 8, 7, 6, 5, 0, 9, 10]);
    expect(r.interval![0]).toBeCloseTo(20 - 54.0334, 3);
    expect(r.interval![1]).toBeCloseTo(20 + 54.0334, 3);
  });

  it('clips the interval to −100…100', () => {
    // p = 2/3, d = 1/3: NPS 33.3; variance = 1 − 1/9; SE = √(8/27) = .5443; 196 × SE = 106.7
    const r = nps([10, 10, 0]);
    expect(r.value).toBeCloseTo(100 / 3, 10);
    expect(r.interval![0]).toBeCloseTo(100 / 3 - 106.69, 1);
    expect(r.interval![1]).toBe(100);
  });

  it('places 9–10 as promoters, 7–8 as passives, 0–6 as detractors at every boundary', () => {
    const r = nps([0, 6, 7, 8, 9, 10]);
    expect([r.detractors, r.passives, r.promoters]).toEqual([2, 2, 2]);
  });

  it('returns value null and n 0 on empty input, not an error', () => {
    expect(nps([])).toMatchObject({ value: null, n: 0, interval: null, rejected: [] });
  });

  it('handles a single answer and all promoters (zero variance)', () => {
    expect(nps([10])).toMatchObject({ value: 100, n: 1, interval: [100, 100] });
    expect(nps([9, 10, 9])).toMatchObject({ value: 100, promoters: 3 });
    expect(nps([3])).toMatchObject({ value: -100, interval: [-100, -100] });
  });

  it('accepts SurveyResponse records and filters them by period on answeredAt', () => {
    const answers = [
      { id: 'a', kind: 'nps' as const, score: 10, answeredAt: at('2026-03-01') },
      { id: 'b', kind: 'nps' as const, score: 0, answeredAt: at('2026-04-01') },
    ];
    const march = nps(answers, {
      period: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    });
    expect(march).toMatchObject({ value: 100, n: 1 });
    expect(march.period).toEqual({
      from: Date.parse('2026-03-01T00:00:00Z'),
      to: Date.parse('2026-04-01T00:00:00Z'),
    });
  });

  it('strict mode: an answer outside 0–10 or a non-integer throws naming the record and field', () => {
    expect(() => nps([10, 11])).toThrow(TableroValidationError);
    expect(() => nps([10, 11])).toThrow(/record 1.*integers 0–10, got 11/);
    const records = [{ id: 'r-7', kind: 'nps' as const, score: 7.5, answeredAt: at('2026-01-01') }];
    expect(() => nps(records)).toThrow(/record 0 \(id "r-7"\) field "score"/);
  });

  it('lenient mode keeps the valid answers and lists each rejected one with its reason', () => {
    const r = nps([10, -1, 9, 'diez' as unknown as number, 0], { mode: 'lenient' });
    expect(r).toMatchObject({ n: 3, promoters: 2, detractors: 1 });
    expect(r.rejected.map((x) => x.index)).toEqual([1, 3]);
    expect(r.rejected[0]!.issues[0]!.message).toMatch(/got -1/);
  });

  it('refuses answers of another survey kind instead of mixing them in', () => {
    const csatAnswer = { id: 'c1', kind: 'csat' as const, score: 5, answeredAt: at('2026-01-01') };
    expect(() => nps([csatAnswer])).toThrow(/field "kind": expected "nps", got "csat"/);
  });

  it('eNPS is the same computation on employee answers (KPI-SPEC §Employee KPIs)', () => {
    const answers = [10, 9, 6, 8].map((score, i) => ({
      id: `e${i}`,
      kind: 'enps' as const,
      score,
      answeredAt: at('2026-01-01'),
    }));
    const r = enps(answers);
    expect(r).toMatchObject({ kpi: 'enps', promoters: 2, detractors: 1, n: 4 });
    expect(r.value).toBeCloseTo(25, 12);
    expect(() => nps(answers)).toThrow(/kind/);
  });

  it('the accumulator gives the batch result and survives a JSON round trip of its state', () => {
    const a = createNpsAccumulator();
    a.add(10);
    a.add(5);
    const shard = createNpsAccumulator();
    shard.add(9);
    const b = createNpsAccumulator(undefined, JSON.parse(JSON.stringify(shard.toJSON())));
    const { rejected: _r, ...batch } = nps([10, 5, 9]);
    expect(a.merge(b).result()).toEqual(batch);
  });
});
