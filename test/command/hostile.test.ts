import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { filesUnder, tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const retroFiles = filesUnder;

/** Writes one retro non-interactively, its answers as JSON on stdin (argv cannot hold a NUL byte). */
async function write(answer: string, args: string[] = ["--candidate", "ats-1"]) {
  const stdinText = JSON.stringify({
    spot_difficulty_earlier: answer,
    questions_appropriate: { verdict: "no", notes: answer },
    candidate_strengths: "yes",
  });
  const captured = testWorld({ cwd: dir, stdinText });
  const code = await run([...args, "--from", "-"], captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/**
 * Hostile text in answers is kept exactly, whatever it holds: the file stores
 * control characters as YAML escapes, and the commands show them escaped.
 */
const KEPT_EXACTLY: [string, string][] = [
  ["a NUL byte", "before\0after"],
  ["control characters", "bell\x07 backspace\x08 vertical tab\x0b form feed\x0c DEL\x7f C1\x9b"],
  ["terminal escape sequences", "clear \x1b[2J, title \x1b]0;pwned\x07, colour \x1b[31mred\x1b[0m"],
  ["CRLF line ends", "line one\r\nline two\r\n"],
  ["a lone surrogate", "broken \ud800 pair \udfff"],
  ["right-to-left text and overrides", "مرحبا بالعالم \u202eevil\u202c שלום"],
  ["a document start", "---"],
  ["a document end", "..."],
  ["an anchor", "&a"],
  ["an alias", "*a"],
  ["a Python tag", "!!python/object/apply:os.system ['rm -rf /']"],
  ["an open brace", "{"],
  ["an open bracket", "["],
  ["YAML 1.1 booleans", "no"],
  ["a key-value lookalike", "key: value # comment"],
  ["a 1 MB answer", `${"word ".repeat(200_000)}end`],
];

describe("hostile text in answers", () => {
  it.each(KEPT_EXACTLY)("keeps %s exactly", async (_, answer) => {
    const { code, stdout } = await write(answer);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, stdout.trim()), "utf8");
    for (const version of ["1.2", "1.1"] as const) {
      const retro = parse(text, { version });
      expect(retro.answers.spot_difficulty_earlier.answer).toBe(answer);
      expect(retro.answers.questions_appropriate.answer).toBe(answer);
    }
    // And the tool reads it back the same way.
    const shown = testWorld({ cwd: dir });
    expect(await run(["show", "latest", "--json"], shown.world)).toBe(0);
    expect(JSON.parse(shown.stdout()).answers.spot_difficulty_earlier.answer).toBe(answer);
  });
});

describe("hostile context fields", () => {
  it.each([
    ["../../etc/passwd", /^retros\/2026\/\d{4}-\d{2}-\d{2}-etc-passwd-[0-9a-z]{4}\.yaml$/],
    ["/etc/shadow", /^retros\/2026\/\d{4}-\d{2}-\d{2}-etc-shadow-[0-9a-z]{4}\.yaml$/],
    ["con", /^retros\/2026\/\d{4}-\d{2}-\d{2}-con-[0-9a-z]{4}\.yaml$/],
    ["..", /^retros\/2026\/\d{4}-\d{2}-\d{2}-retro-[0-9a-z]{4}\.yaml$/],
  ])("a candidate reference %j stays inside the retros folder", async (candidate, expected) => {
    const { code, stdout } = await write("x", ["--candidate", candidate, "--date", "2026-11-27"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(expected);
    expect(resolve(dir, stdout.trim()).startsWith(join(dir, "retros"))).toBe(true);
    expect(parse(readFileSync(join(dir, stdout.trim()), "utf8")).candidate).toBe(candidate);
  });

  it.each([
    [["--candidate", "x".repeat(300)], "--candidate: candidate is longer than 100 characters"],
    [["--candidate", "line\nbreak"], "--candidate: candidate must be one line of printable text"],
    [["--candidate", "esc\x1b[2J"], "--candidate: candidate must be one line of printable text"],
    [
      ["--candidate", "ats-1", "--role", "a\u202eb"],
      "--role: role must be one line of printable text",
    ],
    [
      ["--candidate", "ats-1", "--tag", "../../etc\x00"],
      "--tag: tag must be one line of printable text",
    ],
  ])("refuses %j with a clear message and writes nothing", async (args, message) => {
    const { code, stderr } = await write("x", args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(retroFiles(join(dir, "retros"))).toEqual([]);
  });

  it("keeps a tag that looks like a path as a plain tag", async () => {
    const { code, stdout } = await write("x", ["--candidate", "ats-1", "--tag", "../../x"]);
    expect(code).toBe(0);
    expect(parse(readFileSync(join(dir, stdout.trim()), "utf8")).tags).toEqual(["../../x"]);
  });
});

// A small file system of our own, to fill up or make read-only: root can mount one,
// and root is what CI runs as. Elsewhere these tests say they were skipped.
const canMount =
  process.getuid?.() === 0 &&
  spawnSync("sh", ["-c", "command -v mount && command -v umount"]).status === 0;

describe.skipIf(!canMount)("failing disks", () => {
  const mountPoint = () => join(dir, "mnt");
  function mountTmpfs(options: string) {
    mkdirSync(mountPoint());
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint()]);
  }
  afterEach(() => {
    spawnSync("umount", [mountPoint()]);
  });

  it("a full disk: exit 1, the path named, no partial file, and the answers kept in the draft", async () => {
    mountTmpfs("size=64k");
    const prompter = new ScriptedPrompter([
      "ats-1",
      "",
      "",
      "",
      "",
      "",
      "x".repeat(200_000),
      "yes",
      "",
      "no",
      "",
    ]);
    const { world, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["--dir", "mnt/retros"], world)).toBe(1);
    expect(stderr()).toMatch(/cannot write the retro to .*mnt\/retros\/2026\/.*: the disk is full/);
    expect(stderr()).toContain("Your answers are kept in a draft");
    expect(
      retroFiles(mountPoint()).filter((f) => f.endsWith(".yaml") || f.endsWith(".tmp")),
    ).toEqual([]);
    const drafts = retroFiles(join(dir, ".state"));
    expect(drafts).toHaveLength(1);
    expect(
      JSON.parse(readFileSync(drafts[0] as string, "utf8")).answers.spot_difficulty_earlier.text,
    ).toHaveLength(200_000);
  });

  it("edit on a full disk: exit 1, the retro unchanged, and no partial copy for the next edit to offer", async () => {
    mountTmpfs("size=64k");
    const path = writeRetro(join(mountPoint(), "retros"));
    const before = readFileSync(path, "utf8");
    // Fill what is left (a tmpfs refuses the write that does not fit).
    try {
      writeFileSync(join(mountPoint(), "filler"), Buffer.alloc(64 * 1024));
    } catch {}
    const captured = testWorld({ cwd: dir, env: { EDITOR: "true" } });
    expect(await run(["edit", "latest", "--dir", "mnt/retros"], captured.world)).toBe(1);
    expect(captured.stderr()).toBe(
      "interview-retro: cannot make the copy to edit beside mnt/retros/2026/2026-11-27-backend-ats-1-k7f3.yaml (the disk is full): it was not changed\n",
    );
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(readdirSync(join(mountPoint(), "retros", "2026"))).toEqual([
      "2026-11-27-backend-ats-1-k7f3.yaml",
    ]);
  });

  it("a read-only folder: prune and forget name each retro they cannot delete, init the file it cannot write, exit 1", async () => {
    mountTmpfs("size=256k");
    writeRetro(join(mountPoint(), "retros"), { date: "2025-01-10", candidate: "ats-1" });
    writeRetro(join(mountPoint(), "retros"), { date: "2025-01-11", candidate: "ats-2" });
    execFileSync("mount", ["-o", "remount,ro", mountPoint()]);
    const inMount = async (args: string[]) => {
      const captured = testWorld({ cwd: mountPoint(), now: new Date(2026, 10, 27, 12) });
      const code = await run(args, captured.world);
      return { code, stderr: captured.stderr() };
    };
    const pruned = await inMount(["prune", "--yes"]);
    expect(pruned.code).toBe(1);
    expect(pruned.stderr).toContain(
      "cannot delete retros/2025/2025-01-10-backend-ats-1-k7f3.yaml: the file system is read-only\n",
    );
    expect(pruned.stderr).toContain("Deleted 0 retros; 2 could not be deleted.");
    const forgot = await inMount(["forget", "ats-2", "--yes"]);
    expect(forgot.code).toBe(1);
    expect(forgot.stderr).toContain("Deleted 0 retros; 1 could not be deleted.");
    const init = await inMount(["init", "--yes"]);
    expect(init.code).toBe(1);
    expect(init.stderr).toBe(
      "interview-retro: cannot write .interview-retro.yaml: the file system is read-only\n",
    );
  });
});

// chmod does not stop root, whom CI runs as: root mounts a read-only folder
// instead, so that this runs everywhere.
it.skipIf(process.getuid?.() === 0 && !canMount)(
  "a folder the tool may not write to: exit 1 and the path named",
  async () => {
    const folder = join(dir, "locked");
    mkdirSync(folder);
    if (canMount) execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", folder]);
    else chmodSync(folder, 0o555);
    try {
      const { code, stderr } = await write("x", ["--candidate", "ats-1", "--dir", "locked"]);
      expect(code).toBe(1);
      const why = canMount ? "the file system is read-only" : "permission denied";
      expect(stderr).toContain(`cannot write the retro to ${folder}/2026/`);
      expect(stderr).toContain(`: ${why}`);
      expect(retroFiles(dir)).toEqual([]);
    } finally {
      if (canMount) spawnSync("umount", [folder]);
    }
  },
);

describe("files a cloned repo's config names", () => {
  async function cli(args: string[]) {
    const captured = testWorld({ cwd: dir });
    const code = await run(args, captured.world);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  }

  it("a privacy word list that is a device or a fifo is refused at once, not read for ever", async () => {
    execFileSync("mkfifo", [join(dir, "words.fifo")]);
    for (const words of ["/dev/zero", "words.fifo"]) {
      writeText(dir, ".interview-retro.yaml", `privacy_words: ${words}\n`);
      const { code, stderr } = await cli(["validate"]);
      expect(code).toBe(2);
      expect(stderr).toContain("cannot read the privacy word list (not a regular file)");
    }
  });

  it("a template that is a fifo, or larger than any template, is reported and the others listed", async () => {
    mkdirSync(join(dir, "t"));
    execFileSync("mkfifo", [join(dir, "t", "stuck.yaml")]);
    writeText(dir, "t/huge.yaml", `id: huge\nversion: 1\ntitle: "${"x".repeat(1024 * 1024)}"\n`);
    writeText(dir, ".interview-retro.yaml", "templates_dir: t\n");
    const { code, stdout, stderr } = await cli(["templates"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/stuck\.yaml: not a regular file/);
    expect(stderr).toMatch(/huge\.yaml: too large/);
    expect(stdout).toMatch(/^default /m);
  });

  it("a candidate_pattern that backtracks for ever is refused when the config loads, exit 2 naming it", async () => {
    writeText(dir, ".interview-retro.yaml", 'candidate_pattern: "^(a+)+$"\n');
    const { code, stderr } = await cli(["new", "--candidate", `${"a".repeat(40)}!`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.interview-retro\.yaml.*candidate_pattern repeats a group/);
  });

  it("a candidate_pattern that passes that check but backtracks for ever on some reference: that reference is refused within a second, nothing written", async () => {
    // No nested `*`, `+` or `{n,}`, yet 2^40 ways to split forty letters.
    writeText(dir, ".interview-retro.yaml", 'candidate_pattern: "^(\\\\w?\\\\w?){20}b$"\n');
    const reference = "a".repeat(40);
    const slow = await write("We should have asked sooner.", ["--candidate", reference]);
    expect(slow.code).toBe(2);
    expect(slow.stderr).toMatch(/candidate_pattern takes too long to check this reference/);
    expect(slow.stderr).not.toContain(reference);
    expect(filesUnder(join(dir, "retros"))).toEqual([]);
    // A reference it checks in time is still held to it.
    const fine = await write("We should have asked sooner.", ["--candidate", "aab"]);
    expect(fine.stderr).toMatch(/Retro saved/);
    expect(fine.code).toBe(0);
    const wrong = await write("We should have asked sooner.", ["--candidate", "aac"]);
    expect(wrong.stderr).toMatch(/does not look like the team's/);
  });

  it.each(["/tmp/elsewhere", "../outside", "~/notes", "retros/../../up"])(
    "a repo's config cannot send retros outside the repository (dir: %s): exit 2 at its line",
    async (target) => {
      writeText(
        dir,
        "repo/.interview-retro.yaml",
        `# team settings\nroles: [backend]\ndir: ${target}\n`,
      );
      const captured = testWorld({ cwd: join(dir, "repo"), env: { HOME: dir } });
      const code = await run(["new", "--candidate", "ats-1", "--answer", "x=y"], captured.world);
      expect(code).toBe(2);
      expect(captured.stderr()).toMatch(
        /\.interview-retro\.yaml:3:1: dir must stay inside the repository/,
      );
    },
  );

  it("a repo's config may keep retros in any folder inside it; --dir and the environment go anywhere", async () => {
    writeText(dir, "repo/.interview-retro.yaml", "dir: team/retros\n");
    const inside = testWorld({ cwd: join(dir, "repo") });
    expect(await run(["config", "--json"], inside.world)).toBe(0);
    expect(JSON.parse(inside.stdout()).settings.dir.value).toBe(
      join(dir, "repo", "team", "retros"),
    );
    writeText(dir, "repo/.interview-retro.yaml", "dir: /tmp/elsewhere\n");
    const flag = testWorld({ cwd: join(dir, "repo") });
    expect(await run(["config", "--json"], flag.world)).toBe(2);
  });

  it("a binary file and a name that is not UTF-8 each get one short warning", async () => {
    const year = join(dir, "retros", "2026");
    mkdirSync(year, { recursive: true });
    const noise = Buffer.alloc(20_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 3)) % 256;
    writeFileSync(join(year, "2026-11-20-x-ats-1-bin1.yaml"), noise);
    writeFileSync(
      Buffer.concat([
        Buffer.from(`${year}/2026-11-21-`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from("-ats-2-ab12.yaml"),
      ]),
      "schema: 1\n",
    );
    for (const args of [["validate"], ["list"]]) {
      const { stdout, stderr } = await cli(args);
      const lines = `${stdout}${stderr}`
        .trim()
        .split("\n")
        .filter((line) => line.includes("2026-11-2"));
      expect(lines, args[0]).toHaveLength(2);
      for (const line of lines) expect(line.length, line.slice(0, 80)).toBeLessThan(240);
      expect(lines.join("\n")).toContain("not valid UTF-8");
    }
  });

  it("validate reports a fifo named like a retro instead of waiting on it, and a folder as a folder", async () => {
    mkdirSync(join(dir, "retros", "2026", "2026-11-28-x-ats-2-cd34.yaml"), { recursive: true });
    execFileSync("mkfifo", [join(dir, "retros", "2026", "2026-11-27-x-ats-1-ab12.yaml")]);
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout).toContain("2026-11-27-x-ats-1-ab12.yaml: cannot be read (not a regular file)");
    expect(stdout).toContain("2026-11-28-x-ats-2-cd34.yaml: cannot be read (a folder, not a file)");
  });
});

describe("a year folder that is not one", () => {
  it.each([
    ["a file", () => writeText(dir, "retros/2026", "not a folder\n")],
    ["a broken link", () => symlinkSync(join(dir, "gone"), join(dir, "retros", "2026"))],
  ])("new says so when it is %s (exit 1), rather than looking for a free name", async (_, make) => {
    mkdirSync(join(dir, "retros"), { recursive: true });
    make();
    const { code, stderr } = await write("We missed it.");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^interview-retro: cannot write the retro to .*retros\/2026\/2026-11-27-ats-1-\w+\.yaml: a part of the path is a file, not a folder\n/,
    );
  });
});

describe("symbolic links a cloned repo commits", () => {
  it("new does not write through a year folder that links outside the retros folder", async () => {
    mkdirSync(join(dir, "outside"));
    mkdirSync(join(dir, "retros"));
    symlinkSync(join(dir, "outside"), join(dir, "retros", "2026"));
    const { code, stderr } = await write("x");
    expect(code).toBe(1);
    expect(stderr).toContain("a symbolic link to outside the retros folder");
    expect(readdirSync(join(dir, "outside"))).toEqual([]);
  });

  it("init does not append to a .gitignore that is a link, and says what to add", async () => {
    writeFileSync(join(dir, "elsewhere"), "precious\n");
    symlinkSync(join(dir, "elsewhere"), join(dir, ".gitignore"));
    const captured = testWorld({ cwd: dir });
    expect(await run(["init", "--yes", "--no-hook"], captured.world)).toBe(0);
    expect(readFileSync(join(dir, "elsewhere"), "utf8")).toBe("precious\n");
    expect(captured.stderr()).toContain(".gitignore is a symbolic link: not written through");
  });

  it("init leaves a linked .gitignore that has its rules as it is, and says so", async () => {
    writeFileSync(join(dir, "shared-ignore"), "/retros/**/.*.tmp\n/retros/**/.*.editing.yaml\n");
    symlinkSync(join(dir, "shared-ignore"), join(dir, ".gitignore"));
    const captured = testWorld({ cwd: dir });
    expect(await run(["init", "--yes", "--no-hook"], captured.world)).toBe(0);
    expect(captured.stderr()).toContain("exists, left as is: .gitignore");
    expect(captured.stderr()).not.toContain("Add these lines");
  });

  it("init reads nothing through a link but a file's, nor from a fifo, and writes nothing through a link", async () => {
    execFileSync("git", ["init", "-q", dir]);
    // A link to /dev/zero was read for ever, a fifo waited for a writer, and a
    // link to a file that does not exist yet was followed to create it.
    symlinkSync("/dev/zero", join(dir, ".gitignore"));
    symlinkSync(join(dir, "outside", "config.yaml"), join(dir, ".interview-retro.yaml"));
    mkdirSync(join(dir, "outside"));
    const hooks = join(dir, ".git", "hooks");
    mkdirSync(hooks, { recursive: true });
    execFileSync("mkfifo", [join(hooks, "pre-commit")]);
    const captured = testWorld({ cwd: dir });
    expect(await run(["init", "--yes"], captured.world)).toBe(0);
    const said = captured.stderr();
    expect(said).toContain("exists, left as is: .interview-retro.yaml");
    // The config names the retros folder: unread, no folder and no ignore rules are guessed.
    expect(said).toContain("the retros folder was not set up: ");
    expect(said).toContain(
      ".git/hooks/pre-commit cannot be read (not a regular file): not changed. To validate retros",
    );
    expect(readdirSync(join(dir, "outside"))).toEqual([]);
    expect(lstatSync(join(hooks, "pre-commit")).isFIFO()).toBe(true);

    rmSync(join(dir, ".interview-retro.yaml"));
    rmSync(join(hooks, "pre-commit"));
    symlinkSync(join(dir, "outside", "hook"), join(hooks, "pre-commit"));
    const again = testWorld({ cwd: dir });
    expect(await run(["init", "--yes"], again.world)).toBe(0);
    expect(again.stderr()).toContain(
      ".gitignore is a symbolic link: not written through. Add these lines",
    );
    expect(again.stderr()).toContain(
      ".git/hooks/pre-commit is a symbolic link: not written through",
    );
    expect(readdirSync(join(dir, "outside"))).toEqual([]);
  });

  it("a drafts folder that is a link keeps its target's mode", async () => {
    const target = join(dir, "shared");
    mkdirSync(target, { mode: 0o755 });
    chmodSync(target, 0o755);
    mkdirSync(join(dir, ".state", "interview-retro"), { recursive: true });
    symlinkSync(target, join(dir, ".state", "interview-retro", "drafts"));
    const prompter = new ScriptedPrompter([
      "ats-1",
      "backend",
      "",
      "",
      "",
      "",
      "x",
      { cancel: true },
    ]);
    const captured = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], captured.world)).toBe(130);
    expect(statSync(target).mode & 0o777).toBe(0o755);
  });
});

describe("what --from names", () => {
  it("a device that never ends is read up to the limit, then refused: exit 2, nothing written", async () => {
    const captured = testWorld({ cwd: dir });
    const code = await run(["new", "--candidate", "ats-1", "--from", "/dev/zero"], captured.world);
    expect(code).toBe(2);
    expect(captured.stderr()).toBe("interview-retro: --from /dev/zero: more than 8388608 bytes\n");
    expect(filesUnder(join(dir, "retros"))).toEqual([]);
  });
});

describe("what -o names", () => {
  async function exportTo(output: string) {
    const captured = testWorld({ cwd: dir });
    const code = await run(["export", "--format", "csv", "-o", output], captured.world);
    return { code, stderr: captured.stderr() };
  }
  async function exported() {
    const captured = testWorld({ cwd: dir });
    expect(await run(["export", "--format", "csv"], captured.world)).toBe(0);
    return captured.stdout();
  }
  /** What a reader of the fifo at `path` gets, `cat` or `head -c 10`. */
  function reader(path: string, argv = ["cat"]) {
    const child = spawn(argv[0] as string, [...argv.slice(1), path]);
    let text = "";
    child.stdout.on("data", (chunk) => {
      text += chunk;
    });
    return new Promise<string>((done) => child.on("close", () => done(text)));
  }

  it("a device, through a link: written to, and the link and the device stay as they were", async () => {
    expect((await write("We missed it.")).code).toBe(0);
    symlinkSync("/dev/null", join(dir, "out"));
    const { code, stderr } = await exportTo("out");
    expect(stderr).toBe("Wrote 1 retro to out\n");
    expect(code).toBe(0);
    expect(lstatSync(join(dir, "out")).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a fifo: its reader gets the whole export, and it stays a fifo", async () => {
    expect((await write("We missed it.")).code).toBe(0);
    execFileSync("mkfifo", [join(dir, "out.fifo")]);
    const read = reader(join(dir, "out.fifo"));
    expect((await exportTo("out.fifo")).code).toBe(0);
    expect(await read).toBe(await exported());
    expect(lstatSync(join(dir, "out.fifo")).isFIFO()).toBe(true);
  });

  it("a fifo whose reader stops reading: exit 1, saying so", async () => {
    expect((await write("x".repeat(400_000))).code).toBe(0);
    execFileSync("mkfifo", [join(dir, "out.fifo")]);
    const read = reader(join(dir, "out.fifo"), ["head", "-c", "10"]);
    const { code, stderr } = await exportTo("out.fifo");
    expect(Buffer.byteLength(await read)).toBe(10);
    expect(code).toBe(1);
    expect(stderr).toBe("interview-retro: cannot write out.fifo: nothing reads it any more\n");
  });

  // Only root can make a device (CI runs as root); /dev/full is not in every container.
  it.skipIf(process.getuid?.() !== 0)("a full device: exit 1, saying so", async () => {
    expect((await write("We missed it.")).code).toBe(0);
    execFileSync("mknod", [join(dir, "full"), "c", "1", "7"]);
    const { code, stderr } = await exportTo("full");
    expect(code).toBe(1);
    expect(stderr).toBe("interview-retro: cannot write full: the disk is full\n");
    expect(lstatSync(join(dir, "full")).isCharacterDevice()).toBe(true);
  });

  it("a folder: refused at once, exit 1, nothing left in it or beside it", async () => {
    expect((await write("We missed it.")).code).toBe(0);
    mkdirSync(join(dir, "exports"));
    const { code, stderr } = await exportTo("exports");
    expect(code).toBe(1);
    expect(stderr).toBe("interview-retro: cannot write exports: a folder, not a file\n");
    expect(readdirSync(join(dir, "exports"))).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a link to a file: the file it leads to is replaced, whole, and the link stays", async () => {
    expect((await write("We missed it.")).code).toBe(0);
    writeText(dir, "shared/export.csv", "the old export\n");
    symlinkSync(join("shared", "export.csv"), join(dir, "out.csv"));
    expect((await exportTo("out.csv")).code).toBe(0);
    expect(lstatSync(join(dir, "out.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared", "export.csv"), "utf8")).toBe(await exported());
    expect(readdirSync(join(dir, "shared"))).toEqual(["export.csv"]);
  });
});

describe("file names a cloned repo commits", () => {
  it("an escape sequence or a line break in a name is shown escaped, on a terminal or not; --json keeps the name exact", async () => {
    const id = "2026-11-27-ats-1-\x1b]0;pwned\x07\n\x1b[31m";
    writeRetro(join(dir, "retros"), { id });
    writeText(
      dir,
      // The newest day's, which `show latest` reads too.
      "retros/2026/2026-11-27-\x1b[2J\nwarning: forged.yaml",
      "not: [a retro about SQL\n",
    );
    for (const tty of [true, false]) {
      for (const args of [
        ["list", "--paths"],
        ["search", "SQL"],
        ["show", "latest"],
        ["validate"],
      ]) {
        const captured = testWorld({ cwd: dir, tty });
        await run(args, captured.world);
        const output = captured.stdout() + captured.stderr();
        const what = `${args.join(" ")}${tty ? " on a terminal" : ""}`;
        // validate names only the file with a problem.
        if (args[0] !== "validate")
          expect(output, what).toContain("2026-11-27-ats-1-\\e]0;pwned\\x07\\n\\e[31m.yaml");
        expect(output, what).toContain("2026-11-27-\\e[2J\\nwarning: forged.yaml");
        expect(output, what).not.toMatch(/\x1b\]0;|\x1b\[2J|^warning: forged/m);
      }
    }
    const json = testWorld({ cwd: dir });
    await run(["list", "--json"], json.world);
    expect(JSON.parse(json.stdout())[0].path).toBe(`retros/2026/${id}.yaml`);
  });
});
