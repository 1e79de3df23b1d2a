import { describe, expect, it } from 'vitest';
import { niceDomain, tickStep, ticks } from './linear-scale.js';
import { yScale } from './trend-scales.js';

describe('tickStep: round steps of 1, 2 or 5 × 10ⁿ', () => {
  it('picks the round step nearest the raw one on a log scale', () => {
    // Raw steps: 4.3 / 5 = 0.86 → 1 (8.6 ≥ √50); 10 / 5 = 2 → 2; 2.4 / 5 = 0.48 → 0.5
    // (4.8 ≥ √10); 3.6 / 5 = 0.72 → 1 (7.2 ≥ √50 ≈ 7.07); 100 / 4 = 25 → 20 (2.5 < √10).
    expect(tickStep(0, 4.3, 5)).toBe(1);
    expect(tickStep(0, 10, 5)).toBe(2);
    expect(tickStep(97.6, 100, 5)).toBe(0.5);
    expect(tickStep(96.4, 100, 5)).toBe(1);
    expect(tickStep(0, 100, 4)).toBe(20);
  });
  it('has no step for an empty span', () => {
    expect(tickStep(3, 3, 5)).toBe(0);
  });
});

describe('ticks', () => {
  it('lists round values inside the span without float noise', () => {
    expect(ticks(0, 4.3, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(97.6, 100, 5)).toEqual([98, 98.5, 99, 99.5, 100]);
  });
  it('gives the single value of a span of zero', () => {
    expect(ticks(2, 2, 5)).toEqual([2]);
  });
});

describe('niceDomain', () => {
  it('widens the span to round ends', () => {
    expect(niceDomain(0, 4.3, 5)).toEqual([0, 5]);
    expect(niceDomain(96.4, 100, 4)).toEqual([96, 100]);
    expect(niceDomain(0, 0.33, 4)).toEqual([0, 0.4]);
  });
});

describe('yScale: the linear map from rates to pixels', () => {
  // Plot 200 px high (top 0, bottom 0): 5 ticks.
  const frame = { width: 100, height: 200, top: 0, right: 0, bottom: 0, left: 0 };
  it('maps the domain onto the range linearly, higher values higher up', () => {
    const y = yScale([0, 5], frame);
    expect(y(0)).toBe(200);
    expect(y(5)).toBe(0);
    expect(y(2.5)).toBe(100);
    expect(y.ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('puts everything in the middle of the range when the domain has no width', () => {
    const y = yScale([100, 100], frame);
    expect(y.domain).toEqual([100, 100]);
    expect(y(100)).toBe(100);
  });
});
