import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runBinary } from "../helpers/binary.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const ANSWERS = [
  "--answer",
  "spot_difficulty_earlier=The SQL warm-up already showed it at minute 5: ask about their last project first.",
  "--answer",
  "questions_appropriate=partly",
  "--answer",
  "questions_appropriate.notes=The LRU cache question was too hard.\nNext time: start from their Kafka work.",
  "--answer",
  "candidate_strengths=no",
];

describe("the built binary, without a terminal", () => {
  it("writes the retro, prints only its path on stdout, and grep finds what was typed", () => {
    const result = runBinary(
      ["--candidate", "ats-48213", "--role", "backend", "--tag", "remote", ...ANSWERS],
      { cwd: dir },
    );
    expect(result.stderr).toContain("Retro saved");
    expect(result.code).toBe(0);
    const path = result.stdout.trim();
    expect(result.stdout).toMatch(
      /^retros\/2026\/\d{4}-\d{2}-\d{2}-backend-ats-48213-[0-9a-z]{4}\.yaml\n$/,
    );
    const text = readFileSync(join(dir, path), "utf8");
    expect(parse(text).answers.questions_appropriate).toEqual({
      question: "Were the questions asked really appropriate?",
      verdict: "partly",
      answer: "The LRU cache question was too hard.\nNext time: start from their Kafka work.",
    });
    const grep = execFileSync("grep", ["-rl", "at minute 5: ask about", "retros"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(grep.trim()).toBe(path);
    expect(
      execFileSync("grep", ["-rh", "Next time: start from", "retros"], {
        cwd: dir,
        encoding: "utf8",
      }),
    ).toContain("Next time: start from their Kafka work.");
    // No colour without a terminal.
    expect(result.stderr).not.toContain("\x1b[");
  });

  it("exits 2, names the missing answer and its flag, and writes nothing", () => {
    const result = runBinary(["--candidate", "ats-1", "--answer", "questions_appropriate=yes"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      'missing answer to "spot_difficulty_earlier" (How could we spot signs of difficulty earlier?): pass --answer spot_difficulty_earlier=<text>',
    );
    expect(existsSync(join(dir, "retros"))).toBe(false);
  });

  it("reads answers piped on stdin with --from -", () => {
    const input =
      "spot_difficulty_earlier: |\n  Two lines\n  of text\nquestions_appropriate: yes\ncandidate_strengths: no\n";
    const result = runBinary(["--candidate", "ats-2", "--from", "-"], { cwd: dir, input });
    expect(result.code).toBe(0);
    const retro = parse(readFileSync(join(dir, result.stdout.trim()), "utf8"), { version: "1.1" });
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("Two lines\nof text\n");
    expect(retro.answers.questions_appropriate.verdict).toBe("yes");
  });

  it("prints the version and help, exit 0", () => {
    const version = runBinary(["--version"], { cwd: dir });
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version}\n`,
    );
    const help = runBinary(["new", "--help"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--answer <id=text>");
    expect(help.stdout).toContain("Examples:");
  });

  it("refuses unknown flags and commands with exit 2 and a suggestion", () => {
    const flag = runBinary(["new", "--candidat", "x"], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^interview-retro: unknown option '--candidat'/);
    expect(flag.stderr).toContain("Did you mean --candidate?");
    const command = runBinary(["nwe"], { cwd: dir });
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^interview-retro: unknown command 'nwe'/);
    expect(command.stderr).toContain("Did you mean new?");
    expect(readdirSync(dir)).toEqual([]);
  });
});
