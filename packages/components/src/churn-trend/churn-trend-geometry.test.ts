import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { labelIndices } from './label-stride.js';
import { nearestIndex } from './nearest-index.js';
import { trendLayout } from './churn-trend-geometry.js';
import { trendPaths } from './trend-paths.js';
import { xScale, yDomain, yScale, type TrendFrame } from './trend-scales.js';

const frame: TrendFrame = { width: 400, height: 200, top: 10, right: 10, bottom: 30, left: 40 };

describe('yDomain (KPI-SPEC §Churn, §Retention: what the y axis must hold)', () => {
  it('starts churn at zero and reaches the larger of the highest rate and the target', () => {
    expect(yDomain([3.1, 2.8, 4], 'churn', null)).toEqual([0, 4]);
    expect(yDomain([3.1, 2.8, 4], 'churn', 5)).toEqual([0, 5]);
  });
  it('keeps height for an all-zero or empty series', () => {
    expect(yDomain([0, 0], 'churn', null)).toEqual([0, 1]);
    expect(yDomain([null], 'churn', null)).toEqual([0, 1]);
  });
  it('runs retention from its lowest value (or the target) up to 100', () => {
    expect(yDomain([96.4, 98], 'retention', null)).toEqual([96.4, 100]);
    expect(yDomain([96.4, 98], 'retention', 95)).toEqual([95, 100]);
    // A flat 100% still spans one point so the scale is not degenerate.
    expect(yDomain([100, 100], 'retention', null)).toEqual([99, 100]);
  });
});

describe('yScale', () => {
  it('rounds the domain to nice ticks within 0…100 and maps higher values higher up', () => {
    const y = yScale([0, 4.3], frame);
    const [low, high] = y.domain;
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(4.3);
    expect(Number.isInteger(high)).toBe(true);
    expect(y(low)).toBe(frame.height - frame.bottom);
    expect(y(high)).toBe(frame.top);
    expect(y(3)).toBeLessThan(y(2));
    const retention = yScale([96.4, 100], frame).domain;
    expect(retention[1]).toBe(100);
    expect(retention[0]).toBeLessThanOrEqual(96.4);
  });
});

describe('xScale', () => {
  it('spaces periods evenly left to right with half a band at each edge', () => {
    const x = xScale(4, frame);
    // Plot width 350, 4 bands of 87.5, the first point half a band in.
    expect(x.step).toBe(87.5);
    expect(x(0)).toBe(40 + 87.5 / 2);
    expect(x(3)).toBe(400 - 10 - 87.5 / 2);
  });
  it('centres a single period', () => {
    expect(xScale(1, frame)(0)).toBe(40 + 350 / 2);
  });
});

describe('nearestIndex (pointer over the plot → period)', () => {
  const xs = [10, 20, 30, 40];
  it('finds the closest position', () => {
    expect(nearestIndex(xs, 0)).toBe(0);
    expect(nearestIndex(xs, 26)).toBe(2);
    expect(nearestIndex(xs, 99)).toBe(3);
  });
  it('gives a tie to the earlier period', () => {
    expect(nearestIndex(xs, 15)).toBe(0);
  });
  it('skips periods that are not usable, and answers -1 when none is', () => {
    expect(nearestIndex(xs, 21, (i) => i !== 1)).toBe(2);
    expect(nearestIndex(xs, 21, () => false)).toBe(-1);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});

describe('labelIndices', () => {
  it('labels every period when they fit', () => {
    expect(labelIndices(4, 400)).toEqual([0, 1, 2, 3]);
  });
  it('thins labels on narrow widths but always labels the latest period', () => {
    // 120 px fit two 56 px labels, so 12 periods need a stride of 6.
    expect(labelIndices(12, 120)).toEqual([5, 11]);
    expect(labelIndices(0, 120)).toEqual([]);
  });
});

describe('trendPaths (core `complete: false` → provisional segment)', () => {
  it('draws settled periods solid and the running one dashed from the last settled point', () => {
    const { settled, provisional } = trendPaths([0, 10, 20], [50, 40, 30], [true, true, false]);
    expect(settled).toBe('M0,50L10,40');
    expect(provisional).toBe('M10,40L20,30');
  });
  it('leaves a gap where a period has no rate', () => {
    const { settled } = trendPaths([0, 10, 20], [50, null, 30], [true, true, true]);
    expect(settled).toBe('M0,50ZM20,30Z');
  });
  it('has no provisional segment when every period is over, and no settled one when none is', () => {
    expect(trendPaths([0, 10], [5, 6], [true, true]).provisional).toBeNull();
    const open = trendPaths([0], [5], [false]);
    expect(open.settled).toBeNull();
    expect(open.provisional).toBeNull();
  });
});

describe('trendLayout', () => {
  const layout = trendLayout({
    values: [3.1, 2.8, 4],
    complete: [true, true, false],
    target: 3,
    series: 'churn',
    frame,
  });
  it('draws a higher rate higher and puts the target line where the scale says', () => {
    const [jan, feb, mar] = layout.ys as [number, number, number];
    expect(mar).toBeLessThan(jan);
    expect(jan).toBeLessThan(feb);
    // Linear: the target 3 sits between 2.8 and 3.1 in proportion.
    const expected = feb + ((3 - 2.8) / (3.1 - 2.8)) * (jan - feb);
    expect(layout.targetY).toBeCloseTo(expected, 9);
  });
  it('gives ticks in ascending value, descending y, inside the frame', () => {
    const values = layout.ticks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    for (const t of layout.ticks) {
      expect(t.y).toBeGreaterThanOrEqual(frame.top);
      expect(t.y).toBeLessThanOrEqual(frame.height - frame.bottom);
    }
  });
  it('has no target line without a target', () => {
    const none = trendLayout({
      values: [1],
      complete: [true],
      target: null,
      series: 'churn',
      frame,
    });
    expect(none.targetY).toBeNull();
  });
});

describe('trendPaths path data (same as d3-shape line().defined(), which it replaced)', () => {
  it('matches d3 for lines with gaps, lone points and leading or trailing nulls', () => {
    const d3Line = line<[number, number | null]>()
      .defined(([, y]) => y !== null)
      .y(([, y]) => y ?? 0);
    const cases: (number | null)[][] = [
      [1, 2, 3],
      [null, 2, null, 4, 5, null],
      [1, null, null, 4],
      [7],
      [null, 3],
      [2.5, 0, -1.25],
    ];
    for (const ys of cases) {
      const xs = ys.map((_, i) => i * 10);
      const expected = d3Line(xs.map((x, i) => [x, ys[i]!]));
      expect(
        trendPaths(
          xs,
          ys,
          ys.map(() => true),
        ).settled,
      ).toBe(expected);
    }
  });
});
