import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // CLI and PDF tests spawn real processes and a real browser.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
