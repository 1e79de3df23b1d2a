/** Where a tooltip box goes, in the coordinates of the box it must stay inside. */
export interface TooltipPlacement {
  left: number;
  top: number;
  /** Whether it sits above or below its anchor; styles can point an arrow accordingly. */
  side: 'above' | 'below';
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Places a tooltip of `size` next to `anchor` (a data point, a heatmap cell) inside `bounds`
 * (the element's own box, so the tip never spills out of a narrow card or under a page edge).
 * Above the anchor by default, as a finger on a touch screen covers what is below it; below when
 * there is no room above; centred horizontally and slid sideways to fit. A box larger than the
 * bounds is pinned to the top-left corner, its most readable part.
 */
export function placeTooltip(
  anchor: { x: number; y: number },
  size: Size,
  bounds: Size,
  gap = 8,
): TooltipPlacement {
  const left = clamp(anchor.x - size.width / 2, 0, bounds.width - size.width);
  const above = anchor.y - gap - size.height;
  if (above >= 0) return { left, top: above, side: 'above' };
  const below = anchor.y + gap;
  if (below + size.height <= bounds.height) return { left, top: below, side: 'below' };
  // Fits neither way: take the roomier side and keep the box inside the bounds.
  const side = anchor.y >= bounds.height - anchor.y ? 'above' : 'below';
  const top = clamp(side === 'above' ? above : below, 0, bounds.height - size.height);
  return { left, top, side };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
