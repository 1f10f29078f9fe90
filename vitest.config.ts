import { defineConfig } from "vitest/config";
import { compileWat } from "./scripts/wat.mjs";

export default defineConfig({
  // As in the build: `import bytes from "./x.wat"` gives the module's binary.
  plugins: [
    {
      name: "webassembly-text",
      load(id) {
        if (!id.endsWith(".wat")) return undefined;
        return `export default new Uint8Array(${JSON.stringify([...compileWat(id)])});`;
      },
    },
  ],
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
