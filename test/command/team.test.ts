import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { gitEnv, gitIn, makeRepo } from "../helpers/git-repo.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { filesUnder, tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let repo: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  repo = join(dir, "team");
  process.env.TZ = "Europe/Paris";
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

async function cli(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    tty?: boolean;
    prompter?: ScriptedPrompter;
    stdinText?: string;
  } = {},
) {
  const captured = testWorld({
    cwd: options.cwd ?? repo,
    env: { ...gitEnv(dir), XDG_STATE_HOME: join(dir, ".state"), ...options.env },
    tty: options.tty ?? false,
    ...(options.prompter ? { prompter: options.prompter } : {}),
    ...(options.stdinText !== undefined ? { stdinText: options.stdinText } : {}),
  });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe("init", () => {
  it("sets a repo up, and a second run changes nothing and says so", async () => {
    makeRepo(repo, dir);
    const first = await cli([
      "init",
      "--yes",
      "--roles",
      "backend, data engineer",
      "--candidate-pattern",
      "^ats-[0-9]+$",
    ]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("created .interview-retro.yaml");
    expect(first.stderr).toContain("created retros");
    expect(first.stderr).toContain("created .gitignore");
    expect(first.stderr).toContain("created .git/hooks/pre-commit");
    const config = readFileSync(join(repo, ".interview-retro.yaml"), "utf8");
    expect(parse(config)).toMatchObject({
      dir: "retros",
      roles: ["backend", "data engineer"],
      candidate_pattern: "^ats-[0-9]+$",
      git: { commit: true, push: false },
    });
    expect(config).toContain("# Retros are written under this folder");
    expect(statSync(join(repo, ".git/hooks/pre-commit")).mode & 0o111).not.toBe(0);
    expect(first.stderr).toContain(
      'Share them with the team: git add .interview-retro.yaml retros/.gitkeep .gitignore && git commit -m "Set up interview-retro"',
    );
    const before = ["/.interview-retro.yaml", "/.gitignore", "/.git/hooks/pre-commit"].map((f) =>
      readFileSync(repo + f, "utf8"),
    );

    const second = await cli(["init", "--yes", "--roles", "other"]);
    expect(second.code).toBe(0);
    for (const what of [".interview-retro.yaml", "retros", ".gitignore", ".git/hooks/pre-commit"]) {
      expect(second.stderr).toContain(`exists, left as is: ${what}`);
    }
    expect(second.stderr).toContain(
      "exists, left as is: .interview-retro.yaml (--roles not applied: edit the file to change a setting)",
    );
    expect(second.stderr).not.toContain("Share them");
    const after = ["/.interview-retro.yaml", "/.gitignore", "/.git/hooks/pre-commit"].map((f) =>
      readFileSync(repo + f, "utf8"),
    );
    expect(after).toEqual(before);
  });

  it("in a teammate's clone asks only about the hook, and changes nothing the team committed", async () => {
    makeRepo(repo, dir);
    const setUp = ["init", "--yes", "--retros", "team-notes", "--roles", "backend"];
    expect((await cli(setUp)).code).toBe(0);
    gitIn(repo, dir, "add", ".");
    gitIn(repo, dir, "commit", "-q", "-m", "Set up interview-retro");
    const clone = join(dir, "clone");
    gitIn(dir, dir, "clone", "-q", repo, clone);

    const prompter = new ScriptedPrompter(["y"]);
    const init = await cli(["init"], { cwd: clone, tty: true, prompter });
    expect(init.code).toBe(0);
    expect(prompter.asked.map((question) => question.message)).toEqual([
      "Install a pre-commit hook that validates retros?",
    ]);
    expect(init.stderr).toContain("exists, left as is: team-notes");
    expect(init.stderr).toContain("created .git/hooks/pre-commit");
    expect(init.stderr).not.toContain("Share them");
    expect(existsSync(join(clone, "retros"))).toBe(false);
    expect(gitIn(clone, dir, "status", "--porcelain")).toBe("");
  });

  it("in a subfolder of the repo, sets up with the team's config above, not a second one; --dir names a folder of its own", async () => {
    makeRepo(repo, dir);
    expect((await cli(["init", "--yes", "--retros", "team-notes"])).code).toBe(0);
    const docs = join(repo, "docs");
    mkdirSync(docs);
    const init = await cli(["init", "--yes"], { cwd: docs });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain(`exists, left as is: ${join(repo, ".interview-retro.yaml")}`);
    expect(readdirSync(docs)).toEqual([]);
    const written = await cli(["--candidate", "ats-1", "--role", "backend", ...ANSWERS], {
      cwd: docs,
    });
    expect(written.code, written.stderr).toBe(0);
    expect(readdirSync(join(repo, "team-notes"))).toContain("2026");

    const own = await cli(["init", "--yes", "--dir", "."], { cwd: docs });
    expect(own.code).toBe(0);
    expect(readdirSync(docs).sort()).toEqual([".gitignore", ".interview-retro.yaml", "retros"]);
  });

  it("beside a config it cannot read, sets up no retros folder but still installs the hook", async () => {
    makeRepo(repo, dir);
    writeText(repo, ".interview-retro.yaml", "dir: [unclosed\n");
    const { code, stderr } = await cli(["init", "--yes"]);
    expect(code).toBe(0);
    expect(stderr).toContain("the retros folder was not set up: ");
    expect(stderr).toMatch(/not set up: \S+\/\.interview-retro\.yaml:2:1: Flow sequence/);
    expect(stderr).toContain("created .git/hooks/pre-commit");
    expect(existsSync(join(repo, "retros"))).toBe(false);
    expect(existsSync(join(repo, ".gitignore"))).toBe(false);
  });

  it("never overwrites an existing pre-commit hook, and says which line to add", async () => {
    makeRepo(repo, dir);
    writeText(repo, ".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");
    const { code, stderr } = await cli(["init", "--yes"]);
    expect(code).toBe(0);
    expect(readFileSync(join(repo, ".git/hooks/pre-commit"), "utf8")).toBe(
      "#!/bin/sh\necho mine\n",
    );
    expect(stderr).toContain("a pre-commit hook exists already");
    expect(stderr).toContain("  interview-retro validate --staged");
  });

  it("asks the few choices on a terminal", async () => {
    makeRepo(repo, dir);
    const prompter = new ScriptedPrompter([
      "team-retros",
      "backend, frontend",
      "",
      "^ats-[0-9]+$",
      "the ATS id",
      "n",
      "y",
    ]);
    expect((await cli(["init"], { tty: true, prompter })).code).toBe(0);
    const config = parse(readFileSync(join(repo, ".interview-retro.yaml"), "utf8"));
    expect(config).toMatchObject({
      dir: "team-retros",
      roles: ["backend", "frontend"],
      stages: [],
      candidate_hint: "the ATS id",
      git: { commit: false },
    });
    expect(existsSync(join(repo, "team-retros"))).toBe(true);
  });
});

describe("config", () => {
  function layers() {
    mkdirSync(join(repo, "sub"), { recursive: true });
    writeText(
      dir,
      ".config/interview-retro/config.yaml",
      "retention_days: 30\ntemplate: default\nroles: [mine]\n",
    );
    writeText(repo, ".interview-retro.yaml", "# team\ndir: team-retros\nretention_days: 90\n");
  }

  it("takes flags over environment over repo config over user config over defaults, and says where each came from", async () => {
    layers();
    const shown = async (args: string[], env: NodeJS.ProcessEnv = {}) =>
      JSON.parse((await cli(["config", "--json", ...args], { cwd: join(repo, "sub"), env })).stdout)
        .settings;
    let settings = await shown([]);
    expect(settings.roles).toEqual({
      value: ["mine"],
      source: join(dir, ".config/interview-retro/config.yaml"),
    });
    expect(settings.retention_days).toEqual({
      value: 90,
      source: join(repo, ".interview-retro.yaml"),
    });
    expect(settings.dir).toEqual({
      value: join(repo, "team-retros"),
      source: join(repo, ".interview-retro.yaml"),
    });
    expect(settings["git.commit"]).toEqual({ value: false, source: "default" });
    settings = await shown([], {
      INTERVIEW_RETRO_RETENTION_DAYS: "7",
      INTERVIEW_RETRO_DIR: "env-retros",
    });
    expect(settings.retention_days).toEqual({
      value: 7,
      source: "env INTERVIEW_RETRO_RETENTION_DAYS",
    });
    expect(settings.dir.value).toBe(join(repo, "sub", "env-retros"));

    const written = await cli(
      ["--dir", "flag-retros", "--candidate", "ats-1", "--dry-run", "--json", ...ANSWERS],
      {
        cwd: join(repo, "sub"),
        env: { INTERVIEW_RETRO_RETENTION_DAYS: "7" },
      },
    );
    expect(JSON.parse(written.stdout).expires_on).toBe("2026-12-04");
  });

  it.each([
    ["an unknown key", "dir: retros\ncolour: blue\n", ':2:1: unknown setting "colour"'],
    ["an unknown git key", "git:\n  comit: true\n", ':2:3: unknown setting "git.comit"'],
    [
      "a bad value",
      "retention_days: soon\n",
      ":1:1: retention_days must be a whole number of days from 1",
    ],
    [
      "a bad pattern",
      'candidate_pattern: "[a-"\n',
      ":1:1: candidate_pattern is not a valid regular expression",
    ],
    ["malformed YAML", "dir: [retros\n", ".interview-retro.yaml:2:1: "],
  ])("refuses %s with the file, line and key (exit 2)", async (_, text, message) => {
    writeText(repo, ".interview-retro.yaml", text);
    const { code, stderr } = await cli(["list"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${join(repo, ".interview-retro.yaml")}${message.startsWith(".") ? message.slice(".interview-retro.yaml".length) : message}`,
    );
  });
});

describe("the team's rules drive new", () => {
  beforeEach(() => {
    writeText(
      repo,
      ".interview-retro.yaml",
      'roles: [backend, data]\nallow_other_roles: false\nstages: [screen, technical]\ncandidate_pattern: "^ats-[0-9]+$"\ncandidate_hint: the ATS id, like ats-48213\n',
    );
  });

  it("offers the roles and stages as lists, and checks the candidate reference", async () => {
    const prompter = new ScriptedPrompter([
      "ats-12",
      "data",
      "\u0000other",
      "pairing",
      "",
      "",
      "",
      "x",
      "yes",
      "",
      "no",
      "",
    ]);
    const { code, stdout } = await cli([], { tty: true, prompter });
    expect(code).toBe(0);
    expect(prompter.asked.slice(1, 4).map((a) => [a.kind, a.message])).toEqual([
      ["select", "Role"],
      ["select", "Interview stage"],
      ["text", "Interview stage"],
    ]);
    expect(parse(readFileSync(join(repo, stdout.trim()), "utf8"))).toMatchObject({
      role: "data",
      stage: "pairing",
      candidate: "ats-12",
    });
  });

  it("refuses a flag outside the rules, with the hint", async () => {
    const bad = await cli(["--candidate", "Jane Doe", "--role", "qa", ...ANSWERS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "--candidate: the candidate reference does not look like the team's: the ATS id, like ats-48213",
    );
    expect(bad.stderr).toContain("--role: the team's roles are: backend, data");
  });
});

describe("--commit", () => {
  beforeEach(() => makeRepo(repo, dir));

  it("commits the new retro and nothing else, leaving other staged changes staged", async () => {
    writeText(repo, "unrelated.txt", "staged, not for this commit\n");
    gitIn(repo, dir, "add", "unrelated.txt");
    const { code, stdout, stderr } = await cli([
      "--commit",
      "--candidate",
      "ats-1",
      "--role",
      "backend",
      ...ANSWERS,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("✔ Committed: retro: 2026-11-27 backend ats-1");
    expect(
      gitIn(repo, dir, "show", "--name-only", "--format=%s", "HEAD")
        .trim()
        .split("\n")
        .filter(Boolean),
    ).toEqual(["retro: 2026-11-27 backend ats-1", stdout.trim()]);
    expect(gitIn(repo, dir, "diff", "--cached", "--name-only").trim()).toBe("unrelated.txt");
  });

  it("follows git.commit in the config, and --no-commit overrides it", async () => {
    writeText(repo, ".interview-retro.yaml", "git:\n  commit: true\n");
    await cli(["--no-commit", "--candidate", "ats-1", ...ANSWERS]);
    expect(gitIn(repo, dir, "log", "--format=%s").trim()).toBe("start");
    await cli(["--candidate", "ats-2", ...ANSWERS]);
    expect(gitIn(repo, dir, "log", "-1", "--format=%s").trim()).toBe("retro: 2026-11-27 ats-2");
  });

  it("outside a git repository: the retro stays written, exit 1, and how to commit by hand", async () => {
    const { code, stdout, stderr } = await cli(["--commit", "--candidate", "ats-1", ...ANSWERS], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(existsSync(join(dir, stdout.trim()))).toBe(true);
    expect(stderr).toContain("Not committed: retros/2026 is not in a git repository.");
    expect(stderr).toContain("git commit -m 'retro: 2026-11-27 ats-1'");
  });

  it("a hook that refuses: the retro stays written, exit 1, and git's reason", async () => {
    writeText(
      repo,
      ".git/hooks/pre-commit",
      "#!/bin/sh\necho 'no retros on Fridays' >&2\nexit 1\n",
    );
    chmodSync(join(repo, ".git/hooks/pre-commit"), 0o755);
    const { code, stdout, stderr } = await cli(["--commit", "--candidate", "ats-1", ...ANSWERS]);
    expect(code).toBe(1);
    expect(existsSync(join(repo, stdout.trim()))).toBe(true);
    expect(stderr).toContain("no retros on Fridays");
    expect(stderr).toContain("The retro is written. By hand:");
    expect(gitIn(repo, dir, "log", "--format=%s").trim()).toBe("start");
  });

  it("--push pushes; a failed push keeps the commit and says so", async () => {
    const remote = join(dir, "remote.git");
    gitIn(dir, dir, "init", "-q", "--bare", "-b", "main", remote);
    gitIn(repo, dir, "remote", "add", "origin", remote);
    gitIn(repo, dir, "push", "-q", "-u", "origin", "main");
    const pushed = await cli(["--commit", "--push", "--candidate", "ats-1", ...ANSWERS]);
    expect(pushed.code).toBe(0);
    expect(pushed.stderr).toContain("✔ Pushed");
    expect(gitIn(remote, dir, "log", "-1", "--format=%s").trim()).toBe("retro: 2026-11-27 ats-1");

    gitIn(repo, dir, "remote", "set-url", "origin", join(dir, "gone.git"));
    const failed = await cli(["--commit", "--push", "--candidate", "ats-2", ...ANSWERS]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("Committed, but not pushed");
    expect(gitIn(repo, dir, "log", "-1", "--format=%s").trim()).toBe("retro: 2026-11-27 ats-2");
  });
});

describe("validate", () => {
  const retros = () => join(repo, "retros");

  /** A retro written by the tool, changed by hand, at `relative` in the retros folder. */
  const handEdited = (relative: string, edit: (text: string) => string) =>
    writeText(retros(), relative, edit(readFileSync(writeRetro(join(dir, "tmp")), "utf8")));

  function fixture() {
    writeRetro(retros(), { suffix: "good" });
    handEdited("2026/2026-11-27-backend-ats-1-badv.yaml", (text) =>
      text
        .replace('verdict: "no"', "verdict: maybe")
        .replace("id: 2026-11-27-backend-ats-1-k7f3", "id: 2026-11-27-backend-ats-1-badv"),
    );
    writeText(
      retros(),
      "2025/2026-01-02-x-aaaa.yaml",
      "schema: 1\nid: 2026-01-02-x-aaaa\ndate: 2026-01-02\ntemplate: {id: default, version: 1}\ncandidate: x\nanswers: {}\ncolour: red\n",
    );
    writeText(retros(), "2026/2026-01-03-x-aaaa.yaml", "schema: 1\nid: wrong\n  nested: [\n");
    writeText(retros(), "README.md", "# not a retro, and that is fine\n");
  }

  it("refuses in a file the context that new refuses: control characters, a tag of two words", async () => {
    writeText(
      retros(),
      "2026/2026-11-27-backend-ats-1-k7f3.yaml",
      readFileSync(writeRetro(join(dir, "tmp"), { tags: ["remote"] }), "utf8")
        .replace("candidate: ats-1", 'candidate: "ats\\e]0;x\\a-1"')
        .replace("interviewer: Alex Martin", 'interviewer: "Alex\\u202eMartin"')
        .replace("tags: [remote]", 'tags: [remote, "two words"]'),
    );
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/:\d+:\d+: candidate must be one line of printable text/);
    expect(stdout).toMatch(/:\d+:\d+: interviewer must be one line of printable text/);
    expect(stdout).toMatch(/:\d+:\d+: a tag is one word, without spaces or commas/);
  });

  it("reports every problem of a file at once: its shape and the personal data it holds", async () => {
    handEdited("2026/2026-11-27-backend-ats-1-k7f3.yaml", (text) =>
      text
        .replace('verdict: "no"', "verdict: maybe")
        .replace("The SQL warm-up", "Mail jane.doe@example.com. The SQL warm-up"),
    );
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout).toContain("verdict must be one of yes, partly, no");
    expect(stdout).toContain("warning: privacy: an email address");
  });

  it("reports every problem with its position, exit 1", async () => {
    fixture();
    const { code, stdout, stderr } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n").sort()).toEqual([
      "retros/2025/2026-01-02-x-aaaa.yaml:3:1: a retro of 2026-01-02 belongs in the folder 2026/, not 2025/",
      'retros/2025/2026-01-02-x-aaaa.yaml:7:1: unknown field "colour"',
      "retros/2026/2026-01-03-x-aaaa.yaml:2:5: Implicit keys need to be on a single line",
      "retros/2026/2026-01-03-x-aaaa.yaml:2:5: Nested mappings are not allowed in compact mappings",
      "retros/2026/2026-01-03-x-aaaa.yaml:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "retros/2026/2026-11-27-backend-ats-1-badv.yaml:22:5: verdict must be one of yes, partly, no",
    ]);
    expect(stderr).toBe("4 retros checked, 3 with problems.\n");
  });

  it("passes a clean folder (exit 0), and checks the paths given", async () => {
    writeRetro(retros());
    expect((await cli(["validate"])).code).toBe(0);
    fixture();
    expect((await cli(["validate", "retros/2026/2026-11-27-backend-ats-1-good.yaml"])).code).toBe(
      0,
    );
  });

  it("prints JSON for machines", async () => {
    fixture();
    const report = JSON.parse((await cli(["validate", "--json"])).stdout);
    expect(report.checked).toBe(4);
    expect(report.problems).toContainEqual({
      path: "retros/2025/2026-01-02-x-aaaa.yaml",
      line: 7,
      col: 1,
      message: 'unknown field "colour"',
      severity: "error",
    });
  });

  it("--staged reads over a thousand staged retros as staged, a name with a line break too", async () => {
    makeRepo(repo, dir);
    const many = Array.from({ length: 1001 }, (_, i) =>
      writeRetro(retros(), { candidate: `ats-${i}`, suffix: "many" }),
    );
    const odd = writeText(retros(), "2026/2026-11-27-odd\nname.yaml", "schema: one\n");
    gitIn(repo, dir, "add", ".");
    // Fixed in the working tree after staging: the staged text is what counts.
    writeFileSync(odd, readFileSync(many[0] as string, "utf8"));
    writeFileSync(many[1000] as string, "schema: two\n");
    const staged = await cli(["validate", "--staged", "--json"]);
    expect(staged.code).toBe(1);
    const report = JSON.parse(staged.stdout);
    expect(report.checked).toBe(1002);
    expect(report.problems.map((problem: { path: string }) => problem.path)).toEqual([
      "retros/2026/2026-11-27-odd\nname.yaml",
    ]);
  });

  it("lists a file's first hundred problems and counts the rest; a hand-written file over 1 MiB is refused unread", async () => {
    const crowded = writeRetro(retros());
    const text = readFileSync(crowded, "utf8");
    writeFileSync(
      crowded,
      `${text}${Array.from({ length: 250 }, (_, i) => `colour_${i}: red`).join("\n")}\n`,
    );
    writeText(
      retros(),
      "2026/2026-11-26-long-aaaa.yaml",
      `schema: 1\nx: [${"1, ".repeat(400_000)}1]\n`,
    );
    const { code, stdout } = await cli(["validate", "--json"]);
    expect(code).toBe(1);
    const problems: { path: string; message: string }[] = JSON.parse(stdout).problems;
    const ofCrowded = problems.filter(({ path }) => path.endsWith("k7f3.yaml"));
    expect(ofCrowded).toHaveLength(101);
    expect(ofCrowded.at(-1)?.message).toBe("and 150 more problems in this file");
    expect(problems.filter(({ path }) => path.endsWith("long-aaaa.yaml"))).toEqual([
      {
        path: "retros/2026/2026-11-26-long-aaaa.yaml",
        message: "larger than 1 MiB and not in the layout interview-retro writes: not read",
        severity: "error",
      },
    ]);
  });

  it("--staged checks what is staged, as staged", async () => {
    makeRepo(repo, dir);
    const good = writeRetro(retros());
    gitIn(repo, dir, "add", ".");
    expect((await cli(["validate", "--staged"])).code).toBe(0);
    writeFileSync(good, readFileSync(good, "utf8").replace("schema: 1", "schema: one"));
    gitIn(repo, dir, "add", ".");
    // Fixed in the working tree, still broken in what would be committed.
    writeRetro(retros());
    const staged = await cli(["validate", "--staged"]);
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain("2026-11-27-backend-ats-1-k7f3.yaml:1:1: not a retro");
  });
});

describe("edit", () => {
  function editorWriting(script: string): string {
    const path = join(dir, "editor.sh");
    writeFileSync(path, `#!/bin/sh\n${script}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it("a blank $EDITOR or $VISUAL is an error, not a command: the file is not run and not changed", async () => {
    const path = writeRetro(join(repo, "retros"));
    const before = readFileSync(path, "utf8");
    for (const env of [{ EDITOR: "  " }, { VISUAL: " ", EDITOR: "vi" }]) {
      const { code, stderr } = await cli(["edit", "latest"], { env });
      expect(code).toBe(1);
      expect(stderr).toMatch(/\$(EDITOR|VISUAL) holds only spaces/);
      expect(readFileSync(path, "utf8")).toBe(before);
    }
  });

  it("saves a valid change over the file", async () => {
    const path = writeRetro(join(repo, "retros"));
    const editor = editorWriting(`sed -i 's/The SQL warm-up/The SQL kata/' "$1"`);
    const { code, stderr } = await cli(["edit", "latest"], { env: { EDITOR: editor } });
    expect(code).toBe(0);
    expect(stderr).toContain("✔ Saved retros/2026/2026-11-27-backend-ats-1-k7f3.yaml");
    expect(parse(readFileSync(path, "utf8")).answers.spot_difficulty_earlier.answer).toContain(
      "The SQL kata",
    );
  });

  it("commits the edited retro alone as git.commit says, and pushes with --push; --no-commit leaves it", async () => {
    makeRepo(repo, dir);
    writeText(repo, ".interview-retro.yaml", "git:\n  commit: true\n");
    const path = writeRetro(join(repo, "retros"));
    gitIn(repo, dir, "add", ".");
    gitIn(repo, dir, "commit", "-q", "-m", "retros");
    const origin = join(dir, "origin.git");
    gitIn(dir, dir, "init", "-q", "--bare", "-b", "main", origin);
    gitIn(repo, dir, "remote", "add", "origin", origin);
    gitIn(repo, dir, "push", "-q", "--set-upstream", "origin", "main");
    writeText(repo, "notes.txt", "staged, not the edit's\n");
    gitIn(repo, dir, "add", "notes.txt");
    const rel = "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml";

    const kata = editorWriting(`sed -i 's/The SQL warm-up/The SQL kata/' "$1"`);
    const edited = await cli(["edit", "latest"], { env: { EDITOR: kata } });
    expect(edited.code).toBe(0);
    expect(edited.stderr).toContain("✔ Committed: retro: edit 2026-11-27-backend-ats-1-k7f3");
    expect(gitIn(repo, dir, "show", "--name-only", "--format=%s", "HEAD").trim()).toBe(
      `retro: edit 2026-11-27-backend-ats-1-k7f3\n\n${rel}`,
    );
    expect(gitIn(repo, dir, "status", "--porcelain").trim()).toBe("A  notes.txt");

    const drill = editorWriting(`sed -i 's/The SQL kata/The SQL drill/' "$1"`);
    const left = await cli(["edit", "latest", "--no-commit"], { env: { EDITOR: drill } });
    expect(left.code).toBe(0);
    expect(left.stderr).not.toContain("Committed");
    expect(gitIn(repo, dir, "status", "--porcelain", "--", rel).trim()).toBe(`M ${rel}`);

    const exercise = editorWriting(`sed -i 's/The SQL drill/The SQL exercise/' "$1"`);
    const shared = await cli(["edit", "latest", "--push"], { env: { EDITOR: exercise } });
    expect(shared.code).toBe(0);
    expect(shared.stderr).toContain("✔ Pushed");
    expect(gitIn(origin, dir, "show", `main:${rel}`)).toContain("The SQL exercise");
    expect(readFileSync(path, "utf8")).toContain("The SQL exercise");
  });

  it("a fixed date, role or candidate renames the retro, id and file, and commits the rename", async () => {
    makeRepo(repo, dir);
    writeText(repo, ".interview-retro.yaml", "git:\n  commit: true\n");
    writeRetro(join(repo, "retros"));
    gitIn(repo, dir, "add", ".");
    gitIn(repo, dir, "commit", "-q", "-m", "retros");
    const old = "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml";
    const moved = "retros/2025/2025-12-30-backend-ats-2-k7f3.yaml";
    const fix = editorWriting(
      `sed -i 's/^date: .*/date: "2025-12-30"/; s/^candidate: .*/candidate: ats-2/' "$1"`,
    );
    const { code, stderr } = await cli(["edit", "latest"], { env: { EDITOR: fix } });
    expect(code).toBe(0);
    expect(stderr).toContain(`✔ Saved as ${moved} (renamed from ${old}: the id and file name`);
    expect(existsSync(join(repo, old))).toBe(false);
    expect(parse(readFileSync(join(repo, moved), "utf8"))).toMatchObject({
      id: "2025-12-30-backend-ats-2-k7f3",
      date: "2025-12-30",
      candidate: "ats-2",
      // 180 days after the date, as before.
      expires_on: "2026-06-28",
    });
    expect(
      gitIn(repo, dir, "show", "--no-renames", "--name-status", "--format=%s", "HEAD").trim(),
    ).toBe(`retro: edit 2025-12-30-backend-ats-2-k7f3\n\nA\t${moved}\nD\t${old}`);
    expect(gitIn(repo, dir, "status", "--porcelain")).toBe("");
    // The old reference names no file any more: forget has nothing of it to miss.
    const forget = await cli(["forget", "ats-1", "--dry-run"]);
    expect(forget.stderr).toContain("No retros about ats-1");
    expect((await cli(["show", "ats-2"])).stdout).toContain("2025-12-30-backend-ats-2-k7f3");
  });

  it("refuses a candidate reference brought in that looks like a person, as new does", async () => {
    const path = writeRetro(join(repo, "retros"));
    const email = editorWriting(`sed -i 's/^candidate: .*/candidate: jane.doe@example.com/' "$1"`);
    const refused = await cli(["edit", "latest"], { env: { EDITOR: email } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml:8:1: the candidate reference may identify the candidate (it looks like an email address): use an opaque id such as an ATS id",
    );
    expect(existsSync(path)).toBe(true);
    expect(filesUnder(join(repo, "retros")).map((file) => basename(file))).toEqual([
      ".2026-11-27-backend-ats-1-k7f3.editing.yaml",
      "2026-11-27-backend-ats-1-k7f3.yaml",
    ]);
    // One already there (written by hand) does not stop an edit of an answer.
    const named = writeRetro(join(repo, "retros"), {
      date: "2026-11-28",
      candidate: "Jane Doe",
      id: "2026-11-28-backend-jane-doe-k7f3",
    });
    const answer = editorWriting(`sed -i 's/The SQL warm-up/The SQL kata/' "$1"`);
    const edited = await cli(["edit", "2026-11-28-backend-jane-doe-k7f3"], {
      env: { EDITOR: answer },
    });
    expect(edited.code, edited.stderr).toBe(0);
    expect(readFileSync(named, "utf8")).toContain("The SQL kata");
  });

  it("refuses a candidate, role or stage brought in against the team's rules, as new does", async () => {
    writeText(
      repo,
      ".interview-retro.yaml",
      [
        'candidate_pattern: "^ats-[0-9]+$"',
        'candidate_hint: "an ATS id, such as ats-123"',
        "roles: [backend, frontend]",
        "allow_other_roles: false",
        "",
      ].join("\n"),
    );
    const path = writeRetro(join(repo, "retros"));
    const before = readFileSync(path, "utf8");
    const off = editorWriting(
      `sed -i -e 's/^candidate: .*/candidate: ref-77/' -e 's/^role: .*/role: sales/' "$1"`,
    );
    const refused = await cli(["edit", "latest"], { env: { EDITOR: off } });
    expect(refused.code).toBe(1);
    const shown = "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml";
    expect(refused.stderr).toContain(
      `${shown}:8:1: the candidate reference does not look like the team's: an ATS id, such as ats-123`,
    );
    expect(refused.stderr).toContain(`${shown}:9:1: the team's roles are: backend, frontend`);
    expect(readFileSync(path, "utf8")).toBe(before);
    // With a pattern, the pattern is the rule: a reference it takes is not also judged as a name.
    const fixed = editorWriting(
      `sed -i -e 's/^candidate: .*/candidate: ats-77/' -e 's/^role: .*/role: frontend/' "$1"`,
    );
    const edited = await cli(["edit", "latest"], { env: { EDITOR: fixed } });
    expect(edited.code, edited.stderr).toBe(0);
    expect(existsSync(join(repo, "retros/2026/2026-11-27-frontend-ats-77-k7f3.yaml"))).toBe(true);
  });

  it("renames over no other retro: the file stays as it was, and the edit is kept", async () => {
    const path = writeRetro(join(repo, "retros"));
    const other = writeRetro(join(repo, "retros"), { candidate: "ats-2" });
    const before = readFileSync(other, "utf8");
    const fix = editorWriting(`sed -i 's/^candidate: .*/candidate: ats-2/' "$1"`);
    const edit = ["edit", "2026-11-27-backend-ats-1-k7f3"];
    const { code, stderr } = await cli(edit, { env: { EDITOR: fix } });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "cannot save it as retros/2026/2026-11-27-backend-ats-2-k7f3.yaml (a file of that name exists already): retros/2026/2026-11-27-backend-ats-1-k7f3.yaml was not changed; your edit is kept in",
    );
    expect(readFileSync(other, "utf8")).toBe(before);
    expect(parse(readFileSync(path, "utf8")).candidate).toBe("ats-1");
  });

  it("never saves an invalid result over the good file; without a terminal it keeps the edit (exit 1), and the next edit goes on with it", async () => {
    const path = writeRetro(join(repo, "retros"));
    const before = readFileSync(path, "utf8");
    const editor = editorWriting(
      `sed -i 's/verdict: "no"/verdict: maybe/; s/The SQL warm-up/The SQL kata/' "$1"`,
    );
    const { code, stderr } = await cli(["edit", "latest"], { env: { EDITOR: editor } });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /retros\/2026\/2026-11-27-backend-ats-1-k7f3\.yaml:\d+:\d+: verdict must be one of yes, partly, no/,
    );
    expect(stderr).toContain(
      'Not saved: retros/2026/2026-11-27-backend-ats-1-k7f3.yaml was not changed; your edit is kept in retros/2026/.2026-11-27-backend-ats-1-k7f3.editing.yaml; "interview-retro edit 2026-11-27-backend-ats-1-k7f3" goes on with it.',
    );
    expect(readFileSync(path, "utf8")).toBe(before);

    const fix = editorWriting(`sed -i 's/verdict: maybe/verdict: partly/' "$1"`);
    const again = await cli(["edit", "latest"], { env: { EDITOR: fix } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("Going on with the edit of");
    const saved = readFileSync(path, "utf8");
    expect(saved).toContain("The SQL kata");
    expect(saved).toContain("verdict: partly");
    expect(readdirSync(dirname(path))).toEqual(["2026-11-27-backend-ats-1-k7f3.yaml"]);
  });

  it("offers to edit again, and saves once the result is valid", async () => {
    const path = writeRetro(join(repo, "retros"));
    const editor = editorWriting(
      `if [ -f "${dir}/once" ]; then sed -i 's/verdict: maybe/verdict: partly/' "$1"; else touch "${dir}/once"; sed -i 's/verdict: "no"/verdict: maybe/' "$1"; fi`,
    );
    const prompter = new ScriptedPrompter(["y"]);
    const { code } = await cli(["edit", "latest"], {
      env: { EDITOR: editor },
      tty: true,
      prompter,
    });
    expect(code).toBe(0);
    expect(prompter.asked[0]?.kind).toBe("confirm");
    expect(parse(readFileSync(path, "utf8")).answers.candidate_strengths.verdict).toBe("partly");
  });

  it("reads nothing and writes nothing through a link committed where an interrupted edit is kept", async () => {
    const path = writeRetro(join(repo, "retros"));
    const before = readFileSync(path, "utf8");
    writeFileSync(join(dir, "bashrc"), "precious\n");
    const kept = join(dirname(path), ".2026-11-27-backend-ats-1-k7f3.editing.yaml");
    for (const target of [join(dir, "bashrc"), "/dev/zero"]) {
      rmSync(kept, { force: true });
      symlinkSync(target, kept);
      // "No" to going on with the kept edit used to copy the retro over the link's target.
      const prompter = new ScriptedPrompter(["n"]);
      const { code, stderr } = await cli(["edit", "latest"], {
        env: { EDITOR: "true" },
        tty: true,
        prompter,
      });
      expect(code).toBe(1);
      expect(stderr).toContain(
        ".2026-11-27-backend-ats-1-k7f3.editing.yaml is not an edit this tool kept (a symbolic link): remove it, then edit again",
      );
      expect(prompter.asked).toEqual([]);
    }
    expect(readFileSync(join(dir, "bashrc"), "utf8")).toBe("precious\n");
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("runs an editor command that holds arguments, and says when nothing changed", async () => {
    writeRetro(join(repo, "retros"));
    const editor = editorWriting('[ "$1" = "--wait" ] || exit 3');
    const { code, stderr } = await cli(["edit", "latest"], { env: { VISUAL: `${editor} --wait` } });
    expect(code).toBe(0);
    expect(stderr).toContain("No changes");
  });
});
