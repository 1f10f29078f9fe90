import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeRetro(join(dir, "retros"));
});
afterEach(() => cleanup());

const TRACE = fileURLToPath(new URL("../helpers/trace-imports.mjs", import.meta.url));

/** The modules the binary loaded to answer `args`, with no terminal attached. */
function loadedModules(args: string[]): string {
  const file = join(dir, "trace");
  const result = spawnSync(process.execPath, ["--import", TRACE, BIN, ...args], {
    cwd: dir,
    env: binaryEnv(dir, { TRACE_IMPORTS_FILE: file }),
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBeLessThan(2);
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

describe("start-up stays light", () => {
  it("the trace sees what is loaded (so the tests below can fail)", () => {
    const writing = loadedModules([
      "new",
      "--dry-run",
      "--candidate",
      "ats-1",
      "--answer",
      "spot_difficulty_earlier=x",
      "--answer",
      "questions_appropriate=yes",
      "--answer",
      "candidate_strengths=no",
    ]);
    expect(writing).toMatch(/commander/);
    expect(writing).toMatch(/node_modules\/yaml/);
  });

  it.each([
    ["--help", ["--help"]],
    ["--version", ["--version"]],
    ["list", ["list"]],
    ["search", ["search", "minute"]],
  ])("%s loads neither the prompts, the YAML parser nor chalk", (_, args) => {
    const loaded = loadedModules(args);
    expect(loaded).not.toMatch(/@inquirer/);
    expect(loaded).not.toMatch(/node_modules\/yaml/);
    expect(loaded).not.toMatch(/chalk/);
  });

  it("--version does not even load commander", () => {
    expect(loadedModules(["--version"])).not.toMatch(/commander/);
  });
});
