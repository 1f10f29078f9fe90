import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { gitIn, makeRepo } from "../helpers/git-repo.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const COUNT = 3000;

describe("prune, interrupted while it deletes", () => {
  it("Ctrl-C waits until every deletion is made and staged, then exits 130", async () => {
    const repo = join(dir, "team");
    makeRepo(repo, dir);
    const retros = join(repo, "retros");
    for (let i = 0; i < COUNT; i++)
      writeRetro(retros, { date: "2025-01-10", suffix: `p${String(i).padStart(4, "0")}` });
    gitIn(repo, dir, "add", "retros");
    gitIn(repo, dir, "commit", "-q", "-m", "retros");
    const year = join(retros, "2025");

    const child = spawn(NODE, [BIN, "prune", "--yes", "--dir", retros], {
      cwd: repo,
      env: binaryEnv(dir),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on("close", done));
    // Ctrl-C once the first file is gone, while the others are being deleted.
    while (readdirSync(year).length === COUNT && child.exitCode === null)
      await new Promise((wait) => setTimeout(wait, 1));
    child.kill("SIGINT");

    expect(await exited).toBe(130);
    expect(stderr).toContain(`Deleted ${COUNT} retros.`);
    expect(stderr).toContain("Interrupted once the deletions above were made and staged.");
    // Every deletion is staged: none is left for a second run to miss.
    const status = gitIn(repo, dir, "status", "--porcelain").split("\n").filter(Boolean);
    expect(status.filter((line) => line.startsWith(" D"))).toEqual([]);
    expect(status.filter((line) => line.startsWith("D "))).toHaveLength(COUNT);
  }, 120_000);
});
