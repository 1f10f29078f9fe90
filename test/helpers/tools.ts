import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "vitest";
import { BIN, NODE } from "./binary.js";

const installed = (tool: string) =>
  spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).status === 0;

/**
 * `it` for a test that needs an outside tool (a shell, man): skipped with a
 * message where the tool is missing locally, never in CI (.ci/run installs it,
 * and a test that cannot run there fails).
 */
export function itWith(tool: string) {
  const missing = !installed(tool) && !process.env.CI;
  if (missing)
    console.warn(`skipped: tests that need ${tool}, which is not installed (.ci/run installs it)`);
  return it.skipIf(missing);
}

/** A folder holding an `interview-retro` command that runs the built binary, as a PATH entry. */
export function binOnPath(dir: string): string {
  const bin = join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "interview-retro"), `#!/bin/sh\nexec "${NODE}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "interview-retro"), 0o755);
  return bin;
}
