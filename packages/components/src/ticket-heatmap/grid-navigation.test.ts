import { describe, expect, it } from 'vitest';
import { isGridKey, moveInGrid, type GridKey } from './grid-navigation.js';

const shape = { rows: 7, cols: 24 };
const move = (row: number, col: number, key: GridKey, modifiers = {}) =>
  moveInGrid({ row, col }, key, shape, modifiers);

describe('moveInGrid (ARIA APG grid pattern, documented in grid-navigation.ts)', () => {
  it('moves one hour with ←/→ and one day with ↑/↓', () => {
    expect(move(3, 10, 'ArrowRight')).toEqual({ row: 3, col: 11 });
    expect(move(3, 10, 'ArrowLeft')).toEqual({ row: 3, col: 9 });
    expect(move(3, 10, 'ArrowUp')).toEqual({ row: 2, col: 10 });
    expect(move(3, 10, 'ArrowDown')).toEqual({ row: 4, col: 10 });
  });

  it('continues from the last hour of a day into the first hour of the next, and back', () => {
    expect(move(0, 23, 'ArrowRight')).toEqual({ row: 1, col: 0 });
    expect(move(1, 0, 'ArrowLeft')).toEqual({ row: 0, col: 23 });
  });

  it('stops at the corners and edges of the grid', () => {
    expect(move(0, 0, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
    expect(move(6, 23, 'ArrowRight')).toEqual({ row: 6, col: 23 });
    expect(move(0, 5, 'ArrowUp')).toEqual({ row: 0, col: 5 });
    expect(move(6, 5, 'ArrowDown')).toEqual({ row: 6, col: 5 });
  });

  it('goes to the ends of the day with Home/End and of the grid with Ctrl', () => {
    expect(move(4, 12, 'Home')).toEqual({ row: 4, col: 0 });
    expect(move(4, 12, 'End')).toEqual({ row: 4, col: 23 });
    expect(move(4, 12, 'Home', { ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(move(4, 12, 'End', { ctrl: true })).toEqual({ row: 6, col: 23 });
  });

  it('goes to the first/last day at the same hour with PageUp/PageDown', () => {
    expect(move(4, 12, 'PageUp')).toEqual({ row: 0, col: 12 });
    expect(move(4, 12, 'PageDown')).toEqual({ row: 6, col: 12 });
  });

  it('swaps the horizontal arrows right to left', () => {
    expect(move(3, 10, 'ArrowRight', { rtl: true })).toEqual({ row: 3, col: 9 });
    expect(move(3, 10, 'ArrowLeft', { rtl: true })).toEqual({ row: 3, col: 11 });
  });

  it('knows which keys are its own', () => {
    expect(isGridKey('PageDown')).toBe(true);
    expect(isGridKey('Enter')).toBe(false);
    expect(isGridKey('Tab')).toBe(false);
  });
});
