import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE, runBinary } from "../helpers/binary.js";
import { gitIn, makeRepo } from "../helpers/git-repo.js";
import { KEY, PtySession } from "../helpers/pty.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let repo: string;
let env: NodeJS.ProcessEnv;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  repo = join(dir, "team");
  // The hook calls `interview-retro` from the PATH, as it would on a team member's machine.
  const bin = join(dir, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "interview-retro"), `#!/bin/sh\nexec "${NODE}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "interview-retro"), 0o755);
  env = binaryEnv(dir, { PATH: `${bin}:${process.env.PATH}` });
});
afterEach(() => cleanup());

const ANSWERS = [
  "--answer",
  "spot_difficulty_earlier=x",
  "--answer",
  "questions_appropriate=yes",
  "--answer",
  "candidate_strengths=no",
];

/** Breaks a verdict of the retro at `relative` in `repository`, stages it and commits, as a person would. */
function commitBrokenEdit(repository: string, relative: string) {
  const path = join(repository, relative);
  writeFileSync(path, readFileSync(path, "utf8").replace('verdict: "no"', "verdict: nope"));
  gitIn(repository, dir, "add", path);
  return spawnSync("git", ["commit", "-m", "a broken edit"], {
    cwd: repository,
    env,
    encoding: "utf8",
  });
}

describe("a team repository, from an empty folder", () => {
  it("init, then each retro is committed alone, and the hook refuses a broken one", () => {
    makeRepo(repo, dir);
    const init = runBinary(["init", "--yes"], { cwd: repo, env });
    expect(init.code).toBe(0);
    gitIn(repo, dir, "add", ".");
    const setUp = spawnSync("git", ["commit", "-q", "-m", "set up interview-retro"], {
      cwd: repo,
      env,
      encoding: "utf8",
    });
    expect(setUp.status, setUp.stderr).toBe(0);

    const first = runBinary(["--candidate", "ats-1", "--role", "backend", ...ANSWERS], {
      cwd: repo,
      env,
    });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("✔ Committed: retro: ");
    expect(gitIn(repo, dir, "show", "--name-only", "--format=", "HEAD").trim()).toBe(
      first.stdout.trim(),
    );

    const commit = commitBrokenEdit(repo, first.stdout.trim());
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toMatch(
      /:\d+:\d+: verdict must be one of yes, partly, no/,
    );
    expect(gitIn(repo, dir, "log", "-1", "--format=%s").trim()).toMatch(/^retro: /);
  });

  it("a teammate's clone: init asks only about the hook, and the hook then guards their commits", async () => {
    makeRepo(repo, dir);
    const setUp = ["init", "--yes", "--retros", "team-notes", "--roles", "backend"];
    expect(runBinary(setUp, { cwd: repo, env }).code).toBe(0);
    gitIn(repo, dir, "add", ".");
    gitIn(repo, dir, "commit", "-q", "-m", "set up interview-retro");
    const clone = join(dir, "clone");
    gitIn(dir, dir, "clone", "-q", repo, clone);

    const session = new PtySession(["init"], { cwd: clone, env });
    await session.waitFor("Install a pre-commit hook that validates retros?");
    session.type(KEY.enter);
    expect((await session.exited()).exitCode).toBe(0);
    expect(session.text).not.toContain("Retros folder");
    expect(session.text).toContain("exists, left as is: team-notes");
    expect(session.text).toContain("created .git/hooks/pre-commit");
    expect(gitIn(clone, dir, "status", "--porcelain")).toBe("");

    const retro = runBinary(["--candidate", "ats-2", "--role", "backend", ...ANSWERS], {
      cwd: clone,
      env,
    });
    expect(retro.stdout).toMatch(/^team-notes\/\d{4}\//);
    expect(commitBrokenEdit(clone, retro.stdout.trim()).status).not.toBe(0);
  });
});
