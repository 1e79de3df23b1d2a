import { defineConfig } from 'vitest/config';

// One root run over every workspace project, so `npm test` prints one summary.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'packages/adapters/*',
      'apps/demo',
      'apps/storybook',
      // The components package's second project: its modules imported in Node (no DOM).
      'packages/components/vitest.node.config.ts',
    ],
  },
});
