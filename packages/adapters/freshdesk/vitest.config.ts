import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages (core, the kit) resolve to their TypeScript sources, never a stale build;
  // node-environment tests resolve through the SSR resolver.
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'adapter-freshdesk',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Vendor timestamps are UTC instants; the machine's zone must not leak into any result.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
