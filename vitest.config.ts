import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spawned CLI runs and property tests take a few seconds each on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
