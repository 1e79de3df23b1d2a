/** Keys the heatmap grid handles; every other key is left to the page. */
export const GRID_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;
export type GridKey = (typeof GRID_KEYS)[number];

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
}

export interface GridKeyModifiers {
  /** Ctrl (or ⌘) held: Home/End go to the first/last cell of the whole grid (ARIA APG grid). */
  ctrl?: boolean;
  /** Right-to-left layout: the hour axis runs right to left, so the horizontal arrows swap. */
  rtl?: boolean;
}

export const isGridKey = (key: string): key is GridKey =>
  (GRID_KEYS as readonly string[]).includes(key);

/**
 * Where focus goes from `from` on a key, in a grid of weekdays (rows) × hours (columns).
 *
 * - ←/→ move one hour. Past the last hour of a day they continue into the next day's first hour
 *   (and back), because the columns are a clock: Monday 23:00 is followed by Tuesday 00:00. At
 *   the first and last cell of the grid they stop (no wrap to the other corner).
 * - ↑/↓ move one day at the same hour and stop at the first and last row.
 * - Home/End: first/last hour of the day; with Ctrl, the first/last cell of the grid.
 * - PageUp/PageDown: first/last day at the same hour.
 */
export function moveInGrid(
  from: GridPosition,
  key: GridKey,
  shape: GridShape,
  modifiers: GridKeyModifiers = {},
): GridPosition {
  const { rows, cols } = shape;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const horizontal = modifiers.rtl
    ? { ArrowLeft: 1, ArrowRight: -1 }
    : { ArrowLeft: -1, ArrowRight: 1 };
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const index = from.row * cols + from.col + horizontal[key];
      const clamped = Math.min(rows * cols - 1, Math.max(0, index));
      return { row: Math.floor(clamped / cols), col: clamped % cols };
    }
    case 'ArrowUp':
      return { row: Math.max(0, from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: Math.min(lastRow, from.row + 1), col: from.col };
    case 'Home':
      return modifiers.ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return modifiers.ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageUp':
      return { row: 0, col: from.col };
    case 'PageDown':
      return { row: lastRow, col: from.col };
  }
}
