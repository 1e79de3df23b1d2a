import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'adapter-kit',
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
