import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['@tablero/source'] } },
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.mutants.ts'],
    environment: 'node',
  },
});
