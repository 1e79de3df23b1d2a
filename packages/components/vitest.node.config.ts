import { defineProject } from 'vitest/config';

// The second project of this package: the same modules imported in Node, where there is no
// `window`, `document` or `customElements` (DESIGN.md convention 13, Node-safe modules).
export default defineProject({
  resolve: { conditions: ['@tablero/source'] },
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    name: 'components-node',
    environment: 'node',
    include: ['src/**/*.node.test.ts', 'scripts/**/*.test.mjs'],
  },
});
