import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages (the kit, core) resolve to their TypeScript sources, so tests never run
  // against a stale build. Node-environment tests resolve through the SSR resolver, hence `ssr`.
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'adapter-kit',
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
