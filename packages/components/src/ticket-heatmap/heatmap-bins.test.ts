import { describe, expect, it } from 'vitest';
import { heatmapBins, niceStep } from './heatmap-bins.js';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 × a power of ten', () => {
    expect(niceStep(6.6, 'count')).toBe(10); // 33 tickets / 5 steps
    expect(niceStep(2.1, 'duration')).toBe(5);
    expect(niceStep(20, 'duration')).toBe(20);
    expect(niceStep(0.03, 'duration')).toBeCloseTo(0.05, 12);
    expect(niceStep(0.6, 'count')).toBe(1); // no bin narrower than one ticket
  });
});

describe('heatmapBins (KPI-SPEC §What the four named components show: colour scale with legend)', () => {
  it('bins 0…33 tickets in four classes of ten, zero apart', () => {
    // max 33 / 5 steps = 6.6 → nice width 10 → ⌈33 / 10⌉ = 4 bins.
    const scale = heatmapBins(33, 'count', 5);
    expect(scale.step).toBe(10);
    expect(scale.bins).toEqual([
      { from: 1, to: 10, t: 0.25 },
      { from: 11, to: 20, t: 0.5 },
      { from: 21, to: 30, t: 0.75 },
      { from: 31, to: 40, t: 1 },
    ]);
    expect([0, 1, 10, 11, 20, 21, 33].map(scale.binOf)).toEqual([-1, 0, 0, 1, 1, 2, 3]);
    expect(scale.binOf(null)).toBeNull();
  });

  it('gives one class per value when the counts are small', () => {
    const scale = heatmapBins(3, 'count');
    expect(scale.bins.map((b) => [b.from, b.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('bins durations half-open and widens the step rather than pass the target', () => {
    // 100 / 5 = 20 → [0,20) … [100,120) would be 6 bins > 5, so the width goes to 50: 3 bins.
    const scale = heatmapBins(100, 'duration', 5);
    expect(scale.step).toBe(50);
    expect(scale.bins.map((b) => [b.from, b.to])).toEqual([
      [0, 50],
      [50, 100],
      [100, 150],
    ]);
    expect([0, 49.9, 50, 100].map(scale.binOf)).toEqual([0, 0, 1, 2]);
  });

  it('puts every count of 0…max in a bin that contains it, in order, never more bins than asked', () => {
    for (let steps = 2; steps <= 9; steps++) {
      for (let max = 1; max <= 150; max++) {
        const scale = heatmapBins(max, 'count', steps);
        expect(scale.bins.length).toBeLessThanOrEqual(steps);
        let previous = -1;
        for (let v = 1; v <= max; v++) {
          const bin = scale.binOf(v)!;
          const { from, to } = scale.bins[bin]!;
          if (v < from || v > to) expect.fail(`max ${max} steps ${steps}: ${v} in ${from}–${to}`);
          if (bin < previous) expect.fail(`max ${max}: bins go backwards at ${v}`);
          previous = bin;
        }
        expect(scale.binOf(max)).toBe(scale.bins.length - 1);
      }
    }
  });

  it('spreads the colour ramp evenly up to t = 1 with zero at t = 0', () => {
    const { bins } = heatmapBins(1000, 'count', 7);
    const ts = bins.map((b) => b.t);
    expect(ts.at(-1)).toBe(1);
    ts.forEach((t, i) => expect(t).toBeCloseTo((i + 1) / ts.length, 12));
  });
});
