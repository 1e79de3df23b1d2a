/** The benchmark's data: the sample generator's tickets and survey answers (generated untimed). */
import { generateSampleDataset } from '@tablero/core/sample';
import type { BenchAnswer, BenchTicket } from './types.js';

export const DATA_SOURCE = 'generateSampleDataset from @tablero/core/sample';

export function loadDataset(options: { tickets: number; surveys: number; seed: number }): {
  tickets: readonly BenchTicket[];
  surveys: readonly BenchAnswer[];
  meta: { from: number; to: number; timeZone: string };
} {
  const { tickets, surveys, meta } = generateSampleDataset(options);
  return { tickets, surveys, meta };
}
