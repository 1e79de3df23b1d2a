import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'adapter-hubspot',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Vendor timestamps are UTC instants; the machine's zone must not leak into any result.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
