import { CSAT_SCALES, csat, type CsatScale } from '@tablero/core';

export interface ScaleRules {
  scale: CsatScale;
  /** The scale's points, lowest first (binary: `bad`, `good`). */
  points: (number | 'good' | 'bad')[];
  /** Lowest and highest numeric score (binary: 0 and 1, as core counts them). */
  low: number;
  high: number;
  /** Core's default threshold: top-2 box (KPI-SPEC §CSAT). */
  defaultThreshold: number;
}

/**
 * Each scale's points and default threshold, read from core's own empty result rather than
 * restated here, so the card cannot drift from the KPI definition.
 */
export const SCALE_RULES = Object.fromEntries(
  CSAT_SCALES.map((scale) => {
    const empty = csat([], { scale });
    const points = empty.distribution.map((d) => d.score);
    const numeric = scale === 'binary' ? [0, 1] : (points as number[]);
    const rules: ScaleRules = {
      scale,
      points,
      low: numeric[0]!,
      high: numeric.at(-1)!,
      defaultThreshold: empty.positiveThreshold,
    };
    return [scale, rules];
  }),
) as Record<CsatScale, ScaleRules>;

export const isCsatScale = (value: unknown): value is CsatScale =>
  (CSAT_SCALES as readonly unknown[]).includes(value);
