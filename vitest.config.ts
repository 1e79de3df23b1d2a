import { defineConfig } from 'vitest/config';

// One root run over every workspace project, so `npm test` prints one summary. Projects are
// named by their config files: a bare folder glob would also match `packages/adapters` itself
// and run every adapter's tests a second time as a config-less project.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/adapters/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      // The components package's second project: its modules imported in Node (no DOM).
      'packages/components/vitest.node.config.ts',
    ],
  },
});
