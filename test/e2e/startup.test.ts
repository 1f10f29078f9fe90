import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
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
  const file = join(dir, `trace-${args.join("-")}`);
  const result = spawnSync(process.execPath, ["--import", TRACE, BIN, ...args], {
    cwd: dir,
    env: binaryEnv(dir, { TRACE_IMPORTS_FILE: file }),
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

describe("start-up stays light", () => {
  it("--version answers without loading the program", () => {
    expect(loadedModules(["list"])).toMatch(/bundle\.js/);
    expect(loadedModules(["--version"])).not.toMatch(/bundle\.js/);
  });

  it("the build's code cache fits this Node, so commands start from compiled code", () => {
    const { loadBundle } = createRequire(import.meta.url)("../../bin/bundle.js");
    expect(loadBundle().script.cachedDataRejected).toBe(false);
  });
});
