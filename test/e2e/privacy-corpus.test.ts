import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
// The benchmark's generator of realistic retros, run on the built writer.
import { buildCorpus } from "../../bench/corpus.mjs";
import { runBinary } from "../helpers/binary.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe("the privacy check on ordinary retros", () => {
  it("flags nothing in 300 realistic, clean retros", () => {
    const retros = join(dir, "retros");
    buildCorpus(retros, { count: 300, seed: 11 });
    const files = readdirSync(retros, { recursive: true }).filter((name) =>
      String(name).endsWith(".yaml"),
    );
    expect(files).toHaveLength(300);
    expect(parse(readFileSync(join(retros, String(files[0])), "utf8")).answers).toBeDefined();
    const result = runBinary(["validate"], { cwd: dir });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("300 retros checked, all valid.\n");
    expect(result.code).toBe(0);
  });
});
