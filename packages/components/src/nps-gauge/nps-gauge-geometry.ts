/**
 * Headless geometry of the NPS gauge (DESIGN.md convention 5): plain functions, tested without
 * a DOM. The gauge is the upper half of a circle: −100 at 9 o'clock, 0 at 12, +100 at 3.
 * Angles are radians clockwise from 12 o'clock (d3-shape's convention).
 */

export const NPS_MIN = -100;
export const NPS_MAX = 100;

/** The drawing's coordinate system (SVG viewBox units). */
export const GAUGE = {
  width: 220,
  height: 140,
  cx: 110,
  cy: 112,
  radius: 90,
  thickness: 18,
} as const;

export interface Point {
  x: number;
  y: number;
}

const clamp = (v: number) => Math.min(NPS_MAX, Math.max(NPS_MIN, v));

/** The angle of an NPS value: −π/2 at −100, 0 at 0, +π/2 at +100 (clamped to the scale). */
export const npsAngle = (value: number): number => (clamp(value) / NPS_MAX) * (Math.PI / 2);

/** The point at `angle` on a circle of radius `r` around the gauge centre. */
export const polar = (
  angle: number,
  r: number,
  c: Point = { x: GAUGE.cx, y: GAUGE.cy },
): Point => ({
  x: c.x + r * Math.sin(angle),
  y: c.y - r * Math.cos(angle),
});

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * An SVG path along the circle of radius `r` from `from` to `to` (radians), drawn in that
 * direction, so a stroke's dash animation grows from `from`. Empty when the arc has no length.
 */
export function arcPath(from: number, to: number, r: number = GAUGE.radius): string {
  if (Math.abs(to - from) < 1e-9) return '';
  const a = polar(from, r);
  const b = polar(to, r);
  const largeArc = Math.abs(to - from) > Math.PI ? 1 : 0;
  const sweep = to > from ? 1 : 0;
  return `M${round(a.x)} ${round(a.y)}A${r} ${r} 0 ${largeArc} ${sweep} ${round(b.x)} ${round(b.y)}`;
}

/** The value arc: from 0 (top centre) to the score, left for negative and right for positive. */
export const valueArc = (score: number, r: number = GAUGE.radius) => arcPath(0, npsAngle(score), r);

/** The 95% interval band, from its low to its high end. */
export const intervalArc = (low: number, high: number, r: number = GAUGE.radius) =>
  arcPath(npsAngle(low), npsAngle(high), r);

/** The track: the whole −100…100 scale. */
export const trackArc = (r: number = GAUGE.radius) =>
  arcPath(npsAngle(NPS_MIN), npsAngle(NPS_MAX), r);

/** A radial tick (target marker, zero mark) across the band at `value`. */
export function radialTick(value: number, inner: number, outer: number): [Point, Point] {
  const angle = npsAngle(value);
  return [polar(angle, inner), polar(angle, outer)];
}

/** Split of the promoter / passive / detractor bar: each share of `width`, summing to it. */
export function splitBar(
  counts: { detractors: number; passives: number; promoters: number },
  width: number,
): { detractors: number; passives: number; promoters: number } {
  const n = counts.detractors + counts.passives + counts.promoters;
  if (n === 0) return { detractors: 0, passives: 0, promoters: 0 };
  const detractors = (counts.detractors / n) * width;
  const passives = (counts.passives / n) * width;
  return { detractors, passives, promoters: width - detractors - passives };
}
