import { defineConfig } from "vitest/config";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    include: [
      "server/**/*.test.{ts,tsx}",
      "client/**/*.test.{ts,tsx}",
      "tests/**/*.test.{ts,tsx}",
      "scripts/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: browser and wrangler suites are heavy, so keep parallelism modest.
    maxWorkers: 2,
  },
});
