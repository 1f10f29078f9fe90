import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { run } from "../../src/main.js";
import { makeRetro, writeRetro, writeText } from "../helpers/fixtures.js";
import { tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
let retros: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  retros = join(dir, "retros");
  process.env.TZ = "Europe/Paris";
});
afterEach(() => cleanup());

const NOW = new Date(2026, 10, 27, 12);

async function cli(args: string[], options: { tty?: boolean; columns?: number } = {}) {
  const captured = testWorld({ cwd: dir, now: NOW, tty: options.tty ?? false });
  if (options.columns) captured.world.stdout.columns = options.columns;
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

function seed() {
  writeRetro(retros, {
    date: "2026-11-20",
    candidate: "ats-1",
    role: "backend",
    suffix: "aaaa",
    tags: ["remote"],
  });
  writeRetro(retros, {
    date: "2026-03-02",
    candidate: "ats-2",
    role: "frontend",
    interviewer: "Sam Okafor",
    suffix: "bbbb",
    answers: {
      spot_difficulty_earlier: { text: "System design came up too late.\nThe second line." },
      questions_appropriate: { verdict: "yes" },
      candidate_strengths: { verdict: "yes", text: "They showed their System Design skills." },
    },
  });
  writeRetro(retros, {
    date: "2025-06-10",
    candidate: "ats-3",
    role: "backend",
    suffix: "cccc",
    interviewer: "Sam Okafor",
  });
}

/** One broken file of each kind that a real folder collects. */
function seedMess() {
  writeText(retros, "2026/2026-01-01-broken-aaaa.yaml", "schema: 1\nid: [broken\n");
  writeText(retros, "2026/2026-01-02-future-aaaa.yaml", "schema: 2\nid: x\n");
  writeText(retros, "2026/2026-01-03-empty-aaaa.yaml", "");
  writeText(retros, "2026/notes.txt", "not yaml");
  writeText(retros, "2026/2026-01-04-binary-aaaa.yaml", "\u0000\u0001\u0002 garbage");
  symlinkSync("loop", join(retros, "2026", "loop"));
}

describe("list", () => {
  it("shows one line per retro, newest first, with the verdicts at a glance", async () => {
    seed();
    const { code, stdout } = await cli(["list"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^DATE +ID +ROLE +STAGE +CANDIDATE +INTERVIEWER +TEMPLATE +VERDICTS$/);
    expect(lines.slice(1).map((l) => l.split(/ +/).slice(0, 2).join(" "))).toEqual([
      "2026-11-20 2026-11-20-backend-ats-1-aaaa",
      "2026-03-02 2026-03-02-frontend-ats-2-bbbb",
      "2025-06-10 2025-06-10-backend-ats-3-cccc",
    ]);
    expect(lines[1]).toMatch(/ default +PN$/);
    expect(lines[2]).toMatch(/Sam Okafor +default +YY$/);
    // No legend in a pipe; on a terminal, one line under the table says what the letters are.
    expect(stdout).not.toContain("Y yes");
    const terminal = await cli(["list"], { tty: true, columns: 200 });
    expect(
      terminal.stdout
        .trimEnd()
        .split("\n")
        .at(-1)
        ?.replace(/\x1b\[[0-9;]*m/g, ""),
    ).toBe("Y yes · P partly · N no, in the order of the template's questions");
  });

  it("combines filters with AND and honours --limit", async () => {
    seed();
    const paths = async (...args: string[]) =>
      (await cli(["list", "--paths", ...args])).stdout.trim().split("\n").filter(Boolean);
    expect(await paths("--role", "backend")).toEqual([
      "retros/2026/2026-11-20-backend-ats-1-aaaa.yaml",
      "retros/2025/2025-06-10-backend-ats-3-cccc.yaml",
    ]);
    expect(await paths("--role", "backend", "--interviewer", "sam")).toEqual([
      "retros/2025/2025-06-10-backend-ats-3-cccc.yaml",
    ]);
    expect(await paths("--since", "1y")).toHaveLength(2);
    expect(await paths("--since", "2026-03-02", "--until", "2026-03-02")).toEqual([
      "retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml",
    ]);
    expect(await paths("--verdict", "candidate_strengths=no")).toHaveLength(2);
    expect(await paths("--tag", "remote")).toEqual([
      "retros/2026/2026-11-20-backend-ats-1-aaaa.yaml",
    ]);
    expect(await paths("--limit", "1")).toEqual(["retros/2026/2026-11-20-backend-ats-1-aaaa.yaml"]);
    expect(await paths("--template", "other")).toEqual([]);
  });

  it("says what to do next in a folder with no retro yet, and that none matched when filtered", async () => {
    mkdirSync(retros);
    const empty = await cli(["list"]);
    expect(empty).toEqual({
      code: 0,
      stdout: "",
      stderr: 'No retros yet: write one with "interview-retro new".\n',
    });
    seed();
    const none = await cli(["list", "--role", "designer"]);
    expect(none).toEqual({ code: 0, stdout: "", stderr: "No retros match.\n" });
  });

  it("prints JSON records with their paths", async () => {
    seed();
    const records = JSON.parse((await cli(["list", "--json", "--role", "frontend"])).stdout);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      path: "retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml",
      candidate: "ats-2",
      schema: 1,
    });
    expect(records[0].answers.candidate_strengths.answer).toBe(
      "They showed their System Design skills.",
    );
  });

  it.each([
    [["--since", "tomorrow"], "--since takes a day such as 2026-01-31"],
    [["--until", "2026-02-30"], "--until takes"],
    [["--since", "2026-05-01", "--until", "2026-04-01"], "is after --until"],
    [["--verdict", "candidate_strengths=maybe"], "--verdict takes <question-id>=<yes|partly|no>"],
    [["--limit", "0"], "--limit takes a whole number"],
  ])("refuses %j with exit 2", async (args, message) => {
    seed();
    const { code, stderr } = await cli(["list", ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("says so when the retros folder does not exist (exit 2)", async () => {
    const { code, stderr } = await cli(["list"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no retros folder at retros");
  });

  it("says so when --dir names a file, not a folder (exit 2)", async () => {
    writeText(dir, "notes.txt", "not retros\n");
    const { code, stderr } = await cli(["list", "--dir", "notes.txt"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "interview-retro: notes.txt is not a folder: pass the retros folder with --dir\n",
    );
  });

  it("keeps working on a messy folder: one warning per broken file, and --strict exits 1", async () => {
    seed();
    seedMess();
    const { code, stdout, stderr } = await cli(["list", "--paths"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(3);
    const warnings = stderr.trim().split("\n");
    expect(warnings).toHaveLength(6);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: retros\/2026\/2026-01-01-broken-aaaa\.yaml:3:1: /),
        "warning: retros/2026/2026-01-02-future-aaaa.yaml:1:1: schema 2 is not supported by this version of interview-retro (it reads schema 1)",
        "warning: retros/2026/2026-01-03-empty-aaaa.yaml: empty file, not a retro",
        "warning: retros/2026/notes.txt: not a retro (not a .yaml file), skipped",
        expect.stringMatching(/^warning: retros\/2026\/2026-01-04-binary-aaaa\.yaml/),
        "warning: retros/2026/loop: symbolic link loop, skipped",
      ]),
    );
    expect((await cli(["list", "--strict"])).code).toBe(1);
  });

  it("reads a retro's name that is a link only when the link stays inside the folder, and names the others", async () => {
    // Folders are listed by name alone: a link or a folder named like a retro is found when opened.
    const kafka = { spot_difficulty_earlier: { text: "Kafka came up." } };
    const outside = writeRetro(join(dir, "elsewhere"), { suffix: "out1", answers: kafka });
    const inside = writeRetro(join(retros, ".kept"), { suffix: "in01", answers: kafka });
    mkdirSync(join(retros, "2026"));
    const link = (target: string, name: string) =>
      symlinkSync(target, join(retros, "2026", basename(name)));
    link(outside, outside);
    link(inside, inside);
    link("2026-01-07-loop-aaaa.yaml", "2026-01-07-loop-aaaa.yaml");
    link(join(dir, "gone.yaml"), "2026-01-08-gone-aaaa.yaml");
    mkdirSync(join(retros, "2026", "2026-01-09-folder-aaaa.yaml"));
    const found = await cli(["search", "kafka", "--paths"]);
    expect(found.code).toBe(0);
    expect(found.stdout).toBe(`retros/2026/${basename(inside)}\n`);
    expect(found.stderr.trim().split("\n").sort()).toEqual([
      "warning: retros/2026/2026-01-07-loop-aaaa.yaml: symbolic link loop, skipped",
      "warning: retros/2026/2026-01-08-gone-aaaa.yaml: broken symbolic link or missing file, skipped",
      "warning: retros/2026/2026-01-09-folder-aaaa.yaml: a folder, not a file, skipped",
      `warning: retros/2026/${basename(outside)}: a symbolic link to outside the retros folder, skipped`,
    ]);
    expect((await cli(["list", "--paths"])).stdout).toBe(`retros/2026/${basename(inside)}\n`);
    // validate reads nothing through the link either: the file outside would pass.
    const checked = await cli(["validate"]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      `retros/2026/${basename(outside)}: cannot be read (a symbolic link to outside the retros folder)`,
    );
    expect(checked.stdout).not.toContain(basename(inside));
  });

  it("fits its columns to the terminal width, and keeps the id whole", async () => {
    const path = writeRetro(retros, {
      interviewer: "A very long interviewer name that goes on and on",
      candidate: "ats-123456789",
    });
    const { stdout } = await cli(["list"], { tty: true, columns: 90 });
    const lines = stdout.trimEnd().split("\n");
    for (const line of lines)
      expect(line.replace(/\x1b\[[0-9;]*m/g, "").length).toBeLessThanOrEqual(90);
    expect(lines[1]?.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(
      new RegExp(`^${basename(path, ".yaml")}  `),
    );
    // A pipe gets every column, uncut.
    expect((await cli(["list"])).stdout).toContain(
      "A very long interviewer name that goes on and on",
    );
  });
});

describe("newest first, written as the folder is read", () => {
  /** A retro whose file is named for another day than its date (edited by hand, or moved). */
  function writeMisnamed(name: string, folder: string, date: string) {
    const retro = { ...makeRetro({ date, suffix: "misn" }), id: name };
    writeText(retros, `${folder}/${name}.yaml`, retroToYaml(retro));
  }

  /**
   * Sixty retros from 2025-02-01 on, one a day, between seed()'s oldest and
   * 2025-01-01: retros are handed on a few dozen files at a time, so a folder
   * needs that many for its newest to go before its oldest are read.
   */
  function seedSpring2025() {
    for (let day = 0; day < 60; day++) {
      const date = new Date(Date.UTC(2025, 1, 1 + day)).toISOString().slice(0, 10);
      writeRetro(retros, { date, candidate: `ats-${100 + day}`, suffix: "eeee" });
    }
  }

  it("list --limit reads only the newest days: a broken old file is never opened", async () => {
    seed();
    seedSpring2025();
    writeText(retros, "2025/2025-01-01-broken-aaaa.yaml", "schema: 1\nid: [broken\n");
    const limited = await cli(["list", "--limit", "1"]);
    expect(limited.stdout).toContain("2026-11-20-backend-ats-1-aaaa");
    expect(limited.stderr).toBe("");
    expect((await cli(["list"])).stderr).toContain("2025-01-01-broken-aaaa.yaml");
  });

  it("a year folder of thousands of files is read a thousand names at a time: list gives them all, newest first, and show latest stops early", async () => {
    // One file written, copied under 2,500 names over 2025 (each id is its name).
    const text = readFileSync(writeRetro(retros, { date: "2025-01-01", suffix: "0000" }), "utf8");
    for (let i = 1; i < 2500; i++) {
      const date = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
      const id = `${date}-x-${String(i).padStart(4, "0")}`;
      writeText(
        retros,
        `2025/${id}.yaml`,
        text.replace(/^id: .*$/m, `id: ${id}`).replace(/^date: .*$/m, `date: "${date}"`),
      );
    }
    // The folder's first names, reached last: only a reader that goes through it all sees them.
    writeText(retros, "2025/2025-01-01-broken-zzzz.yaml", "schema: 1\nid: [broken\n");
    writeText(retros, "2025/0-notes.txt", "not a retro\n");
    const { stdout, stderr } = await cli(["list", "--paths"]);
    const dates = stdout
      .trim()
      .split("\n")
      .map((path) => basename(path).slice(0, 10));
    expect(dates).toHaveLength(2500);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2025-12-31");
    expect(stderr).toContain("2025-01-01-broken-zzzz.yaml");
    expect(stderr).toContain("0-notes.txt");
    const latest = await cli(["show", "latest"]);
    expect(latest.stdout.split("\n")[0]).toMatch(/^2025-12-31-x-\d{4}$/);
    expect(latest.stderr).toBe("");
  });

  it("places a file named for a later day, or with no day, at its date; one named for an earlier day comes late, with a warning", async () => {
    seed();
    // Named 2026-12-01 but dated 2025-09-01: held until its date comes.
    writeMisnamed("2026-12-01-held", "2026", "2025-09-01");
    // No day in its name: read first in its folder, held as well.
    writeMisnamed("notes-retro", "2026", "2026-05-05");
    seedSpring2025();
    const order = async () =>
      (await cli(["list", "--paths"])).stdout
        .trim()
        .split("\n")
        .slice(0, 5)
        .map((path) => basename(path));
    expect(await order()).toEqual([
      "2026-11-20-backend-ats-1-aaaa.yaml",
      "notes-retro.yaml",
      "2026-03-02-frontend-ats-2-bbbb.yaml",
      "2026-12-01-held.yaml",
      "2025-06-10-backend-ats-3-cccc.yaml",
    ]);
    expect((await cli(["list"])).stderr).toBe("");
    // Named for 2020 but dated 2026-11-25: found after newer retros were written.
    writeMisnamed("2020-01-01-late", "2020", "2026-11-25");
    const { stdout, stderr } = await cli(["list", "--paths"]);
    const paths = stdout.trim().split("\n");
    expect(paths.indexOf("retros/2020/2020-01-01-late.yaml")).toBeGreaterThan(
      paths.indexOf("retros/2025/2025-06-10-backend-ats-3-cccc.yaml"),
    );
    expect(stderr).toContain(
      "retros/2020/2020-01-01-late.yaml: its name does not start with its date, so newer retros were shown before it",
    );
  });
});

describe("export", () => {
  it("waits for a slow reader of its output: while the reader holds back, no more is read or written", async () => {
    for (let day = 0; day < 150; day++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      writeRetro(retros, { date, candidate: `ats-${day}`, suffix: "ffff" });
    }
    const captured = testWorld({ cwd: dir, now: NOW });
    // A reader that takes nothing until told to: each chunk waits for `release`.
    let text = "";
    let chunks = 0;
    let waiting: (() => void) | undefined;
    let flowing = false;
    captured.world.stdout = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        chunks++;
        if (flowing) done();
        else waiting = done;
      },
    });
    let finished = false;
    const exported = run(["export", "--format", "json"], captured.world).then((code) => {
      finished = true;
      return code;
    });
    const later = () => new Promise((next) => setTimeout(next, 5));
    while (chunks === 0 && !finished) await later();
    for (let turn = 0; turn < 20; turn++) await later();
    // The whole document is three chunks; one was taken, and the rest was not made.
    expect(finished).toBe(false);
    expect(chunks).toBe(1);
    flowing = true;
    waiting?.();
    expect(await exported).toBe(0);
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(text)).toHaveLength(150);
  });

  it("CSV to a reader that takes its time gets every row as written to a fast one", async () => {
    for (let day = 0; day < 300; day++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      const text = `Day ${day}: ${"the warm-up ran long ".repeat(40)}`;
      writeRetro(retros, {
        date,
        candidate: `ats-${day}`,
        suffix: "ffff",
        answers: {
          spot_difficulty_earlier: { text },
          questions_appropriate: { verdict: "yes" },
          candidate_strengths: { verdict: "no" },
        },
      });
    }
    const fast = await cli(["export", "--format", "csv"]);
    // A reader that takes each chunk a moment after it is written, as a pipe to a
    // busy program does: the rows read back from disk must not change meanwhile.
    const captured = testWorld({ cwd: dir, now: NOW });
    const chunks: Buffer[] = [];
    captured.world.stdout = new Writable({
      write(chunk, _encoding, done) {
        setTimeout(() => {
          chunks.push(Buffer.from(chunk));
          done();
        }, 1);
      },
    });
    expect(await run(["export", "--format", "csv"], captured.world)).toBe(0);
    expect(Buffer.byteLength(fast.stdout)).toBeGreaterThan(200_000);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(fast.stdout);
  });

  it("CSV to an output that writes at once and keeps nothing (a script's, the build's) ends", async () => {
    for (let day = 0; day < 100; day++)
      writeRetro(retros, {
        date: `2025-01-${String(1 + (day % 28)).padStart(2, "0")}`,
        suffix: `f${day}`,
      });
    const fast = await cli(["export", "--format", "csv"]);
    const captured = testWorld({ cwd: dir, now: NOW });
    const chunks: Buffer[] = [];
    // No write callback, no count of what it holds: it never holds anything.
    captured.world.stdout = {
      write: (text: string | Uint8Array) => chunks.push(Buffer.from(text)) > 0,
    };
    expect(await run(["export", "--format", "csv"], captured.world)).toBe(0);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(fast.stdout);
  });

  it("CSV: a column first met in an older retro is empty in the newer rows, and nothing is left beside the retros", async () => {
    seed();
    const older = makeRetro({ date: "2024-02-02", suffix: "dddd" });
    older.answers.extra_question = {
      question: "Asked once?",
      answer: "An older template asked this.",
    };
    writeText(retros, `2024/${older.id}.yaml`, retroToYaml(older));
    const { code, stdout } = await cli(["export", "--format", "csv"]);
    expect(code).toBe(0);
    const rows = stdout
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    const header = rows[0]?.split(",") ?? [];
    expect(header.at(-1)).toBe("extra_question.answer");
    expect(rows).toHaveLength(5);
    const last = rows.at(-1) ?? "";
    expect(last).toMatch(/^retros\/2024\/2024-02-02-.*,An older template asked this\.$/);
    // The newer rows end with an empty cell for it.
    expect(rows[1]).toMatch(/,$/);
    expect(readdirSync(retros).sort()).toEqual(["2024", "2025", "2026"]);
  });

  it("CSV on a terminal: rows read back in pieces keep every character whole", async () => {
    // Some 160 KB of accents and emoji: the pieces read back end within characters.
    for (let index = 0; index < 120; index++)
      writeRetro(retros, {
        date: "2026-01-02",
        suffix: String(index).padStart(4, "0"),
        answers: {
          spot_difficulty_earlier: { text: `Léa 🙂 ${"é🙂".repeat(200 + index)}` },
          questions_appropriate: { verdict: "yes" },
          candidate_strengths: { verdict: "yes" },
        },
      });
    const piped = await cli(["export", "--format", "csv"]);
    const terminal = await cli(["export", "--format", "csv"], { tty: true });
    expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(150_000);
    expect(terminal.stdout).not.toContain("\ufffd");
    // On a terminal the line breaks are shown escaped; the rest is the same text.
    expect(terminal.stdout.replace(/\\r/g, "\r")).toBe(piped.stdout);
  });
});

describe("search", () => {
  it("finds a phrase ignoring case, naming the file, the question and the line", async () => {
    seed();
    const { code, stdout } = await cli(["search", "system design"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml",
        "  spot_difficulty_earlier: System design came up too late.",
        "  candidate_strengths: They showed their System Design skills.",
        "",
      ].join("\n"),
    );
  });

  it("matches case exactly with --case-sensitive, and regular expressions with --regex", async () => {
    seed();
    expect(
      (await cli(["search", "--case-sensitive", "System design", "--paths"])).stdout.trim(),
    ).toBe("retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml");
    expect(await cli(["search", "--case-sensitive", "system design"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "No retros match.\n",
    });
    const regex = await cli(["search", "--regex", "minute \\d+", "--paths"]);
    expect(regex.stdout.trim().split("\n")).toHaveLength(2);
    // Literal by default: regex characters are just text.
    expect((await cli(["search", "minute \\d+"])).code).toBe(1);
  });

  it("a regular expression whose only match on a line is empty (^, \\b) finds that line, as grep -E does", async () => {
    seed();
    const all = await cli(["search", "--regex", "^", "--paths"]);
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split("\n")).toHaveLength(3);
    // Nothing to highlight: one empty range where the match is.
    const json = await cli(["search", "--regex", "\\b", "--json"]);
    expect(JSON.parse(json.stdout)[0].matches[0]).toEqual({
      field: "id",
      lineNumber: 1,
      line: "2026-11-20-backend-ats-1-aaaa",
      ranges: [[0, 0]],
    });
    expect((await cli(["search", "--regex", "(?=zzz)"])).code).toBe(1);
  });

  it("searches context fields too", async () => {
    seed();
    const { stdout } = await cli(["search", "okafor"]);
    expect(stdout).toContain("  interviewer: Sam Okafor");
  });

  it("exits 0 when something matched, 1 when nothing did, 2 on a bad pattern", async () => {
    seed();
    expect((await cli(["search", "kafka"])).code).toBe(0);
    const none = await cli(["search", "no such text anywhere"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("");
    const bad = await cli(["search", "--regex", "(unclosed"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("invalid pattern");
  });

  it("applies the filters", async () => {
    seed();
    const { stdout } = await cli([
      "search",
      "kafka",
      "--paths",
      "--role",
      "backend",
      "--since",
      "2026-01-01",
    ]);
    expect(stdout.trim()).toBe("retros/2026/2026-11-20-backend-ats-1-aaaa.yaml");
  });

  it("prints JSON records with their matches", async () => {
    seed();
    const records = JSON.parse((await cli(["search", "second line", "--json"])).stdout);
    expect(records).toHaveLength(1);
    expect(records[0].path).toBe("retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml");
    expect(records[0].matches).toEqual([
      {
        field: "spot_difficulty_earlier",
        question: "How could we spot signs of difficulty earlier?",
        lineNumber: 2,
        line: "The second line.",
        ranges: [[4, 15]],
      },
    ]);
  });

  it("finds text that the file stores escaped or quoted", async () => {
    writeRetro(retros, {
      answers: {
        spot_difficulty_earlier: { text: 'She said "I don\'t know" at minute 5' },
        questions_appropriate: { verdict: "no", text: "tab\there" },
        candidate_strengths: { verdict: "no" },
      },
    });
    expect((await cli(["search", '"I don\'t know"'])).code).toBe(0);
    expect((await cli(["search", "tab\there"])).code).toBe(0);
    expect((await cli(["search", "no", "--regex", "--case-sensitive"])).code).toBe(0);
  });

  it("ignores accents when the pattern has none, and not with --exact-accents", async () => {
    writeRetro(retros, {
      suffix: "aaaa",
      answers: {
        spot_difficulty_earlier: { text: "Léa noticed the crème brûlée analogy confused them" },
        questions_appropriate: { verdict: "yes", text: "" },
        candidate_strengths: { verdict: "no" },
      },
    });
    // Written decomposed: e followed by a combining acute accent.
    writeRetro(retros, {
      suffix: "bbbb",
      interviewer: "Rene\u0301 Dubois",
      answers: {
        spot_difficulty_earlier: { text: "plain" },
        questions_appropriate: { verdict: "yes", text: "" },
        candidate_strengths: { verdict: "no" },
      },
    });
    const paths = async (...args: string[]) =>
      (await cli(["search", ...args, "--paths"])).stdout.trim().split("\n").filter(Boolean);
    expect(await paths("lea")).toHaveLength(1);
    expect(await paths("creme brulee")).toHaveLength(1);
    expect(await paths("rene dubois")).toHaveLength(1);
    expect(await paths("--regex", "cr.me br")).toHaveLength(1);
    expect(await paths("lea", "--exact-accents")).toHaveLength(0);
    expect(await paths("rene", "--exact-accents")).toHaveLength(0);
    expect(await paths("rené", "--exact-accents")).toHaveLength(1);
    // A pattern with an accent matches it exactly.
    expect(await paths("léa")).toHaveLength(1);
    expect(await paths("crème brulée")).toHaveLength(0);
    // The match is shown where it is in the text as written.
    const records = JSON.parse((await cli(["search", "BRULEE", "--json"])).stdout);
    const [hit] = records[0].matches;
    expect(hit.line.slice(...hit.ranges[0])).toBe("brûlée");
  });

  it("still finds matches in a messy folder, warning about the broken files it had to read", async () => {
    seed();
    seedMess();
    writeText(retros, "2026/2026-01-05-kafka-aaaa.yaml", "schema: 1\nanswer: [kafka\n");
    const { code, stdout, stderr } = await cli(["search", "kafka", "--paths"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(2);
    expect(stderr).toMatch(/warning: retros\/2026\/2026-01-05-kafka-aaaa\.yaml:\d+:\d+: /);
    expect((await cli(["search", "kafka", "--strict"])).code).toBe(1);
  });
});

describe("show", () => {
  it("shows one retro by id, by prefix, by path and as latest", async () => {
    seed();
    for (const target of [
      "2026-03-02-frontend-ats-2-bbbb",
      "2026-03-02-front",
      "retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml",
    ]) {
      const { code, stdout } = await cli(["show", target]);
      expect(code, target).toBe(0);
      expect(stdout.split("\n")[0]).toBe("2026-03-02-frontend-ats-2-bbbb");
    }
    const latest = await cli(["show", "latest"]);
    expect(latest.stdout.split("\n")[0]).toBe("2026-11-20-backend-ats-1-aaaa");
    expect(latest.stdout).toContain(
      "2. Were the questions asked really appropriate?  partly\n   The LRU cache question was too hard.",
    );
  });

  it("a copy under another name is skipped with a warning; an id held by two files is ambiguous", async () => {
    seed();
    const original = join(retros, "2026", "2026-03-02-frontend-ats-2-bbbb.yaml");
    const text = readFileSync(original, "utf8");
    writeFileSync(join(retros, "2026", "2026-03-02-frontend-ats-2-copy.yaml"), text);
    const listed = await cli(["list", "--paths"]);
    expect(listed.stdout.match(/frontend-ats-2/g)).toHaveLength(1);
    expect(listed.stderr).toContain(
      "2026-03-02-frontend-ats-2-copy.yaml: its id is not its file name",
    );
    expect(listed.stderr).not.toContain("bbbb");
    mkdirSync(join(retros, "archive"), { recursive: true });
    writeFileSync(join(retros, "archive", "2026-03-02-frontend-ats-2-bbbb.yaml"), text);
    const shown = await cli(["show", "2026-03-02-frontend-ats-2-bbbb"]);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toContain("2 files hold the retro");
    expect(shown.stderr).toContain("retros/archive/2026-03-02-frontend-ats-2-bbbb.yaml");
    expect(shown.stderr).toContain("retros/2026/2026-03-02-frontend-ats-2-bbbb.yaml");
  });

  it("show latest reads the newest day's files only, and still finds the newest retro", async () => {
    writeRetro(retros, {
      date: "2026-11-20",
      suffix: "aaaa",
      recordedAt: "2026-11-20T09:00:00+01:00",
    });
    writeRetro(retros, {
      date: "2026-11-20",
      suffix: "zzzz",
      recordedAt: "2026-11-20T08:00:00+01:00",
    });
    writeRetro(retros, { date: "2025-12-31", suffix: "old0" });
    writeText(retros, "2026/2026-11-21-broken-aaaa.yaml", "schema: 1\nid: [broken\n");
    // An older day's file is not read: its problem is not shown.
    writeText(retros, "2026/2026-11-19-broken-bbbb.yaml", "schema: 1\nid: [broken\n");
    const { stdout, stderr } = await cli(["show", "latest"]);
    expect(stdout.split("\n")[0]).toBe("2026-11-20-backend-ats-1-aaaa");
    expect(stderr).toContain("2026-11-21-broken-aaaa.yaml");
    expect(stderr).not.toContain("2026-11-19-broken-bbbb.yaml");
    // Another layout (a folder that is not a year): the whole folder is read.
    writeRetro(join(retros, "archive"), { date: "2026-11-25", suffix: "arch" });
    expect((await cli(["show", "latest"])).stdout.split("\n")[0]).toBe(
      "2026-11-25-backend-ats-1-arch",
    );
  });

  it("by a candidate reference, shows that candidate's latest retro and lists the others", async () => {
    writeRetro(retros, { date: "2026-10-01", candidate: "ATS-50112", suffix: "old1" });
    writeRetro(retros, { date: "2026-11-01", candidate: "ats-50112", suffix: "new1" });
    const { code, stdout, stderr } = await cli(["show", "ats-50112"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("2026-11-01-backend-ats-50112-new1");
    expect(stderr).toContain(
      "1 other retro about this candidate:\n  2026-10-01-backend-ATS-50112-old1",
    );
  });

  it("by a candidate reference written with escaped quotes, or with a Kelvin sign for a K", async () => {
    writeRetro(retros, {
      date: "2026-10-01",
      candidate: `"Bob" O'Neil`,
      id: "2026-10-01-backend-bob-o-neil-quo1",
    });
    writeRetro(retros, {
      date: "2026-10-02",
      candidate: "\u212aim-42",
      id: "2026-10-02-backend-kim-42-kel1",
    });
    expect((await cli(["show", `"BOB" O'NEIL`])).stdout.split("\n")[0]).toBe(
      "2026-10-01-backend-bob-o-neil-quo1",
    );
    expect((await cli(["show", "kim-42"])).stdout.split("\n")[0]).toBe(
      "2026-10-02-backend-kim-42-kel1",
    );
  });

  it("lists the candidates of an ambiguous prefix and exits 2", async () => {
    seed();
    const { code, stderr } = await cli(["show", "2026-"]);
    expect(code).toBe(2);
    expect(stderr).toContain('"2026-" matches 2 retros; give more of the id:');
    expect(stderr).toContain("  2026-11-20-backend-ats-1-aaaa\n  2026-03-02-frontend-ats-2-bbbb");
    const none = await cli(["show", "2024-"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no retro matches "2024-"');
  });

  it("prints the file as stored with --yaml, and the record with --json", async () => {
    const path = writeRetro(retros);
    const yaml = await cli(["show", "latest", "--yaml"]);
    const { readFileSync } = await import("node:fs");
    expect(yaml.stdout).toBe(readFileSync(path, "utf8"));
    expect(JSON.parse((await cli(["show", "latest", "--json"])).stdout).path).toBe(
      "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml",
    );
  });

  it("wraps answers to the terminal width", async () => {
    writeRetro(retros, {
      answers: {
        spot_difficulty_earlier: { text: "word ".repeat(60).trim() },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    const { stdout } = await cli(["show", "latest", "--no-color"], { tty: true, columns: 50 });
    const body = stdout.split("\n").filter((line) => line.startsWith("   word"));
    expect(body.length).toBeGreaterThan(5);
    for (const line of body) expect(line.length).toBeLessThanOrEqual(50);
    // The questions too, under their numbers; a verdict that would not fit beside goes under.
    expect(stdout).toContain(
      [
        "2. Were the questions asked really appropriate?",
        "   yes",
        "",
        "3. Did the candidate have enough opportunities to",
        "   show their strengths?  yes",
      ].join("\n"),
    );
  });
});

describe("text from files is shown safely", () => {
  const HOSTILE = "clear \x1b[2J title \x1b]0;pwned\x07 rtl \u202e end";

  beforeEach(() => {
    writeRetro(retros, {
      candidate: "ats-9",
      interviewer: "Eve \x1b[31mRed",
      answers: {
        spot_difficulty_earlier: { text: HOSTILE },
        questions_appropriate: { verdict: "no" },
        candidate_strengths: { verdict: "no" },
      },
    });
  });

  it.each([
    ["show", ["show", "latest"]],
    ["search", ["search", "title"]],
    ["list", ["list"]],
    ["show --yaml on a terminal", ["show", "latest", "--yaml"]],
  ])("%s never sends the escape sequences raw", async (_, args) => {
    const { stdout } = await cli(args, { tty: true, columns: 200 });
    expect(stdout).not.toContain("\x1b[2J");
    expect(stdout).not.toContain("\x1b]0;");
    expect(stdout).not.toContain("Eve \x1b[31m");
    expect(stdout).not.toContain("\u202e");
  });

  it("shows them escaped, so the reader sees what is there", async () => {
    const { stdout } = await cli(["show", "latest"]);
    expect(stdout).toContain("clear \\e[2J title \\e]0;pwned\\x07 rtl \\u202e end");
    expect((await cli(["search", "pwned"])).stdout).toContain("\\e]0;pwned\\x07");
  });
});
