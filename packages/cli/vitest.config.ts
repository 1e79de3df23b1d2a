import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  // Node-environment tests resolve through the SSR resolver, hence `ssr`.
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'cli',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Child-process tests (kill and resume) start real Node processes: give them room on a busy
    // two-core machine rather than a flaky default.
    testTimeout: 120_000,
    // Nothing in the CLI may depend on the machine's zone: every zone is explicit.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
