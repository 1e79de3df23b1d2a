import type { CsatDistributionEntry, CsatResult, CsatScale } from '@tablero/core';

export const CSAT_KPIS = ['csat', 'esat'] as const;
export type CsatKpi = (typeof CSAT_KPIS)[number];

/** What the card draws, whichever way the data came in. */
export interface CsatCardData {
  kpi: CsatKpi;
  /** CSAT %, or `null` when there are no answers. */
  value: number | null;
  /** `null` when only a percentage was given (no sample size known). */
  n: number | null;
  /** Satisfied answers; `null` when only a percentage was given. */
  positive: number | null;
  scale: CsatScale;
  positiveThreshold: number;
  /** Answers per scale point; `null` when only totals were given. */
  distribution: CsatDistributionEntry[] | null;
  interval: [number, number] | null;
}

export const cardDataOf = (r: CsatResult, kpi: CsatKpi): CsatCardData => ({
  kpi: r.kpi ?? kpi,
  value: r.value,
  n: r.n,
  positive: r.positive,
  scale: r.scale,
  positiveThreshold: r.positiveThreshold,
  distribution: r.distribution,
  interval: r.interval,
});
