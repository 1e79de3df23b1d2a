import { generateSampleDataset, type SampleDataset } from './generate-sample-dataset.js';

let memo: SampleDataset | undefined;

/**
 * The default dataset (seed 42, 2025 in Europe/Madrid), generated on first call and shared
 * after that: the demo, Storybook and tests all see the same records without paying twice.
 * It is shared, so do not mutate it; call `generateSampleDataset()` for a private copy.
 */
export function sampleDataset(): SampleDataset {
  memo ??= generateSampleDataset();
  return memo;
}
