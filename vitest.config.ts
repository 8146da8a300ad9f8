import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the browser tests need Chromium and run on their own: npm run test:browser
    exclude: ["tests/**/*.browser.test.ts", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
