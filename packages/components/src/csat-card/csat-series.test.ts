import { byPeriod, csat } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { describe, expect, it } from 'vitest';
import { csatSeries, type ParsedSeries } from './csat-series.js';

const answers = sampleDataset().surveys.filter((s) => s.kind === 'csat');
const monthly = byPeriod(answers, (a) => csat(a), { every: 'month', timeZone: 'Europe/Madrid' });

const entries = (parsed: ParsedSeries) => {
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.entries;
};

describe('csatSeries (core README §Comparison and series: byPeriod points)', () => {
  it('reads byPeriod output, its points and bare results alike', () => {
    const fromSeries = entries(csatSeries(monthly));
    expect(fromSeries).toHaveLength(monthly.points.length);
    expect(fromSeries.map((e) => e.value)).toEqual(monthly.points.map((p) => p.result.value));
    expect(fromSeries.map((e) => e.n)).toEqual(monthly.points.map((p) => p.result.n));
    expect(fromSeries.map((e) => e.label)).toEqual(monthly.points.map((p) => p.label));
    expect(fromSeries[0]!.period).toEqual(monthly.points[0]!.period);
    expect(entries(csatSeries(monthly.points))).toEqual(fromSeries);
    const fromResults = entries(csatSeries(monthly.points.map((p) => p.result)));
    expect(fromResults.map((e) => e.value)).toEqual(fromSeries.map((e) => e.value));
    expect(fromResults[0]!.label).toBeNull();
  });

  it('reads bare percentages, null being a period without answers', () => {
    expect(entries(csatSeries([80, null, 82.5])).map((e) => e.value)).toEqual([80, null, 82.5]);
    expect(entries(csatSeries([csat([]), csat([4])])).map((e) => e.value)).toEqual([null, 100]);
  });

  it('names the first bad entry and shows it', () => {
    const bad = (input: unknown) => {
      const parsed = csatSeries(input);
      return parsed.ok ? '' : parsed.reason;
    };
    expect(bad([csat([5]), { value: 'high', n: 3 }])).toMatch(/^entry 1 .*"high"/);
    expect(bad([{ value: 80, n: -1 }])).toMatch(/^entry 0 .*-1/);
    expect(bad([80, 120])).toMatch(/^entry 1 .*120$/);
    expect(bad([{ label: 7, value: 80 }])).toMatch(/^entry 0 /);
    expect(bad({})).toMatch(/^must be an array/);
  });
});

describe('csatSeries of the series attribute (plain HTML: JSON text)', () => {
  it('reads percentages and labelled objects', () => {
    const parsed = entries(csatSeries('[{"label":"2025-01","value":81.9,"n":282}, 80]'));
    expect(parsed).toEqual([
      { label: '2025-01', period: null, value: 81.9, n: 282 },
      { label: null, period: null, value: 80, n: null },
    ]);
  });

  it('says what is wrong instead of throwing', () => {
    expect(csatSeries('81, 82')).toMatchObject({ ok: false, reason: /not JSON/ });
    expect(csatSeries('{"a":1}')).toMatchObject({ ok: false, reason: /must be an array/ });
    expect(csatSeries('[1, "x"]')).toMatchObject({ ok: false, reason: /entry 1/ });
  });
});
