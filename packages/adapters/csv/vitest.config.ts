import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'adapter-csv',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Wall times in files are read in an explicit zone; the machine's zone must not leak in.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
