import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Calendar maths must not depend on the machine's zone: every zone is explicit.
    env: { TZ: 'Pacific/Kiritimati' },
    // CI runs these beside Chromium on 2 cores: a property test of 1.7 s alone took 5.5 s
    // there and hit the 5 s default (the time-zone property tests make many Intl calls).
    testTimeout: 30_000,
  },
});
