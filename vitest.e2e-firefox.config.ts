import { defineConfig } from 'vitest/config';

// Browser tests in real headless Firefox (firefox-esr) with the built extension (.output/firefox-mv2)
// installed as a temporary add-on over WebDriver BiDi. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
