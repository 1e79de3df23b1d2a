import { describe, expect, it } from 'vitest';
import { csat, esat } from '../../src/index.js';

describe('KPI-SPEC §CSAT — Customer Satisfaction', () => {
  it('80 positive answers of 100 → 80% (the seed example), Wilson interval by hand', () => {
    const answers = [
      ...Array(50).fill(5),
      ...Array(30).fill(4),
      ...Array(15).fill(3),
      ...Array(5).fill(1),
    ];
    const r = csat(answers, { scale: '1-5' });
    expect(r).toMatchObject({ value: 80, n: 100, positive: 80, positiveThreshold: 4 });
    // Wilson, z = 1.96: centre = (.8 + 1.96²/200) / (1 + 1.96²/100) = .788901;
    // half = 1.96 × √(.8 × .2 / 100 + 1.96² / 40000) / 1.038416 = .077732
    expect(r.interval![0]).toBeCloseTo(71.1169, 3);
    expect(r.interval![1]).toBeCloseTo(86.6634, 3);
  });

  it('reports the full distribution, zero counts included', () => {
    const r = csat([5, 5, 3]);
    expect(r.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 1 },
      { score: 4, count: 0 },
      { score: 5, count: 2 },
    ]);
  });

  it('uses top-2 box per scale: 6–7 on 1–7, 9–10 on 1–10', () => {
    expect(csat([5, 6, 7, 1], { scale: '1-7' })).toMatchObject({
      positive: 2,
      value: 50,
      positiveThreshold: 6,
    });
    expect(csat([8, 9, 10, 10], { scale: '1-10' })).toMatchObject({
      positive: 3,
      value: 75,
      positiveThreshold: 9,
    });
  });

  it('takes a configured threshold and reports it', () => {
    expect(csat([8, 9, 10, 7], { scale: '1-10', positiveThreshold: 8 })).toMatchObject({
      positive: 3,
      positiveThreshold: 8,
    });
    expect(() => csat([1], { scale: '1-5', positiveThreshold: 6 })).toThrow(/positiveThreshold/);
  });

  it('binary scale counts good (Zendesk good/bad, also true/false)', () => {
    const r = csat(['good', 'bad', 'good', true, false], { scale: 'binary' });
    expect(r).toMatchObject({ n: 5, positive: 3, value: 60 });
    expect(r.distribution).toEqual([
      { score: 'bad', count: 2 },
      { score: 'good', count: 3 },
    ]);
  });

  it('maps descriptive labels onto the scale', () => {
    const labels = {
      'Muy satisfecho': 5,
      Satisfecho: 4,
      Neutral: 3,
      Insatisfecho: 2,
      'Muy insatisfecho': 1,
    };
    const r = csat(['Muy satisfecho', 'Neutral', 'Satisfecho', 'Muy insatisfecho'], { labels });
    expect(r).toMatchObject({ n: 4, positive: 2, value: 50 });
    expect(() => csat(['Regular'], { labels })).toThrow(/integers 1–5, got "Regular"/);
  });

  it('empty → null; out-of-scale answers are errors (strict) or rejected (lenient)', () => {
    expect(csat([])).toMatchObject({ value: null, n: 0, interval: null });
    expect(() => csat([5, 0])).toThrow(/record 1/);
    const r = csat([5, 6, 4], { mode: 'lenient' });
    expect(r).toMatchObject({ n: 2, positive: 2 });
    expect(r.rejected).toHaveLength(1);
  });

  it('ESAT is the same computation on employee answers (KPI-SPEC §Employee KPIs)', () => {
    const answers = [5, 4, 2].map((score, i) => ({
      id: `s${i}`,
      kind: 'esat' as const,
      score,
      answeredAt: 0,
    }));
    const r = esat(answers);
    expect(r.kpi).toBe('esat');
    expect(r.value).toBeCloseTo(200 / 3, 10);
  });
});
