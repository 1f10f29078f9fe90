import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE, runBinary } from "../helpers/binary.js";
import { gitIn, makeRepo } from "../helpers/git-repo.js";
import { tempDir } from "../helpers/world.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ANSWERS = [
  "spot_difficulty_earlier=x",
  "questions_appropriate=yes",
  "candidate_strengths=no",
];

let dir: string;
let repo: string;
let env: NodeJS.ProcessEnv;
let npxCalls: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  repo = join(dir, "team");
  makeRepo(repo, dir);
  // No interview-retro on this PATH; an npx that notes any call, to prove none is made.
  const bin = join(dir, "path-bin");
  mkdirSync(bin);
  npxCalls = join(dir, "npx-calls");
  writeFileSync(join(bin, "npx"), `#!/bin/sh\necho "$@" >> "${npxCalls}"\nexit 1\n`);
  chmodSync(join(bin, "npx"), 0o755);
  env = binaryEnv(dir, { PATH: `${bin}:${process.env.PATH}` });
});
afterEach(() => {
  expect(existsSync(npxCalls), "the hook asked npx").toBe(false);
  cleanup();
});

/** init run by a copy of the package that is then deleted: the hook cannot fall back on it. */
function initFromVanishedCopy(): void {
  const copy = join(dir, "gone");
  for (const part of ["bin", "dist", "templates", "package.json"])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const init = spawnSync(NODE, [join(copy, "bin/interview-retro.js"), "init", "--yes"], {
    cwd: repo,
    env,
    encoding: "utf8",
  });
  expect(init.status, init.stderr).toBe(0);
  rmSync(copy, { recursive: true });
}

const commit = (message: string, extraEnv: NodeJS.ProcessEnv = {}) =>
  spawnSync("git", ["commit", "-m", message], {
    cwd: repo,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
  });

/** A retro written without committing it, then broken by hand and staged. */
function stageBrokenRetro(): string {
  const written = runBinary(
    ["new", "--no-input", "--no-commit", "--candidate", "ats-9"].concat(
      ANSWERS.flatMap((answer) => ["--answer", answer]),
    ),
    { cwd: repo, env },
  );
  expect(written.code, written.stderr).toBe(0);
  const path = join(repo, written.stdout.trim());
  writeFileSync(path, readFileSync(path, "utf8").replace('verdict: "no"', "verdict: nope"));
  gitIn(repo, dir, "add", path);
  return path;
}

describe("the pre-commit hook that init writes", () => {
  it("lets a commit without a retro through silently, with the tool installed nowhere", () => {
    initFromVanishedCopy();
    writeFileSync(join(repo, "notes.txt"), "team notes\n");
    gitIn(repo, dir, "add", ".");
    const done = commit("set up");
    expect(done.status, done.stderr).toBe(0);
    expect(done.stderr).toBe("");
  });

  it("with a retro staged and the tool nowhere: one line with the install command and the way around", () => {
    initFromVanishedCopy();
    stageBrokenRetro();
    const refused = commit("a retro");
    expect(refused.status).toBe(1);
    const lines = refused.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("npm install -g interview-retro");
    expect(lines[0]).toContain("git commit --no-verify");
  });

  it("finds the tool in the repository's node_modules/.bin (a dev dependency)", () => {
    initFromVanishedCopy();
    mkdirSync(join(repo, "node_modules/.bin"), { recursive: true });
    symlinkSync(BIN, join(repo, "node_modules/.bin/interview-retro"));
    stageBrokenRetro();
    const refused = commit("a broken retro");
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(
      /:\d+:\d+: verdict must be one of yes, partly, no/,
    );
  });

  it("finds the interview-retro that is committing: new --commit from a clone passes its own hook", () => {
    initFromVanishedCopy();
    gitIn(repo, dir, "add", ".");
    expect(commit("set up").status).toBe(0);
    const written = runBinary(
      ["new", "--no-input", "--commit", "--candidate", "ats-1"].concat(
        ANSWERS.flatMap((answer) => ["--answer", answer]),
      ),
      { cwd: repo, env },
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toContain("✔ Committed");
    // The same variables make the hook validate with that binary.
    stageBrokenRetro();
    const refused = commit("a broken retro", {
      INTERVIEW_RETRO_NODE: NODE,
      INTERVIEW_RETRO_SCRIPT: BIN,
    });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain("verdict must be one of yes, partly, no");
  });

  it("falls back on the binary that ran init, by its absolute path", () => {
    expect(runBinary(["init", "--yes"], { cwd: repo, env }).code).toBe(0);
    stageBrokenRetro();
    const refused = commit("a broken retro");
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain("verdict must be one of yes, partly, no");
  });

  it("init upgrades a hook that an earlier init wrote, and leaves a hook of the team's alone", () => {
    const hook = join(repo, ".git/hooks/pre-commit");
    mkdirSync(join(repo, ".git/hooks"), { recursive: true });
    const older = `#!/bin/sh
# Installed by interview-retro init: refuses a commit whose staged retros are broken.
if command -v interview-retro >/dev/null 2>&1; then
  exec interview-retro validate --staged
fi
exec npx --no-install interview-retro validate --staged
`;
    writeFileSync(hook, older);
    const upgraded = runBinary(["init", "--yes"], { cwd: repo, env });
    expect(upgraded.stderr).toContain("upgraded .git/hooks/pre-commit");
    expect(readFileSync(hook, "utf8")).not.toContain("npx");
    expect(runBinary(["init", "--yes"], { cwd: repo, env }).stderr).toContain(
      "exists, left as is: .git/hooks/pre-commit",
    );

    const ours = "#!/bin/sh\nmake lint\n";
    writeFileSync(hook, ours);
    const left = runBinary(["init", "--yes"], { cwd: repo, env });
    expect(left.stderr).toContain("a pre-commit hook exists already");
    expect(left.stderr).toContain("interview-retro validate --staged");
    expect(readFileSync(hook, "utf8")).toBe(ours);
  });
});
