export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept around the line so point markers and the stroke are not clipped. */
  inset?: number;
  /**
   * Smallest span of the y domain, in the values' unit. A CSAT series moving between 81.2 and
   * 81.9 would otherwise fill the whole height and read as a dramatic swing.
   */
  minSpan?: number;
  /** Hard limits of the y domain (CSAT: 0…100). */
  clamp?: readonly [number, number];
}

export interface SparklinePoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

export interface SparklineGeometry {
  /** One entry per input value that is a number; gaps (`null`) have none. */
  points: SparklinePoint[];
  /** SVG path data; a `null` value breaks the line instead of bridging it. Empty when no points. */
  path: string;
  /** The y domain used, `[low, high]`; `null` when there is no value at all. */
  domain: [number, number] | null;
}

/**
 * Layout of a small trend line: x spreads the series evenly over the width (periods are equal
 * calendar steps), y maps the domain top-down. Plain numbers in, path data out, so the
 * component renders it with Lit and the geometry is testable without a DOM.
 */
export function sparklineGeometry(
  values: readonly (number | null)[],
  box: SparklineBox,
): SparklineGeometry {
  const inset = box.inset ?? 3;
  const domain = yDomain(values, box.minSpan ?? 10, box.clamp ?? [-Infinity, Infinity]);
  if (domain === null) return { points: [], path: '', domain };
  const [low, high] = domain;
  const innerWidth = Math.max(0, box.width - 2 * inset);
  const innerHeight = Math.max(0, box.height - 2 * inset);
  const step = values.length > 1 ? innerWidth / (values.length - 1) : 0;
  // A lone value sits in the middle rather than on the left edge.
  const x0 = values.length > 1 ? inset : box.width / 2;
  const yOf = (v: number) => inset + innerHeight * (1 - (v - low) / (high - low));
  const points: SparklinePoint[] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    points.push({ index, value, x: x0 + index * step, y: yOf(value) });
  });
  // A straight polyline needs no curve factory: written by hand it costs the bundle nothing,
  // where d3-shape's line() brings d3-path along (≈1.3 kB min+gzip against a 20 kB budget).
  let path = '';
  let previous = -2;
  for (const p of points) {
    path += `${p.index === previous + 1 ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    previous = p.index;
  }
  return { points, path, domain };
}

/** Path data does not need more than a thousandth of a drawing unit. */
const round = (v: number) => Math.round(v * 1000) / 1000;

function yDomain(
  values: readonly (number | null)[],
  minSpan: number,
  [floor, ceiling]: readonly [number, number],
): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return null;
  const span = Math.max(max - min, minSpan, Number.EPSILON);
  const mid = (min + max) / 2;
  let low = mid - span / 2;
  let high = mid + span / 2;
  // Shift, not shrink, a window that pokes out of the limits, so the span stays the same.
  if (low < floor) [low, high] = [floor, floor + span];
  if (high > ceiling) [low, high] = [ceiling - span, ceiling];
  return [Math.max(low, floor), Math.min(high, ceiling)];
}
