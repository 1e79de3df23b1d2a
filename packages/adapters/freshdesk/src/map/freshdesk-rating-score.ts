import type { FreshdeskRatingCode } from '../schema/freshdesk-codes.js';

/** Classic 3-point answers as the custom-survey codes they are stored as (§2.5, gotcha 10). */
const CLASSIC: Readonly<Record<number, FreshdeskRatingCode>> = { 1: 103, 2: 100, 3: -103 };

/** The 7-point codes in order, least happy first: position + 1 is the 1–7 score. */
const SCALE: readonly FreshdeskRatingCode[] = [-103, -102, -101, 100, 101, 102, 103];

/** A rating code (7-point or classic 1/2/3) on its own 7-point code scale. */
export function freshdeskRatingCode(code: number): FreshdeskRatingCode | undefined {
  const normal = CLASSIC[code] ?? (code as FreshdeskRatingCode);
  return SCALE.includes(normal) ? normal : undefined;
}

/** A rating code as a CSAT score on 1–7 (−103 → 1, 100 → 4, 103 → 7). */
export function freshdeskRatingScore(code: number): number | undefined {
  const normal = freshdeskRatingCode(code);
  return normal === undefined ? undefined : SCALE.indexOf(normal) + 1;
}
