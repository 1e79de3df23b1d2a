import { byPeriod, csat } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { describe, expect, it } from 'vitest';
import { csatSeries } from './csat-series.js';

const answers = sampleDataset().surveys.filter((s) => s.kind === 'csat');
const monthly = byPeriod(answers, (a) => csat(a), { every: 'month', timeZone: 'Europe/Madrid' });

describe('csatSeries (core README §Comparison and series: byPeriod points)', () => {
  it('reads byPeriod output, its points and bare results alike', () => {
    const fromSeries = csatSeries(monthly);
    const fromPoints = csatSeries(monthly.points);
    const fromResults = csatSeries(monthly.points.map((p) => p.result));
    expect(fromSeries).toHaveLength(monthly.points.length);
    expect(fromSeries.map((e) => e.result.value)).toEqual(
      monthly.points.map((p) => p.result.value),
    );
    expect(fromPoints).toEqual(fromSeries);
    expect(fromSeries[0]!.label).toBe(monthly.points[0]!.label);
    expect(fromResults.map((e) => e.result)).toEqual(fromSeries.map((e) => e.result));
    expect(fromResults[0]!.label).toBeNull();
  });

  it('names the first bad entry', () => {
    const bad = [csat([5]), { value: 'high', n: 3 }] as never;
    expect(() => csatSeries(bad)).toThrow(/series\[1\]/);
    expect(() => csatSeries({} as never)).toThrow(/series: expected/);
    expect(() => csatSeries([{ value: 80, n: -1 }] as never)).toThrow(/series\[0\]/);
  });

  it('accepts an empty period (value null, n 0) as a gap', () => {
    expect(csatSeries([csat([]), csat([4])]).map((e) => e.result.value)).toEqual([null, 100]);
  });
});
