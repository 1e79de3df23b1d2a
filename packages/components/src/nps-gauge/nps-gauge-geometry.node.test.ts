import { describe, expect, it } from 'vitest';
import {
  arcPath,
  GAUGE,
  intervalArc,
  npsAngle,
  polar,
  splitBar,
  trackArc,
  valueArc,
} from './nps-gauge-geometry.js';

/** The last point of an SVG path `M… A r r 0 l s x y`. */
const endPoint = (d: string) => {
  const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { x: nums.at(-2)!, y: nums.at(-1)! };
};
const startPoint = (d: string) => {
  const [x, y] = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { x: x!, y: y! };
};

describe('nps-gauge geometry (issue 3: −100…100 arc that fills from 0)', () => {
  it('maps −100, 0 and 100 to 9, 12 and 3 o’clock', () => {
    expect(npsAngle(-100)).toBe(-Math.PI / 2);
    expect(npsAngle(0)).toBe(0);
    expect(npsAngle(100)).toBe(Math.PI / 2);
    expect(npsAngle(250)).toBe(Math.PI / 2);
  });

  it('starts every value arc at the top centre', () => {
    for (const score of [-30, 50]) {
      const start = startPoint(valueArc(score));
      expect(start.x).toBeCloseTo(GAUGE.cx, 3);
      expect(start.y).toBeCloseTo(GAUGE.cy - GAUGE.radius, 3);
    }
  });

  it('ends the arc of NPS −30 left of the centre and of +50 right of it', () => {
    expect(endPoint(valueArc(-30)).x).toBeLessThan(GAUGE.cx);
    expect(endPoint(valueArc(50)).x).toBeGreaterThan(GAUGE.cx);
    // +50 is half way to 3 o'clock: 45° → x = cx + r·sin 45°.
    expect(endPoint(valueArc(50)).x).toBeCloseTo(GAUGE.cx + GAUGE.radius * Math.SQRT1_2, 2);
  });

  it('draws no value arc for a score of 0', () => {
    expect(valueArc(0)).toBe('');
  });

  it('spans the interval band between the angles of its ends', () => {
    const d = intervalArc(-10, 30, 100);
    const a = polar(npsAngle(-10), 100);
    const b = polar(npsAngle(30), 100);
    expect(startPoint(d).x).toBeCloseTo(a.x, 2);
    expect(endPoint(d).x).toBeCloseTo(b.x, 2);
    expect(endPoint(d).y).toBeCloseTo(b.y, 2);
  });

  it('sweeps clockwise for a positive arc and counter-clockwise for a negative one', () => {
    expect(arcPath(0, 1)).toMatch(/ 0 1 [\d.]+ [\d.]+$/);
    expect(arcPath(0, -1)).toMatch(/ 0 0 [\d.]+ [\d.]+$/);
    expect(trackArc().startsWith(`M${GAUGE.cx - GAUGE.radius} ${GAUGE.cy}`)).toBe(true);
  });

  it('splits the bar in proportion and sums to the width', () => {
    const w = splitBar({ detractors: 30, passives: 40, promoters: 130 }, 100);
    expect(w.detractors).toBeCloseTo(15);
    expect(w.passives).toBeCloseTo(20);
    expect(w.detractors + w.passives + w.promoters).toBeCloseTo(100);
    expect(splitBar({ detractors: 0, passives: 0, promoters: 0 }, 100).promoters).toBe(0);
  });
});
