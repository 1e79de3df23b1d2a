import { describe, expect, it } from 'vitest';
import { ces } from '../../src/index.js';

describe('KPI-SPEC §CES — Customer Effort Score', () => {
  it('mean, easy share (top 3 on 1–7) and a 95% t-interval, by hand', () => {
    // 7,6,5,4,3: mean 5; easy (5–7) = 3 of 5 = 60%; sd = √(10/4) = 1.5811;
    // t(.975, 4) = 2.776445; half = 2.776445 × 1.5811 / √5 = 1.96324
    const r = ces([7, 6, 5, 4, 3], { scale: '1-7', higherIsEasier: true });
    expect(r).toMatchObject({ value: 5, n: 5, easy: 3, easyShare: 60 });
    expect(r.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.interval![0]).toBeCloseTo(5 - 1.96324, 4);
    expect(r.interval![1]).toBeCloseTo(5 + 1.96324, 4);
  });

  it('turns a "1 = very easy" coding around before averaging', () => {
    const reversed = ces([1, 2, 3, 4, 5], { scale: '1-7', higherIsEasier: false });
    expect(reversed).toMatchObject({ value: 5, easy: 3 });
    expect(reversed.distribution.find((d) => d.score === 7)!.count).toBe(1);
  });

  it('on 1–5 the easy answers are the top 2', () => {
    expect(ces([5, 4, 3, 1], { scale: '1-5', higherIsEasier: true })).toMatchObject({
      easy: 2,
      easyShare: 50,
      value: 3.25,
    });
  });

  it('requires the direction to be stated', () => {
    expect(() => ces([5], {} as never)).toThrow(/higherIsEasier/);
  });

  it('single answer: a mean but no interval; empty: null', () => {
    expect(ces([6], { higherIsEasier: true })).toMatchObject({
      value: 6,
      n: 1,
      interval: null,
      sd: null,
    });
    expect(ces([], { higherIsEasier: true })).toMatchObject({ value: null, n: 0 });
  });

  it('refuses scores off the scale', () => {
    expect(() => ces([8], { higherIsEasier: true })).toThrow(/integers 1–7, got 8/);
    expect(ces([6, 8], { higherIsEasier: true, mode: 'lenient' }).rejected).toHaveLength(1);
  });
});

describe('KPI-SPEC §CES — interval stays on the scale', () => {
  it('clips the t-interval at the top of the scale', () => {
    // 7,7,7,6: mean 6.75, sd 0.5, t(.975, 3) = 3.182446 → half 0.7956 → 7.5456 clipped to 7
    const r = ces([7, 7, 7, 6], { higherIsEasier: true });
    expect(r.interval![0]).toBeCloseTo(6.75 - 0.7956, 3);
    expect(r.interval![1]).toBe(7);
  });
});
