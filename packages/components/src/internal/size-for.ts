/** Width breakpoints (CSS px of the element's content box) that change an element's layout. */
export const SIZES = ['small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

/** The size class `TableroElement` tracks with a ResizeObserver (`this.resize.size`). */
export const sizeFor = (width: number): Size =>
  width < 240 ? 'small' : width < 480 ? 'medium' : 'large';
