import { scaleThreshold } from 'd3-scale';
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

  it('bins minutes half-open and widens the step rather than pass the target', () => {
    // 50 / 5 = 10 → [0,10) … [50,60) would be 6 bins > 5, so the width goes to 20: 3 bins.
    const scale = heatmapBins(50, 'duration', 5);
    expect(scale.unit).toBe('minute');
    expect(scale.step).toBe(20);
    expect(scale.bins.map((b) => [b.from, b.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
    ]);
    expect([0, 19.9, 20, 50].map(scale.binOf)).toEqual([0, 0, 1, 2]);
  });

  it('bins longer medians in round hours, and in days past two days', () => {
    // 42.8 h: 42.8 / 5 = 8.6 h → 10 h bins; ⌊42.8 / 10⌋ + 1 = 5 bins.
    const hours = heatmapBins(42.8 * 60, 'duration', 5);
    expect(hours.unit).toBe('hour');
    expect(hours.step).toBe(600);
    expect(hours.bins.at(-1)).toMatchObject({ from: 2400, to: 3000 });
    // 5 days: 5 / 5 = 1 d → ⌊5 / 1⌋ + 1 = 6 bins > 5 → 2 d bins: 3 bins.
    const days = heatmapBins(5 * 1440, 'duration', 5);
    expect(days.unit).toBe('day');
    expect(days.step).toBe(2 * 1440);
    expect(days.bins).toHaveLength(3);
    expect(heatmapBins(33, 'count').unit).toBeNull();
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

describe('heatmapBins lookup (the same classes as d3 scaleThreshold, which it replaced)', () => {
  it('puts every value in the bin d3 would', () => {
    for (const [max, kind, steps] of [
      [47, 'count', 5],
      [9, 'count', 9],
      [1000, 'duration', 4],
      [37.5, 'duration', 2],
    ] as const) {
      const { bins, binOf } = heatmapBins(max, kind, steps);
      const bounds = bins.slice(0, -1).map((b) => (kind === 'count' ? b.to + 1 : b.to));
      const d3 = scaleThreshold<number, number>()
        .domain(bounds)
        .range(bins.map((_, i) => i));
      for (let v = kind === 'count' ? 1 : 0; v <= max; v += kind === 'count' ? 1 : max / 97) {
        expect(binOf(v), `${kind} ${max}: ${v}`).toBe(d3(v));
      }
      for (const bound of bounds) expect(binOf(bound)).toBe(d3(bound));
    }
  });
});
