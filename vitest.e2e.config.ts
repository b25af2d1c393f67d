import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (.output/chrome-mv3) loaded. Run after `wxt build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
