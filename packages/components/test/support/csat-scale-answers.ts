import type { CsatScale } from '@tablero/core';

/**
 * Fixed, lopsided CSAT answers per scale, so every scale has bars of different heights and
 * satisfied and unsatisfied points alike (shared by the csat-card unit and element tests).
 */
export const SCALE_ANSWERS: Record<CsatScale, (number | string)[]> = {
  '1-5': [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5],
  '1-7': [1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7],
  '1-10': [1, 3, 5, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10],
  binary: ['good', 'good', 'good', 'bad'],
};
