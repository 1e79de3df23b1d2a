import { defineProject } from 'vitest/config';

// End-to-end tests: Node drives headless Chromium (playwright-core, /usr/bin/chromium) against
// the production build served on 127.0.0.1 by scripts/serve.mjs, the same server `npm start` runs.
export default defineProject({
  resolve: { conditions: ['@tablero/source'] },
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'demo',
    environment: 'node',
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser per file is plenty on two shared cores.
    fileParallelism: false,
  },
});
