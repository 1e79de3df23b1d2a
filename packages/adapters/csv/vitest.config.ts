import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'adapter-csv',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Wall times in files are read in an explicit zone; the machine's zone must not leak in.
    env: { TZ: 'Pacific/Kiritimati' },
    // CI runs these beside Chromium on 2 cores: a property test of 1.7 s alone took 5.5 s
    // there and hit the 5 s default (the time-zone property tests make many Intl calls).
    testTimeout: 30_000,
  },
});
