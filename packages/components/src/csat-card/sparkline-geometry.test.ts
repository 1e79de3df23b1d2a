import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from './sparkline-geometry.js';

const BOX = { width: 120, height: 40, inset: 4, clamp: [0, 100] as const };

describe('sparklineGeometry (KPI-SPEC §Periods: a small trend line of the series)', () => {
  it('places one point per value, evenly spaced, higher values nearer the top', () => {
    const values = [70, 80, 75, 90];
    const g = sparklineGeometry(values, BOX);
    expect(g.points).toHaveLength(values.length);
    const xs = g.points.map((p) => p.x);
    expect(xs[0]).toBe(4);
    expect(xs.at(-1)).toBe(116);
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    for (const s of steps) expect(s).toBeCloseTo(112 / 3, 9);
    const [p70, p80, p75, p90] = g.points.map((p) => p.y);
    expect(p90!).toBeLessThan(p80!);
    expect(p80!).toBeLessThan(p75!);
    expect(p75!).toBeLessThan(p70!);
    // The extremes touch the inner box: 90 at the top inset, 70 at the bottom one.
    expect(p90).toBeCloseTo(4, 9);
    expect(p70).toBeCloseTo(36, 9);
    // One unbroken polyline through every point, in order.
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path.match(/L/g)).toHaveLength(values.length - 1);
    const ends = g.path
      .split(/[ML]/)
      .filter(Boolean)
      .map((xy) => xy.split(',').map(Number));
    expect(ends.at(-1)![0]).toBeCloseTo(116, 3);
    expect(ends.at(-1)![1]).toBeCloseTo(g.points.at(-1)!.y, 3);
  });

  it('keeps a minimum span so a flat series does not look like a swing', () => {
    const g = sparklineGeometry([81.2, 81.9], { ...BOX, minSpan: 10 });
    expect(g.domain![1] - g.domain![0]).toBeCloseTo(10, 9);
    const dy = Math.abs(g.points[0]!.y - g.points[1]!.y);
    // 0.7 points out of a 10-point window over 32 px of inner height.
    expect(dy).toBeCloseTo((0.7 / 10) * 32, 9);
  });

  it('shifts the window inside the clamp instead of drawing below 0 or above 100', () => {
    const g = sparklineGeometry([99, 100], { ...BOX, minSpan: 10 });
    expect(g.domain).toEqual([90, 100]);
    expect(g.points[1]!.y).toBeCloseTo(4, 9);
  });

  it('breaks the line at a period without answers rather than bridging it', () => {
    const g = sparklineGeometry([80, null, 85, 90], BOX);
    expect(g.points.map((p) => p.index)).toEqual([0, 2, 3]);
    // Two separate sub-paths: the lone first point and the segment 2–3.
    expect(g.path.match(/M/g)).toHaveLength(2);
  });

  it('has no points, no path and no domain when every value is missing', () => {
    expect(sparklineGeometry([null, null], BOX)).toEqual({ points: [], path: '', domain: null });
    expect(sparklineGeometry([], BOX).points).toHaveLength(0);
  });

  it('centres a single value', () => {
    const g = sparklineGeometry([50], BOX);
    expect(g.points[0]!.x).toBe(60);
    expect(g.points[0]!.y).toBeCloseTo(20, 9);
  });
});
