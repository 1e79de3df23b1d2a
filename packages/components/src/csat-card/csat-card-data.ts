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

/** A core result is already card data (extra fields such as `period` ride along unused). */
export const cardDataOf = (r: CsatResult, kpi: CsatKpi): CsatCardData => ({
  ...r,
  kpi: r.kpi ?? kpi,
});
