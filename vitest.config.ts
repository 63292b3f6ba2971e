import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/support/moto.ts'],
    reporters: ['default', './__tests__/support/plain-summary.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
