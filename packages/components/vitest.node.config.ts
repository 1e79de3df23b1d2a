import { defineProject } from 'vitest/config';

// The second project of this package: the same modules imported in Node, where there is no
// `window`, `document` or `customElements` (DESIGN.md convention 13, Node-safe modules).
export default defineProject({
  resolve: { conditions: ['@tablero/source'] },
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'components-node',
    // A shared 2-core machine under load: a slow import or axe run is not a failure (speed is
    // measured by benchmarks, never by tests).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
    include: ['src/**/*.node.test.ts', 'scripts/**/*.test.mjs'],
  },
});
