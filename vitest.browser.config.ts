import { defineConfig } from "vitest/config";

// Browser tests: the HTML report in headless Chromium. Run by `npm run test:browser` (see .ci/run).
export default defineConfig({
  test: {
    include: ["tests/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
