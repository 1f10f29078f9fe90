import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { KEY, PtySession } from "../helpers/pty.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeRetro(join(dir, "retros"));
});
afterEach(() => cleanup());

const TRACE = fileURLToPath(new URL("../helpers/trace-imports.mjs", import.meta.url));

/** The build puts each of these in a file of its own (dist/vendor/), loaded on first use. */
const PROMPTS = /vendor\/prompts\.cjs/;
const CHALK = /vendor\/chalk\.cjs/;
const YAML_LIBRARY = /vendor\/yaml\.cjs/;

const traceFile = (args: string[]) => join(dir, `trace-${args.join("-")}`);
const traced = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

/** The modules the binary loaded to answer `args`, with no terminal attached. */
function loadedModules(args: string[]): string {
  const file = traceFile(args);
  const result = spawnSync(NODE, ["--import", TRACE, BIN, ...args], {
    cwd: dir,
    env: binaryEnv(dir, { TRACE_IMPORTS_FILE: file }),
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return traced(file);
}

describe("start-up stays light", () => {
  it("the trace sees the prompts, chalk and the YAML library when they are set up", async () => {
    /** Runs the binary in a pseudo-terminal, traced; `until` is what to wait for before Ctrl-C. */
    const inTerminal = async (args: string[], until?: string) => {
      const file = traceFile(["tty", ...args]);
      const session = new PtySession(args, {
        cwd: dir,
        env: binaryEnv(dir, { NODE_OPTIONS: `--import=${TRACE}`, TRACE_IMPORTS_FILE: file }),
      });
      if (until !== undefined) {
        await session.waitFor(until);
        session.type(KEY.ctrlC);
      }
      await session.exited();
      return traced(file);
    };
    const asking = await inTerminal(["new"], "Candidate reference");
    expect(asking).toMatch(PROMPTS);
    // The shipped template and word list come read by the build: the YAML
    // library waits until the answers are written.
    expect(asking).not.toMatch(YAML_LIBRARY);
    expect(await inTerminal(["list"])).toMatch(CHALK);
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
    expect(writing).toMatch(YAML_LIBRARY);
  });

  it.each([
    ["--help", ["--help"]],
    ["list", ["list"]],
    ["search", ["search", "minute"]],
    ["stats", ["stats"]],
  ])("%s sets up neither the prompts, chalk, the YAML library nor child processes", (_, args) => {
    const loaded = loadedModules(args);
    expect(loaded).toMatch(/bundle\.js/);
    expect(loaded).not.toMatch(PROMPTS);
    expect(loaded).not.toMatch(CHALK);
    expect(loaded).not.toMatch(YAML_LIBRARY);
    // node:child_process, which commander and the editor load, costs some 5 ms of a start.
    expect(loaded).not.toMatch(/child_process/);
  });

  it("--version answers without loading the program", () => {
    expect(loadedModules(["--version"])).not.toMatch(/bundle\.js/);
  });

  // Node 20 reads the code cache the build wrote; later Nodes keep their own (bin/bundle.js).
  it.runIf(!("enableCompileCache" in nodeModule))(
    "the build's code cache fits this Node, so commands start from compiled code",
    () => {
      const { loadBundle } = nodeModule.createRequire(import.meta.url)("../../bin/bundle.js");
      expect(loadBundle().script.cachedDataRejected).toBe(false);
    },
  );
});
