import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Tests spawn real processes and servers; two workers match the 2-core machine.
    maxWorkers: 2,
  },
});
