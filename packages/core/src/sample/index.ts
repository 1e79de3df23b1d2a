export {
  generateSampleDataset,
  type SampleDataset,
  type SampleDatasetMeta,
  type SampleDatasetOptions,
} from './generate-sample-dataset.js';
export { sampleDataset } from './sample-dataset.js';
export { createPrng, Prng } from './prng.js';
export { SAMPLE_SERVICE_WEEK } from './service-hours.js';
export {
  SAMPLE_FLAG_TAGS,
  SAMPLE_GROUPS,
  SAMPLE_LANGUAGES,
  SAMPLE_PLANS,
  SAMPLE_SEGMENTS,
  SAMPLE_TIERS,
  SAMPLE_TOPIC_TAGS,
  type SampleFlagTag,
  type SampleGroup,
  type SampleLanguage,
  type SamplePlan,
  type SampleSegment,
  type SampleTier,
} from './sample-vocabulary.js';
