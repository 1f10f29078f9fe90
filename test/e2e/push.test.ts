import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE, type RunResult, runBinary } from "../helpers/binary.js";
import { gitEnv, gitIn, makeRepo } from "../helpers/git-repo.js";
import { tempDir } from "../helpers/world.js";

const ANSWERS = [
  "spot_difficulty_earlier=x",
  "questions_appropriate=yes",
  "candidate_strengths=no",
];
const retroArgs = (candidate: string, ...more: string[]) =>
  ["new", "--no-input", "--candidate", candidate, ...more].concat(
    ANSWERS.flatMap((answer) => ["--answer", answer]),
  );

let dir: string;
let remote: string;
let seed: string;
let env: NodeJS.ProcessEnv;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  env = { ...binaryEnv(dir), ...gitEnv(dir) };
  // A team repository on a "server" (a bare repo), set up by its lead.
  remote = join(dir, "remote.git");
  gitIn(dir, dir, "init", "-q", "--bare", "-b", "main", remote);
  const lead = join(dir, "lead");
  makeRepo(lead, dir);
  expect(runBinary(["init", "--yes", "--no-hook"], { cwd: lead, env }).code).toBe(0);
  gitIn(lead, dir, "add", ".");
  gitIn(lead, dir, "commit", "-q", "-m", "set up interview-retro");
  gitIn(lead, dir, "remote", "add", "origin", remote);
  gitIn(lead, dir, "push", "-q", "-u", "origin", "main");
  seed = gitIn(remote, dir, "rev-parse", "main").trim();
});
afterEach(() => cleanup());

function cloneFor(name: string): string {
  const clone = join(dir, name);
  gitIn(dir, dir, "clone", "-q", remote, clone);
  gitIn(clone, dir, "config", "user.name", name);
  gitIn(clone, dir, "config", "user.email", `${name}@example.test`);
  return clone;
}

function runAsync(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [BIN, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const remoteFiles = () =>
  gitIn(remote, dir, "log", "--name-only", "--format=", "main")
    .split("\n")
    .filter((line) => line.endsWith(".yaml") && line !== ".interview-retro.yaml");

describe("--push with teammates pushing at the same time", () => {
  it("every retro of five clones lands on the remote exactly once; history is only added to", async () => {
    const clones = ["ana", "ben", "chloe", "dev", "emma"].map(cloneFor);
    const results = await Promise.all(
      clones.map((clone, index) =>
        runAsync(retroArgs(`ats-${index}`, "--commit", "--push"), clone),
      ),
    );
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("✔ Pushed");
    }
    const written = results.map((result) => result.stdout.trim()).sort();
    expect(remoteFiles().sort()).toEqual(written);
    // The lead's commit is still the root of main: nothing on the remote was rewritten.
    expect(gitIn(remote, dir, "merge-base", "--is-ancestor", seed, "main")).toBe("");
    expect(gitIn(remote, dir, "rev-list", "--count", "main").trim()).toBe("7");
  });
});

describe("a push git refuses for good", () => {
  it("a real conflict keeps the local commit, says git's words and the command", () => {
    const ana = cloneFor("ana");
    const ben = cloneFor("ben");
    for (const [clone, text] of [
      [ana, "ana's rules\n"],
      [ben, "ben's rules\n"],
    ] as const) {
      writeFileSync(join(clone, "RULES.md"), text);
      gitIn(clone, dir, "add", "RULES.md");
      gitIn(clone, dir, "commit", "-q", "-m", "rules");
    }
    gitIn(ana, dir, "push", "-q");
    const before = gitIn(ben, dir, "rev-parse", "HEAD");
    const result = runBinary(retroArgs("ats-1", "--commit", "--push"), { cwd: ben, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Committed, but not pushed: git said:");
    expect(result.stderr).toMatch(/CONFLICT|could not apply/);
    expect(result.stderr).toContain(
      "git pull --rebase, resolve the conflict, git rebase --continue, then git push",
    );
    // The retro's commit sits on top of ben's, the rebase undone.
    expect(gitIn(ben, dir, "rev-parse", "HEAD~1")).toBe(before);
    expect(gitIn(ben, dir, "status", "--porcelain")).toBe("");
  });

  it("no remote: the commit stays, and the message says how to add one", () => {
    const alone = join(dir, "alone");
    makeRepo(alone, dir);
    const result = runBinary(retroArgs("ats-1", "--commit", "--push"), { cwd: alone, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("✔ Committed");
    expect(result.stderr).toContain("git remote add origin <url>");
    expect(gitIn(alone, dir, "log", "-1", "--format=%s")).toMatch(/^retro: /);
  });
});

describe("sync", () => {
  it("pulls the team's retros and pushes the ones written offline", () => {
    const ana = cloneFor("ana");
    const ben = cloneFor("ben");
    const offline = runBinary(retroArgs("ats-1", "--commit"), { cwd: ana, env });
    expect(offline.code, offline.stderr).toBe(0);
    const pushed = runBinary(retroArgs("ats-2", "--commit", "--push"), { cwd: ben, env });
    expect(pushed.code, pushed.stderr).toBe(0);

    const synced = runBinary(["sync"], { cwd: ana, env });
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stderr).toContain("✔ Pulled 1 commit; pushing 1.");
    expect(synced.stderr).toContain("✔ Pushed");
    expect(remoteFiles().sort()).toEqual([offline.stdout.trim(), pushed.stdout.trim()].sort());
    expect(
      runBinary(["list", "--paths"], { cwd: ana, env }).stdout.trim().split("\n"),
    ).toHaveLength(2);

    const again = runBinary(["sync"], { cwd: ana, env });
    expect(again.stderr).toContain("✔ Pulled 0 commits; nothing to push.");
    expect(again.stderr).not.toContain("Not shared");
  });

  it("says which retros it could not share because they are not committed", () => {
    const ana = cloneFor("ana");
    const kept = runBinary(retroArgs("ats-3", "--no-commit"), { cwd: ana, env });
    expect(kept.code, kept.stderr).toBe(0);
    const synced = runBinary(["sync"], { cwd: ana, env });
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stderr).toBe(
      `✔ Pulled 0 commits; nothing to push.\nNot shared: 1 retro is not committed, so sync did not push it:\n  ${kept.stdout.trim()}\nCommit it (git add retros && git commit -m "retros"), then sync again.\n`,
    );
    expect(remoteFiles()).toEqual([]);
    gitIn(ana, dir, "add", "retros");
    gitIn(ana, dir, "commit", "-q", "-m", "retros");
    const shared = runBinary(["sync"], { cwd: ana, env });
    expect(shared.stderr).not.toContain("Not shared");
    expect(remoteFiles()).toEqual([kept.stdout.trim()]);
  });

  it("no remote, or no branch checked out: exit 1, what git said first, and what to run", () => {
    const alone = join(dir, "alone");
    makeRepo(alone, dir);
    const none = runBinary(["sync"], { cwd: alone, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("this repository has no remote");
    expect(none.stderr).toContain("git remote add origin <url>");

    const detached = cloneFor("detached");
    gitIn(detached, dir, "checkout", "-q", "--detach");
    const unfollowed = runBinary(["sync"], { cwd: detached, env });
    expect(unfollowed.code).toBe(1);
    // Git's first line says what is wrong: it was cut, and only its hints were left.
    expect(unfollowed.stderr).toContain("You are not currently on a branch");
    expect(unfollowed.stderr).toContain(
      "Then run: git switch <branch>, then: interview-retro sync",
    );
  });

  it("a repository made apart, then given the team's remote: its branch follows the remote's, pulled, then pushed", () => {
    const apart = join(dir, "apart");
    makeRepo(apart, dir);
    const written = runBinary(retroArgs("ats-3", "--commit"), { cwd: apart, env });
    expect(written.code, written.stderr).toBe(0);
    gitIn(apart, dir, "remote", "add", "origin", remote);
    const synced = runBinary(["sync"], { cwd: apart, env });
    expect(synced.code, synced.stderr).toBe(0);
    // The lead's commit came; the retro's, made apart, went on top of it.
    expect(synced.stderr).toContain("✔ Pulled 1 commit; pushing 1.");
    expect(synced.stderr).toContain("✔ Pushed");
    expect(remoteFiles()).toEqual([written.stdout.trim()]);
    expect(gitIn(apart, dir, "rev-parse", "--abbrev-ref", "@{upstream}").trim()).toBe(
      "origin/main",
    );
    expect(runBinary(["sync"], { cwd: apart, env }).stderr).toContain(
      "✔ Pulled 0 commits; nothing to push.",
    );
  });

  it("a remote with no branch yet: the first push makes it, and the branch follows it", () => {
    const empty = join(dir, "empty.git");
    gitIn(dir, dir, "init", "-q", "--bare", empty);
    const first = join(dir, "first");
    makeRepo(first, dir);
    gitIn(first, dir, "remote", "add", "origin", empty);
    const synced = runBinary(["sync"], { cwd: first, env });
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stderr).toContain("✔ Nothing to pull: origin has no branch main yet; pushing 1.");
    expect(gitIn(empty, dir, "rev-parse", "main")).toBe(gitIn(first, dir, "rev-parse", "HEAD"));
    // --push does the same on a new branch, which follows none.
    gitIn(first, dir, "checkout", "-q", "-b", "retros");
    const pushed = runBinary(retroArgs("ats-4", "--commit", "--push"), { cwd: first, env });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(gitIn(empty, dir, "rev-parse", "retros")).toBe(gitIn(first, dir, "rev-parse", "HEAD"));
    expect(gitIn(first, dir, "rev-parse", "--abbrev-ref", "@{upstream}").trim()).toBe(
      "origin/retros",
    );
  });

  it("outside a repository: exit 1 and a message", () => {
    const result = runBinary(["sync"], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not in a git repository");
  });
});
