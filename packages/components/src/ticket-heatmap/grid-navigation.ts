/** Keys the heatmap grid handles; every other key is left to the page. */
export type GridKey =
  `Arrow${'Left' | 'Right' | 'Up' | 'Down'}` | 'Home' | 'End' | `Page${'Up' | 'Down'}`;

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
  /^(Arrow(Left|Right|Up|Down)|Home|End|Page(Up|Down))$/.test(key);

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
  { row, col }: GridPosition,
  key: GridKey,
  { rows, cols }: GridShape,
  { ctrl, rtl }: GridKeyModifiers = {},
): GridPosition {
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  const last = rows - 1;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    // One index over the whole grid, so stepping past an hour edge lands on the next day.
    const index = clamp(
      row * cols + col + ((key === 'ArrowRight') !== !!rtl ? 1 : -1),
      rows * cols - 1,
    );
    return { row: Math.floor(index / cols), col: index % cols };
  }
  const end = key === 'End';
  if (end || key === 'Home') return { row: ctrl ? (end ? last : 0) : row, col: end ? cols - 1 : 0 };
  return {
    row:
      key === 'ArrowUp'
        ? clamp(row - 1, last)
        : key === 'ArrowDown'
          ? clamp(row + 1, last)
          : key === 'PageUp'
            ? 0
            : last,
    col,
  };
}
