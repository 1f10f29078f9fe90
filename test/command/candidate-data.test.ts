import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { writeRetro } from "../helpers/fixtures.js";
import { gitEnv, gitIn, makeRepo } from "../helpers/git-repo.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { itWith } from "../helpers/tools.js";
import { tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let repo: string;
let cleanup: () => void;
let paths: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  repo = join(dir, "team");
  makeRepo(repo, dir);
  const retros = join(repo, "retros");
  paths = {
    expired: writeRetro(retros, { date: "2026-01-10", candidate: "ats-1", suffix: "exp1" }),
    expiresToday: writeRetro(retros, { date: "2026-05-31", candidate: "ats-2", suffix: "tday" }),
    fresh: writeRetro(retros, { date: "2026-11-01", candidate: "ats-1", suffix: "new1" }),
    other: writeRetro(retros, { date: "2026-10-01", candidate: "ats-3", suffix: "oth3" }),
  };
  gitIn(repo, dir, "add", ".");
  gitIn(repo, dir, "commit", "-q", "-m", "retros");
});
afterEach(() => cleanup());

async function cli(
  args: string[],
  options: { tty?: boolean; prompter?: ScriptedPrompter; env?: NodeJS.ProcessEnv } = {},
) {
  const captured = testWorld({
    cwd: repo,
    env: { ...gitEnv(dir), XDG_STATE_HOME: join(dir, ".state"), ...options.env },
    now: new Date(2026, 10, 27, 12),
    tty: options.tty ?? false,
    ...(options.prompter ? { prompter: options.prompter } : {}),
  });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const rel = (path: string) => path.slice(repo.length + 1);

describe("symbolic links in a cloned repo", () => {
  it("prune and forget never delete through a link to outside the retros folder", async () => {
    const outside = join(dir, "outside");
    const kept = [
      writeRetro(outside, { date: "2025-01-10", candidate: "ats-1", suffix: "out1" }),
      writeRetro(outside, { date: "2025-02-10", candidate: "ats-9", suffix: "out2" }),
    ];
    symlinkSync(join(outside, "2025"), join(repo, "retros", "2025"));
    symlinkSync(
      kept[1] as string,
      join(repo, "retros", "2026", "2025-02-10-backend-ats-9-out2.yaml"),
    );
    const pruned = await cli(["prune", "--yes"]);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain(
      "retros/2025: a symbolic link to outside the retros folder, skipped",
    );
    expect(pruned.stderr.match(/outside the retros folder/g)).toHaveLength(2);
    const forgot = await cli(["forget", "ats-9", "--yes"]);
    expect(forgot.code).toBe(0);
    for (const path of kept) expect(existsSync(path), path).toBe(true);
    expect(existsSync(paths.expired as string)).toBe(false);
  });

  it("validate fails on a year folder that leads outside, and counts it apart from the retros it checked", async () => {
    const outside = join(dir, "outside");
    writeRetro(outside, { date: "2025-01-10", candidate: "ats-1", suffix: "out1" });
    symlinkSync(join(outside, "2025"), join(repo, "retros", "2025"));
    const { code, stdout, stderr } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout).toBe("retros/2025: a symbolic link to outside the retros folder, skipped\n");
    expect(stderr).toBe("4 retros checked, all valid; 1 other entry could not be checked.\n");
    const json = JSON.parse((await cli(["validate", "--json"])).stdout);
    expect(json).toMatchObject({ checked: 4, skipped: 1 });
    expect(json.problems).toHaveLength(1);
    // A folder given twice: each retro is checked once, the link is one entry, reported once.
    const twice = await cli(["validate", "retros", "retros"]);
    expect(twice.stdout).toBe(
      "retros/2025: a symbolic link to outside the retros folder, skipped\n",
    );
    expect(twice.stderr).toBe("4 retros checked, all valid; 1 other entry could not be checked.\n");
    // A file given twice, under two spellings, and again inside a folder given.
    const file = rel(paths.expired as string);
    const overlapping = await cli(["validate", file, `./${file}`, "retros/2026"]);
    expect(overlapping.code).toBe(0);
    expect(overlapping.stderr).toBe("4 retros checked, all valid.\n");
  });
});

describe("prune", () => {
  it("--dry-run lists the expired retros and changes nothing", async () => {
    const { code, stdout, stderr } = await cli(["prune", "--dry-run"]);
    expect(code).toBe(0);
    // expires_on is the date + 180 days: 2026-01-10 → 2026-07-09; 2026-05-31 → 2026-11-27, today, still kept.
    expect(stdout).toBe(`${rel(paths.expired as string)}\n`);
    expect(stderr).toContain("Dry run: nothing was deleted.");
    expect(Object.values(paths).every((path) => existsSync(path))).toBe(true);
    expect(gitIn(repo, dir, "status", "--short")).toBe("");
  });

  it("asks first, refuses without a terminal unless --yes", async () => {
    expect((await cli(["prune"])).code).toBe(2);
    const declined = await cli(["prune"], { tty: true, prompter: new ScriptedPrompter(["n"]) });
    expect(declined.code).toBe(0);
    expect(existsSync(paths.expired as string)).toBe(true);
  });

  it("deletes the expired retros only, stages the deletions, commits them with --commit, and prints the history commands", async () => {
    const { code, stderr } = await cli(["prune", "--yes", "--commit"]);
    expect(code).toBe(0);
    expect(existsSync(paths.expired as string)).toBe(false);
    expect(
      [paths.expiresToday, paths.fresh, paths.other].every((path) => existsSync(path as string)),
    ).toBe(true);
    expect(
      gitIn(repo, dir, "show", "--name-status", "--format=%s", "HEAD")
        .trim()
        .split("\n")
        .filter(Boolean),
    ).toEqual(["retro: prune 1 expired retro", `D\t${rel(paths.expired as string)}`]);
    expect(stderr).toContain("Git history still holds these files");
    expect(stderr).toContain(
      `git filter-repo --invert-paths --path ${rel(paths.expired as string)}`,
    );
  });
});

describe("prune in a repository", () => {
  it("leaves a retro never committed out of the commit and of the history commands", async () => {
    const untracked = writeRetro(join(repo, "retros"), {
      date: "2026-01-11",
      candidate: "ats-7",
      suffix: "unt7",
    });
    const { code, stderr } = await cli(["prune", "--yes", "--commit"]);
    expect(code).toBe(0);
    expect(existsSync(untracked)).toBe(false);
    expect(stderr).toContain("Deleted 2 retros.");
    expect(gitIn(repo, dir, "show", "--name-only", "--format=", "HEAD").trim()).toBe(
      rel(paths.expired as string),
    );
    expect(stderr).toContain(
      `git filter-repo --invert-paths --path ${rel(paths.expired as string)}\n`,
    );
  });

  it("with --dir in another repository: stages and commits there, and says where to erase history", async () => {
    const other = join(dir, "other");
    makeRepo(other, dir);
    const elsewhere = writeRetro(join(other, "retros"), { date: "2026-01-13", suffix: "oth1" });
    gitIn(other, dir, "add", ".");
    gitIn(other, dir, "commit", "-q", "-m", "theirs");
    const { code, stderr } = await cli([
      "prune",
      "--yes",
      "--commit",
      "--dir",
      join(other, "retros"),
    ]);
    expect(code).toBe(0);
    expect(
      gitIn(other, dir, "show", "--name-only", "--format=%s", "HEAD").trim().split("\n"),
    ).toEqual([
      "retro: prune 1 expired retro",
      "",
      "retros/2026/2026-01-13-backend-ats-1-oth1.yaml",
    ]);
    expect(existsSync(elsewhere)).toBe(false);
    // A repository with no remote: the rewritten clone takes its place.
    expect(stderr).toContain(
      `  git clone --no-local ${other} ${other}-erase\n  cd ${other}-erase\n  git filter-repo --invert-paths --path retros/2026/`,
    );
    expect(stderr).toContain(`Then work in ${other}-erase`);
    // The team repository here is untouched.
    expect(gitIn(repo, dir, "status", "--porcelain").trim()).toBe("");
  });

  it("stages and commits more deletions than a command line holds, and says how to erase them from history", async () => {
    // Paths of 3,000 characters: 1,000 of them are more than the 2 MiB a command line takes.
    const deep = join(repo, ...Array.from({ length: 12 }, (_, i) => `${i}${"d".repeat(240)}`));
    const retros = join(deep, "retros");
    const many = Array.from({ length: 1000 }, (_, i) =>
      writeRetro(retros, { date: "2026-01-12", candidate: `ats-${i}`, suffix: "long" }),
    );
    gitIn(repo, dir, "add", ".");
    gitIn(repo, dir, "commit", "-q", "-m", "more retros");
    const { code, stderr } = await cli(["prune", "--yes", "--commit", "--dir", retros]);
    expect(stderr).toContain("✔ Committed: retro: prune 1000 expired retros");
    expect(code).toBe(0);
    expect(gitIn(repo, dir, "show", "--shortstat", "--format=", "HEAD")).toMatch(
      /^ 1000 files changed, \d+ deletions\(-\)$/m,
    );
    expect(many.some((path) => existsSync(path))).toBe(false);
    expect(gitIn(repo, dir, "status", "--porcelain").trim()).toBe("");
    const head = gitIn(repo, dir, "rev-parse", "HEAD").trim();
    expect(stderr).toContain(
      `  git -C ${repo} -c core.quotePath=false diff --name-only --diff-filter=D ${head}~ ${head} | git filter-repo --invert-paths --paths-from-file /dev/stdin\n`,
    );
  });
});

describe("the commands that erase history", () => {
  /** Runs the printed commands, as a person pastes them into a POSIX shell (in `cwd`). */
  function runPrinted(stderr: string, cwd = repo): void {
    const steps = stderr.split("\n").filter((line) => /^ {2}(git|cd) /.test(line));
    expect(steps.length).toBeGreaterThan(2);
    execFileSync("sh", ["-ec", steps.join("\n")], { cwd, env: gitEnv(dir), stdio: "pipe" });
  }
  const everPath = (repository: string) =>
    new Set(gitIn(repository, dir, "log", "--all", "--format=", "--name-only").split("\n"));

  itWith("git-filter-repo").each([
    { remote: "its path", pastedIn: "the repository", relative: false },
    // git finds a relative remote from the repository, whatever folder the person is in.
    { remote: "a relative path", pastedIn: "a subfolder", relative: true },
  ])(
    "erase a forgotten candidate from every commit of the team's remote (named by $remote, the commands pasted in $pastedIn), and nothing else",
    async ({ relative }) => {
      const origin = join(dir, "origin.git");
      gitIn(dir, dir, "init", "-q", "--bare", origin);
      gitIn(repo, dir, "remote", "add", "origin", relative ? "../origin.git" : origin);
      gitIn(repo, dir, "push", "-q", "origin", "main");
      const { code, stderr } = await cli(["forget", "ats-1", "--yes", "--commit"]);
      expect(code).toBe(0);
      // The clean history is made from the remote's: what was never pushed would be lost.
      expect(stderr).toContain(
        "They clone origin: first push the commits that are\nonly here (interview-retro sync), or they are left out.\n",
      );
      runPrinted(stderr, relative ? join(repo, "retros") : repo);
      const held = everPath(origin);
      expect(held.has(rel(paths.expired as string))).toBe(false);
      expect(held.has(rel(paths.fresh as string))).toBe(false);
      expect(held.has(rel(paths.other as string))).toBe(true);
      // Still a repository the team can clone and work in.
      expect(gitIn(origin, dir, "ls-tree", "-r", "--name-only", "main").trim().split("\n")).toEqual(
        [rel(paths.expiresToday as string), rel(paths.other as string)].sort(),
      );
    },
  );

  itWith("git-filter-repo")(
    "erase a retro under every name it had: edit renamed it when its candidate was fixed",
    async () => {
      const editor = join(dir, "fix-candidate.sh");
      writeFileSync(editor, `#!/bin/sh\nsed -i 's/^candidate: .*/candidate: ats-4/' "$1"\n`);
      chmodSync(editor, 0o755);
      const edit = ["edit", "2026-10-01-backend-ats-3-oth3", "--commit"];
      expect((await cli(edit, { env: { EDITOR: editor } })).code).toBe(0);
      const renamed = "retros/2026/2026-10-01-backend-ats-4-oth3.yaml";
      const { code, stderr } = await cli(["forget", "ats-4", "--yes", "--commit"]);
      expect(code).toBe(0);
      const command =
        stderr.split("\n").find((line) => line.includes("git filter-repo --invert")) ?? "";
      expect(command.match(/--path \S+/g)?.sort()).toEqual(
        [`--path ${renamed}`, `--path ${rel(paths.other as string)}`].sort(),
      );
      runPrinted(stderr);
      const held = everPath(`${repo}-erase`);
      expect(held.has(renamed) || held.has(rel(paths.other as string))).toBe(false);
      expect(held.has(rel(paths.fresh as string))).toBe(true);
    },
  );

  itWith("git-filter-repo")(
    "erase more files than a command line names, from a repository with no remote, even once the deletions are committed by hand",
    async () => {
      const many = Array.from({ length: 25 }, (_, i) =>
        writeRetro(join(repo, "retros"), { date: "2026-01-12", candidate: `ats-${i + 100}` }),
      );
      gitIn(repo, dir, "add", ".");
      gitIn(repo, dir, "commit", "-q", "-m", "more retros");
      // One of them had its date fixed, which renamed it: history holds both names.
      const editor = join(dir, "fix-date.sh");
      writeFileSync(editor, `#!/bin/sh\nsed -i 's/^date: .*/date: "2026-01-13"/' "$1"\n`);
      chmodSync(editor, 0o755);
      const fixed = await cli(["edit", "2026-01-12-backend-ats-100", "--commit"], {
        env: { EDITOR: editor },
      });
      expect(fixed.code).toBe(0);
      const { code, stderr } = await cli(["prune", "--yes"]);
      expect(code).toBe(0);
      expect(stderr).toContain(
        "--paths-from-file /dev/stdin\n  git filter-repo --invert-paths --force --path retros/2026/2026-01-12-backend-ats-100-k7f3.yaml\n",
      );
      gitIn(repo, dir, "commit", "-q", "-m", "prune");
      runPrinted(stderr);
      const held = everPath(`${repo}-erase`);
      const renamed = "retros/2026/2026-01-13-backend-ats-100-k7f3.yaml";
      for (const path of [...many, paths.expired as string, join(repo, renamed)])
        expect(held.has(rel(path))).toBe(false);
      expect(held.has(rel(paths.other as string))).toBe(true);
    },
  );
});

describe("forget", () => {
  it("deletes every retro of one candidate and nothing else, staged for commit", async () => {
    const { code, stdout } = await cli(["forget", "ATS-1", "--yes"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n").sort()).toEqual(
      [rel(paths.expired as string), rel(paths.fresh as string)].sort(),
    );
    expect(existsSync(paths.expired as string) || existsSync(paths.fresh as string)).toBe(false);
    expect(existsSync(paths.other as string)).toBe(true);
    expect(gitIn(repo, dir, "diff", "--cached", "--name-status").trim().split("\n").sort()).toEqual(
      [`D\t${rel(paths.expired as string)}`, `D\t${rel(paths.fresh as string)}`].sort(),
    );
  });

  it("finds the reference however the file writes it: escaped quotes, a Kelvin sign for a K", async () => {
    const retros = join(repo, "retros");
    // Ids as new makes them, from a slug: the reference is only in the candidate field.
    const quoted = writeRetro(retros, {
      date: "2026-09-01",
      candidate: `"Bob" O'Neil`,
      id: "2026-09-01-backend-bob-o-neil-quo1",
    });
    const kelvin = writeRetro(retros, {
      date: "2026-09-02",
      candidate: "\u212aim-42",
      id: "2026-09-02-backend-kim-42-kel1",
    });
    expect(readFileSync(quoted, "utf8")).toContain(`candidate: "\\"Bob\\" O'Neil"`);
    const first = await cli(["forget", `"bob" o'neil`, "--yes"]);
    expect(first.stdout.trim()).toBe(rel(quoted));
    const second = await cli(["forget", "KIM-42", "--yes"]);
    expect(second.stdout.trim()).toBe(rel(kelvin));
    expect(existsSync(quoted) || existsSync(kelvin)).toBe(false);
  });

  it("--dry-run changes nothing; the history commands name exactly the candidate's files", async () => {
    const dry = await cli(["forget", "ats-1", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(existsSync(paths.expired as string)).toBe(true);
    const done = await cli(["forget", "ats-1", "--yes", "--commit"]);
    const command =
      done.stderr.split("\n").find((line) => line.includes("git filter-repo --invert")) ?? "";
    expect(command.match(/--path \S+/g)?.sort()).toEqual(
      [`--path ${rel(paths.expired as string)}`, `--path ${rel(paths.fresh as string)}`].sort(),
    );
    expect(gitIn(repo, dir, "log", "-1", "--format=%s").trim()).toBe(
      "retro: forget a candidate (2 retros)",
    );
  });

  it("deletes the candidate's unfinished drafts too", async () => {
    const prompter = new ScriptedPrompter(["ats-1", "", "", "", "", "", "x", { cancel: true }]);
    const draft = testWorld({
      cwd: repo,
      env: { ...gitEnv(dir), XDG_STATE_HOME: join(dir, ".state") },
      tty: true,
      prompter,
    });
    expect(await run([], draft.world)).toBe(130);
    const { stderr } = await cli(["forget", "ats-1", "--yes"]);
    expect(stderr).toContain("and 1 unfinished draft about them");
    expect(stderr).toContain("Deleted 2 retros and 1 draft.");
  });
});

describe("export", () => {
  it("--candidate gives everything held about one candidate, as one readable document", async () => {
    const { code, stdout } = await cli(["export", "--candidate", "ats-1"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Everything held about candidate ats-1\n\n## 2026-11-01/);
    // Written as the folder is read: the count comes last.
    expect(stdout).toMatch(/\n\n2 retros\.\n$/);
    expect(stdout).toContain("- **Retro:** 2026-11-01-backend-ats-1-new1");
    expect(stdout).toContain(
      "### Were the questions asked really appropriate?\n\n**partly**\n\n> The LRU cache question was too hard.",
    );
    expect(stdout).not.toContain("ats-3");
  });

  it("CSV opens right in a spreadsheet: quoting, line breaks in cells, UTF-8, no formulas", async () => {
    writeRetro(join(repo, "retros"), {
      candidate: "ats-9",
      suffix: "csv9",
      interviewer: 'Zoë, "Z" Ng',
      answers: {
        spot_difficulty_earlier: { text: '=HYPERLINK("x")\nsecond line' },
        questions_appropriate: { verdict: "no", text: "- a bullet" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    const { stdout } = await cli(["export", "--format", "csv", "--candidate", "ats-9"]);
    expect(stdout.startsWith("\ufeffpath,id,date,")).toBe(true);
    expect(stdout).toContain('"Zoë, ""Z"" Ng"');
    expect(stdout).toContain('"\'=HYPERLINK(""x"")\nsecond line"');
    expect(stdout).toContain(",no,'- a bullet,yes,");
    expect(stdout.endsWith("\r\n")).toBe(true);
  });

  it("JSON and YAML hold the records, filtered", async () => {
    const json = JSON.parse(
      (await cli(["export", "--format", "json", "--since", "2026-06-01"])).stdout,
    );
    expect(json.map((r: { candidate: string }) => r.candidate).sort()).toEqual(["ats-1", "ats-3"]);
    const yaml = parse((await cli(["export", "--format", "yaml", "--candidate", "ats-3"])).stdout);
    expect(yaml[0]).toMatchObject({ path: rel(paths.other as string), candidate: "ats-3" });
  });

  it("-o writes a file readable by the user alone", async () => {
    const { code } = await cli(["export", "--candidate", "ats-1", "-o", "ats-1.md"]);
    expect(code).toBe(0);
    expect(readFileSync(join(repo, "ats-1.md"), "utf8")).toContain(
      "Everything held about candidate ats-1",
    );
    expect(statSync(join(repo, "ats-1.md")).mode & 0o777).toBe(0o600);
  });

  it("-o into a folder that does not exist is an error, as a shell's > is: no folder is made", async () => {
    for (const command of [["export"], ["report"], ["digest"]]) {
      const { code, stdout, stderr } = await cli([...command, "-o", "reprots/out.md"]);
      expect(code, command[0]).toBe(1);
      expect(stderr).toBe(
        "interview-retro: cannot write reprots/out.md: its folder does not exist\n",
      );
      expect(stdout).toBe("");
      expect(existsSync(join(repo, "reprots"))).toBe(false);
    }
  });

  it("-o inside the retros folder is refused before anything is read: a retro is never replaced by a document", async () => {
    const retro = rel(paths.fresh as string);
    const before = readFileSync(paths.fresh as string, "utf8");
    for (const [command, output] of [
      ["export", retro],
      ["report", "retros/report.md"],
      ["digest", "./retros/2026/../digest.md"],
    ] as const) {
      const { code, stdout, stderr } = await cli([command, "-o", output]);
      expect(code, command).toBe(2);
      expect(stderr).toBe(
        `interview-retro: cannot write ${output.replace("./", "").replace("2026/../", "")}: it is inside the retros folder, which holds retros alone; write it elsewhere\n`,
      );
      expect(stdout).toBe("");
    }
    expect(readFileSync(paths.fresh as string, "utf8")).toBe(before);
    expect(readdirSync(join(repo, "retros")).sort()).toEqual(["2026"]);
  });
});
