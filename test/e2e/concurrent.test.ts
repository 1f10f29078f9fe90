import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, binaryEnv, NODE } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const WRITER = fileURLToPath(new URL("../helpers/concurrent-writer.mjs", import.meta.url));

function writer(count: number, retros: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WRITER, String(count), retros], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("exit", resolve);
  });
}

describe("concurrent runs", () => {
  it("4 processes × 50 runs into one folder, same day, same slug: 200 distinct, valid files", async () => {
    const retros = join(dir, "retros");
    const codes = await Promise.all([1, 2, 3, 4].map(() => writer(50, retros)));
    expect(codes).toEqual([0, 0, 0, 0]);
    const names = readdirSync(join(retros, "2026"));
    expect(names.filter((name) => name.endsWith(".tmp") || name.startsWith("."))).toEqual([]);
    expect(names).toHaveLength(200);
    const writers = new Set<string>();
    for (const name of names) {
      const retro = parse(readFileSync(join(retros, "2026", name), "utf8"));
      expect(retro.id).toBe(name.replace(/\.yaml$/, ""));
      expect(retro.answers.questions_appropriate.verdict).toBe("yes");
      writers.add(retro.answers.spot_difficulty_earlier.answer);
    }
    expect(writers.size).toBe(4);
  }, 120_000);

  it("3 prune at once delete each expired retro once, and together report exactly what existed", async () => {
    const retros = join(dir, "retros");
    for (let i = 0; i < 300; i++) {
      writeRetro(retros, { date: "2025-01-10", suffix: `p${String(i).padStart(3, "0")}` });
    }
    const prune = () =>
      new Promise<string>((resolve) => {
        let stderr = "";
        const child = spawn(NODE, [BIN, "prune", "--yes", "--dir", retros], {
          cwd: dir,
          env: binaryEnv(dir),
          stdio: ["ignore", "ignore", "pipe"],
        });
        child.stderr.on("data", (chunk) => {
          stderr += chunk;
        });
        child.on("exit", () => resolve(stderr));
      });
    const said = await Promise.all([prune(), prune(), prune()]);
    // A run that starts after the others are done finds nothing to delete: that is 0.
    const deleted = said.map((text) =>
      text.includes("nothing to delete")
        ? 0
        : Number(/Deleted (\d+) retro/.exec(text)?.[1] ?? Number.NaN),
    );
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(300);
    expect(readdirSync(join(retros, "2025"))).toEqual([]);
  }, 120_000);
});
