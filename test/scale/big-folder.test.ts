import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BIG_FOLDER_COUNT,
  BIG_YEAR_COUNT,
  bigFolder,
  measuredRun,
  RARE_EVERY,
  RARE_WORD,
} from "../helpers/big-folder.js";
import { BIN, binaryEnv, NODE } from "../helpers/binary.js";

/**
 * Every command over 300,000 retros (150,000 of them in one year folder):
 * no crash, the right output, and a peak memory that does not grow with
 * the folder. Time is not asserted here: `npm run bench` measures it.
 */

/**
 * Peak memory of a command that writes as it reads, MiB. Over 100,000 retros
 * these commands peak at 100–120 MiB (`npm run bench -- --size 100000`); here
 * the year folder of 150,000 names and V8's collector add some 40–60. Before
 * they streamed, the same commands took 700 MiB to 2.3 GiB.
 */
const STREAMING_PEAK = 200;
const MINUTES = 60_000;

let dir: string;
let work: string;
beforeAll(() => {
  dir = bigFolder();
  work = mkdtempSync(join(tmpdir(), "interview-retro-big-"));
}, 10 * MINUTES);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the built binary on the big folder. */
const big = (args: string[], options?: { read?: boolean }) => measuredRun(dir, work, args, options);

const lines = (text: string) => text.split("\n").filter(Boolean);

/** The files `grep -rli` finds, as the reference for search's prefilter and matching. */
function grepFiles(pattern: string): string[] {
  const found = spawnSync("grep", ["-rli", "--", pattern, dir], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, LC_ALL: "C.UTF-8" },
  });
  return lines(found.stdout).sort();
}

describe("300,000 retros, 150,000 in one year folder", { timeout: 5 * MINUTES }, () => {
  it("list shows every retro, newest first, holding one line of text each", async () => {
    const run = await big(["list"]);
    expect(run.code).toBe(0);
    const rows = lines(run.stdout);
    expect(rows).toHaveLength(BIG_FOLDER_COUNT + 1);
    expect(rows[1]).toMatch(/^2026-11-27 /);
    expect(rows.at(-1)).toMatch(/^2017-/);
    expect(run.stderr).toBe("");
    // The table is aligned, so its 300,000 lines of text are held to the end: what must be, no more.
    expect(run.peak).toBeLessThan(250);
  });

  it("list --paths and --limit write as they read", async () => {
    const paths = await big(["list", "--paths"]);
    expect(lines(paths.stdout)).toHaveLength(BIG_FOLDER_COUNT);
    expect(paths.peak).toBeLessThan(STREAMING_PEAK);
    const newest = await big(["list", "--paths", "--limit", "3"]);
    expect(lines(newest.stdout)).toEqual(lines(paths.stdout).slice(0, 3));
    const year = await big(["list", "--paths", "--since", "2026-01-01"]);
    expect(lines(year.stdout)).toHaveLength(BIG_YEAR_COUNT);
  });

  it("search finds exactly the files grep finds, for a rare word, a common one, an accent and a quote", async () => {
    const rare = await big(["search", RARE_WORD, "--paths"]);
    expect(lines(rare.stdout)).toHaveLength(BIG_FOLDER_COUNT / RARE_EVERY);
    for (const pattern of ["whiteboard", "léa", "o'brien"]) {
      const run = await big(["search", pattern, "--paths", "--exact-accents"]);
      expect(run.code).toBe(0);
      expect(lines(run.stdout).sort()).toEqual(grepFiles(pattern));
      expect(run.peak).toBeLessThan(STREAMING_PEAK);
    }
    const regex = await big(["search", "--regex", "zeppelin.logy", "--paths"]);
    expect(lines(regex.stdout).sort()).toEqual(lines(rare.stdout).sort());
  });

  it("export writes every format without holding the retros", async () => {
    const csv = await big(["export", "--format", "csv"]);
    expect(csv.code).toBe(0);
    // One header; no answer here holds a line break.
    expect(csv.stdout.split("\r\n").filter(Boolean)).toHaveLength(BIG_FOLDER_COUNT + 1);
    expect(csv.peak).toBeLessThan(STREAMING_PEAK);
    // Over 512 MiB of JSON: more than one string can hold, so grep counts its records.
    const json = await big(["export", "--format", "json"], { read: false });
    expect(json.code).toBe(0);
    const records = spawnSync("grep", ["-c", '^    "path": ', json.stdoutFile], {
      encoding: "utf8",
    });
    expect(Number(records.stdout)).toBe(BIG_FOLDER_COUNT);
    expect(json.peak).toBeLessThan(STREAMING_PEAK);
  });

  it.each([
    ["as it reads the folder", 0],
    ["as it writes the rows it set aside", 1],
  ])(
    "export -o, interrupted %s: exit 130, and neither the file nor its temporary copy is left",
    async (_, written) => {
      const folder = join(work, `out-${written}`);
      mkdirSync(folder);
      const child = spawn(
        NODE,
        [BIN, "export", "--format", "csv", "-o", join(folder, "all.csv"), "--dir", dir],
        { cwd: work, env: binaryEnv(work) },
      );
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      const exited = new Promise((done) => child.on("close", done));
      // The temporary file is there: the export is under way. Its rows go into
      // it only once the whole folder is read (the CSV's header comes first).
      const holds = () => {
        const [name] = readdirSync(folder);
        try {
          return name !== undefined && statSync(join(folder, name)).size >= written;
        } catch {
          return false;
        }
      };
      while (!holds() && child.exitCode === null) await new Promise((wait) => setTimeout(wait, 20));
      child.kill("SIGINT");
      expect(await exited).toBe(130);
      expect(stderr).toContain("Interrupted: nothing was written.");
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it("validate reads every file and finds nothing wrong", async () => {
    const run = await big(["validate"]);
    expect(run.stderr + run.stdout).not.toMatch(/error|problem/i);
    expect(run.code).toBe(0);
    expect(run.peak).toBeLessThan(STREAMING_PEAK);
  });

  it("show latest and show <id> read one file", async () => {
    const list = await big(["list", "--paths", "--limit", "1"]);
    const newest = (lines(list.stdout)[0] ?? "").replace(/^.*\//, "").replace(".yaml", "");
    const latest = await big(["show", "latest"]);
    expect(latest.stdout.split("\n")[0]).toBe(newest);
    expect(latest.peak).toBeLessThan(STREAMING_PEAK);
    const id = `2026-03-01-big-${(59).toString(36).padStart(4, "0")}`;
    const shown = await big(["show", id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split("\n")[0]).toBe(id);
  });

  it("show <candidate> keeps only that candidate's retros as it reads the folder", async () => {
    const files = spawnSync("grep", ["-rlx", "candidate: ats-257", dir], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }).stdout;
    const shown = await big(["show", "ats-257"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}candidate +ats-257$/m);
    expect(shown.stderr).toContain(`${lines(files).length - 1} other retros about this candidate:`);
    // It held every retro of the folder before: 955 MiB.
    expect(shown.peak).toBeLessThan(STREAMING_PEAK);
  });

  it("prune --dry-run lists the expired files, keeping only their paths", async () => {
    const pruned = await big(["prune", "--dry-run"]);
    expect(pruned.code).toBe(0);
    const count = Number(/: (\d+)\n/.exec(pruned.stderr)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(lines(pruned.stdout)).toHaveLength(count);
    expect(pruned.stderr).toContain("Dry run: nothing was deleted.");
    // It held every retro of the folder before: 960 MiB.
    expect(pruned.peak).toBeLessThan(STREAMING_PEAK);
  });

  it("forget --dry-run lists exactly that candidate's files, keeping only their paths", async () => {
    const names = (paths: string[]) => paths.map((path) => path.replace(/^.*\//, "")).sort();
    const files = spawnSync("grep", ["-rlx", "candidate: ats-257", dir], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }).stdout;
    const forgotten = await big(["forget", "ats-257", "--dry-run"]);
    expect(forgotten.code).toBe(0);
    expect(names(lines(forgotten.stdout))).toEqual(names(lines(files)));
    expect(forgotten.stderr).toContain("Dry run: nothing was deleted.");
    expect(forgotten.peak).toBeLessThan(STREAMING_PEAK);
  });

  it("themes over the year of 150,000 retros names the phrases that recur in each question", async () => {
    const themes = await big(["themes", "--since", "2026-01-01", "--until", "2026-12-31"]);
    expect(themes.stderr).toBe("");
    expect(themes.code).toBe(0);
    const out = lines(themes.stdout);
    expect(out[0]).toBe("Recurring themes, 2026-01-01 to 2026-12-31");
    const answered = [...themes.stdout.matchAll(/\((\w+), (\d+) answered\)$/gm)];
    expect(answered.map((match) => match[1])).toContain("spot_difficulty_earlier");
    for (const match of answered) expect(Number(match[2])).toBeLessThanOrEqual(BIG_YEAR_COUNT);
    // A theme: the phrase, how many retros hold it, its trend, and a few of their ids.
    expect(themes.stdout).toMatch(/^ {4}\S.* {2}\d+ retros \(\d+%\) {2}\w+ {2}2026-/m);
    // It keeps each phrase's count and a few ids, not the answers.
    expect(themes.peak).toBeLessThan(STREAMING_PEAK);
  });

  it("digest over the year of 150,000 retros lists every answer and every promised action", async () => {
    // A digest groups the period's answers question by question, so it holds them. Here it must
    // finish, and whole (a spread of the actions overflowed the call stack).
    const digest = await big(["digest", "--since", "2026-01-01", "--until", "2026-12-31"], {
      read: false,
    });
    expect(digest.stderr).toBe("");
    expect(digest.code).toBe(0);
    // Its document is written a line at a time: held whole, it took 2 to 2.5 GiB (now some 860 MiB).
    expect(digest.peak).toBeLessThan(1200);
    const count = (pattern: string) =>
      Number(
        spawnSync("grep", ["-c", "--", pattern, digest.stdoutFile], { encoding: "utf8" }).stdout,
      );
    expect(count(`^Digest: ${BIG_YEAR_COUNT} retros, 2026-01-01 to 2026-12-31`)).toBe(1);
    expect(count("^Promised actions (oldest first)$")).toBe(1);
    // Each action is a dated line with two spaces before it, after the answers (four spaces or more).
    expect(count("^  2026-[0-9][0-9]-[0-9][0-9]  ")).toBeGreaterThan(BIG_YEAR_COUNT);
  });

  it("stats and report count every retro", async () => {
    const stats = await big(["stats", "--json"]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).total).toBe(BIG_FOLDER_COUNT);
    expect(stats.peak).toBeLessThan(200);
    const report = await big(["report"]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(`_${BIG_FOLDER_COUNT} retros, 2017-01-01 to 2026-11-27.`);
    // Only the latest promised actions are listed, and said so.
    expect(report.stdout).toMatch(/_The latest 50 of \d+ promised actions\./);
    expect(report.peak).toBeLessThan(200);
  });
});
