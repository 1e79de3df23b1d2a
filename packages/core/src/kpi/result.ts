import type { Period } from '../time/instant.js';

/** What every KPI result carries (KPI-SPEC §Ground rules). */
export interface KpiResult<K extends string = string> {
  kpi: K;
  /** The KPI's value; `null` when undefined, e.g. no answers. */
  value: number | null;
  /** The sample size the value rests on. */
  n: number;
  /** The span the value covers; `null` when the caller gave no period (all records). */
  period: Period | null;
  /** 95% interval `[low, high]` where a sampling model applies, else `null`. */
  interval: [number, number] | null;
}

export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? (100 * part) / whole : null;

/** A packed array of zeros: `new Array(n).fill(0)` stays holey, and every `++` then pays a hole check. */
export const zeros = (length: number): number[] => Array.from({ length }, () => 0);
