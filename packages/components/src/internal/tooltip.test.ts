import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip.js';

const bounds = { width: 300, height: 200 };
const size = { width: 100, height: 40 };

describe('placeTooltip (WCAG 1.4.13: content on hover or focus stays visible)', () => {
  it('centres the tip above its anchor when there is room', () => {
    // left = 150 − 100 / 2; top = 120 − 8 − 40.
    expect(placeTooltip({ x: 150, y: 120 }, size, bounds)).toEqual({
      left: 100,
      top: 72,
      side: 'above',
    });
  });
  it('goes below an anchor near the top', () => {
    expect(placeTooltip({ x: 150, y: 30 }, size, bounds)).toEqual({
      left: 100,
      top: 38,
      side: 'below',
    });
  });
  it('slides sideways to stay inside the bounds', () => {
    expect(placeTooltip({ x: 10, y: 120 }, size, bounds).left).toBe(0);
    expect(placeTooltip({ x: 295, y: 120 }, size, bounds).left).toBe(200);
  });
  it('keeps a tip that fits neither above nor below inside the bounds', () => {
    const tall = { width: 100, height: 150 };
    const placed = placeTooltip({ x: 150, y: 100 }, tall, bounds);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.top + tall.height).toBeLessThanOrEqual(bounds.height);
  });
  it('pins a box larger than the bounds to the top-left corner', () => {
    expect(placeTooltip({ x: 50, y: 50 }, { width: 400, height: 300 }, bounds)).toMatchObject({
      left: 0,
      top: 0,
    });
  });
});
