import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Calendar maths must not depend on the machine's zone: every zone is explicit.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
