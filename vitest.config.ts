import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end tests start the built binary, some inside a pseudo-terminal.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    // scripts/test-on-node.mjs names another report for each Node line.
    reporters: [
      "default",
      ["json", { outputFile: process.env.INTERVIEW_RETRO_TEST_REPORT || "test-results.json" }],
    ],
  },
});
