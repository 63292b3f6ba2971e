import { defineConfig } from 'vitest/config';

// Two projects, one run: unit/ needs no AWS stand-in, so only integration/ starts the shared moto_server and its
// proxy. Reporters belong to the run, not to a project: plain-summary prints one total for both.
export default defineConfig({
  test: {
    reporters: ['default', './__tests__/support/plain-summary.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['__tests__/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['__tests__/integration/**/*.test.ts'],
          globalSetup: ['__tests__/support/moto.ts'],
        },
      },
    ],
  },
});
