import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The end-to-end tests start the built binary, some inside a pseudo-terminal.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    // scripts/test-on-node.mjs names another report for each Node line.
    reporters: [
      "default",
      ["json", { outputFile: process.env.INTERVIEW_RETRO_TEST_REPORT || "test-results.json" }],
    ],
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/scale/**"],
          sequence: { groupOrder: 0 },
        },
      },
      // The scale tests read folders of 100,000 and 300,000 retros, more than this
      // machine's page cache holds at once: one file at a time, after the others, so that
      // they do not fight over the disk (a cold read of 300,000 files then took over 5
      // minutes, where alone it takes one).
      {
        extends: true,
        test: {
          name: "scale",
          include: ["test/scale/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
