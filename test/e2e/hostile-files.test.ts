import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, binaryEnv, NODE } from "../helpers/binary.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const MAX_RSS = fileURLToPath(new URL("../../bench/max-rss.mjs", import.meta.url));

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefgh"
    .split("")
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`),
  "schema: 1",
].join("\n");

/** Runs the binary with its peak memory recorded. */
function runMeasured(args: string[]) {
  const rssFile = join(dir, "rss");
  const result = spawnSync(NODE, ["--import", MAX_RSS, BIN, ...args], {
    cwd: dir,
    env: binaryEnv(dir, { BENCH_RSS_FILE: rssFile }),
    encoding: "utf8",
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    rssMiB: Number(readFileSync(rssFile, "utf8")) / 1024,
  };
}

describe("hostile files in the retros folder", () => {
  beforeEach(() => {
    const retros = join(dir, "retros");
    writeRetro(retros, {
      candidate: "ats-good",
      answers: {
        spot_difficulty_earlier: { text: "A good one about kafka." },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    writeText(retros, "2026/2026-01-01-laughs-aaaa.yaml", `${BILLION_LAUGHS}\nnote: kafka\n`);
    writeText(
      retros,
      "2026/2026-01-02-nested-aaaa.yaml",
      `schema: 1\nnote: kafka\ndeep: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`,
    );
    writeText(
      retros,
      "2026/2026-01-03-tag-aaaa.yaml",
      "schema: 1\nid: !!python/object/apply:os.system ['touch pwned']\nnote: kafka\n",
    );
    const huge = writeText(retros, "2026/2026-01-04-huge-aaaa.yaml", "schema: 1\nnote: kafka\n");
    truncateSync(huge, 100 * 1024 * 1024);
    // 2 MiB of a flow sequence: the yaml library took 330 MiB to read it.
    writeText(
      retros,
      "2026/2026-01-05-long-aaaa.yaml",
      `schema: 1\nnote: kafka\nx: [${Array.from({ length: 300_000 }, (_, i) => i).join(", ")}]\n`,
    );
  });

  it.each([
    ["list", ["list", "--paths"]],
    ["search", ["search", "kafka", "--paths"]],
  ])(
    "%s refuses each with one warning, in bounded memory, and never executes anything",
    (_, args) => {
      const { code, stdout, stderr, rssMiB } = runMeasured(args);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe("retros/2026/2026-11-27-backend-ats-good-k7f3.yaml");
      const warnings = stderr.trim().split("\n");
      expect(warnings).toHaveLength(5);
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/laughs-aaaa\.yaml.*(alias|resource exhaustion)/i),
          expect.stringMatching(/nested-aaaa\.yaml/),
          expect.stringMatching(/tag-aaaa\.yaml/),
          "warning: retros/2026/2026-01-04-huge-aaaa.yaml: larger than 8 MiB, not read",
          "warning: retros/2026/2026-01-05-long-aaaa.yaml: larger than 1 MiB and not in the layout interview-retro writes: not read",
        ]),
      );
      expect(rssMiB).toBeLessThan(150);
      expect(spawnSync("ls", [join(dir, "pwned")]).status).not.toBe(0);
    },
  );
});

describe("a regular expression that matches empty text", () => {
  it("ends on an answer with an emoji, and finds what it does match there", () => {
    writeRetro(join(dir, "retros"), {
      answers: {
        spot_difficulty_earlier: { text: "Great energy 🎉 in the pairing, x2 🎉🎉" },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    // An empty match just before an emoji once sent the matcher round forever (the `u`
    // flag moved it back to the emoji's first half at each step).
    const run = (pattern: string) =>
      spawnSync(NODE, [BIN, "search", "--regex", pattern, "--dir", "retros"], {
        cwd: dir,
        env: binaryEnv(dir),
        encoding: "utf8",
        timeout: 20_000,
      });
    const empty = run("z?");
    expect(empty.signal).toBeNull();
    // An empty match finds its line, as grep -E 'z?' finds every line.
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain("Great energy 🎉 in the pairing, x2 🎉🎉");
    const some = run("x2?");
    expect(some.signal).toBeNull();
    expect(some.status).toBe(0);
    expect(some.stdout).toContain("x2 🎉🎉");
  });
});

describe("a regular expression that backtracks for ever on one file", () => {
  it("that file is named and given up on within seconds, and the others are searched", () => {
    const retros = join(dir, "retros");
    const answered = (candidate: string, text: string) =>
      writeRetro(retros, {
        candidate,
        answers: {
          spot_difficulty_earlier: { text },
          questions_appropriate: { verdict: "yes" },
          candidate_strengths: { verdict: "yes" },
        },
      });
    answered("ats-1", "Their kafka work was great.");
    // A pasted token: (\w+\s?)+: tries every way to split its letters into words.
    answered("ats-2", `The kafka error was ${"x".repeat(60)}.`);
    answered("ats-3", "Kafka: the topic was new to them.");
    const result = spawnSync(
      NODE,
      [BIN, "search", "--regex", "(\\w+\\s?)+:|kafka", "--paths", "--dir", "retros"],
      { cwd: dir, env: binaryEnv(dir), encoding: "utf8", timeout: 20_000 },
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").sort()).toEqual([
      "",
      "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml",
      "retros/2026/2026-11-27-backend-ats-3-k7f3.yaml",
    ]);
    expect(result.stderr).toBe(
      "warning: retros/2026/2026-11-27-backend-ats-2-k7f3.yaml: the pattern took over 1 s on this file and was stopped: not searched (some patterns, like (a+)+ or \\w+\\w+, can take for ever on some text)\n",
    );
  });
});

describe("-o with a fifo whose reader stops reading", () => {
  it("Ctrl-C ends the export, though its write waits on the reader", async () => {
    writeRetro(join(dir, "retros"), {
      answers: {
        spot_difficulty_earlier: { text: "x".repeat(400_000) },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    // Opens the fifo and never reads: the export fills the pipe, then waits in write().
    const holder = spawn("sh", ["-c", 'exec 3<"$0"; sleep 120', fifo]);
    const exporter = spawn(NODE, [BIN, "export", "--format", "md", "-o", fifo, "--dir", "retros"], {
      cwd: dir,
      env: binaryEnv(dir),
    });
    const ended = new Promise<NodeJS.Signals | null>((done) =>
      exporter.on("exit", (_code, signal) => done(signal)),
    );
    try {
      // Linux says where a process waits: Ctrl-C comes once the export waits on the pipe.
      const wchan = `/proc/${exporter.pid}/wchan`;
      while (!readFileSync(wchan, "utf8").includes("pipe_write"))
        await new Promise((wait) => setTimeout(wait, 50));
      exporter.kill("SIGINT");
      const stillRunning = new Promise((done) => setTimeout(() => done("still running"), 20_000));
      expect(await Promise.race([ended, stillRunning])).toBe("SIGINT");
    } finally {
      exporter.kill("SIGKILL");
      holder.kill("SIGKILL");
    }
  });
});
