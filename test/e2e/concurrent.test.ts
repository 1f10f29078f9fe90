import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
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
});
