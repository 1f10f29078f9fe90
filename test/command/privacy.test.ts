import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { contextReplies, ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { filesUnder, tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  process.env.TZ = "Europe/Paris";
});
afterEach(() => cleanup());

const EMAIL_ANSWER = "Her CV said jane.doe@example.com, and she was nervous.";

async function cli(args: string[], options: { tty?: boolean; prompter?: ScriptedPrompter } = {}) {
  const captured = testWorld({
    cwd: dir,
    tty: options.tty ?? false,
    ...(options.prompter ? { prompter: options.prompter } : {}),
  });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const retros = () => filesUnder(join(dir, "retros"));

const answers = (first: string) => [
  "--answer",
  `spot_difficulty_earlier=${first}`,
  "--answer",
  "questions_appropriate=yes",
  "--answer",
  "candidate_strengths=no",
];

describe("candidate references", () => {
  it("refuses one that looks like a person without --yes, and keeps it with --yes, warning", async () => {
    const refused = await cli(["--candidate", "Jane Doe", ...answers("x")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "--candidate: this reference may identify the candidate (it looks like a first and last name)",
    );
    expect(refused.stderr).toContain("pass --yes to keep it");
    expect(retros()).toEqual([]);
    const kept = await cli(["--candidate", "Jane Doe", "--yes", ...answers("x")]);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain("warning: --candidate may identify the candidate");
  });

  it("asks for confirmation at the prompt, and asks again when refused", async () => {
    const prompter = new ScriptedPrompter([
      "jane@example.com",
      "n",
      "ats-1",
      "",
      "",
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
    expect(prompter.asked[1]).toMatchObject({ kind: "confirm" });
    expect(prompter.asked[1]?.message).toContain("it looks like an email address");
    expect(parse(readFileSync(join(dir, stdout.trim()), "utf8")).candidate).toBe("ats-1");
  });
});

describe("personal data in answers", () => {
  it("warns before writing, naming the place and the reason but never the text", async () => {
    const { code, stderr } = await cli(["--candidate", "ats-1", ...answers(EMAIL_ANSWER)]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      "warning: answer 1/3 (spot_difficulty_earlier), line 1: an email address",
    );
    expect(stderr).not.toContain("jane.doe");
    expect(retros()).toHaveLength(1);
  });

  it("writes nothing under privacy_strict", async () => {
    writeText(dir, ".interview-retro.yaml", "privacy_strict: true\n");
    const { code, stderr } = await cli(["--candidate", "ats-1", ...answers(EMAIL_ANSWER)]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "error: answer 1/3 (spot_difficulty_earlier), line 1: an email address",
    );
    expect(stderr).toContain("nothing was written");
    expect(retros()).toEqual([]);
  });

  it("asks a flagged answer again under privacy_strict, at the prompt", async () => {
    writeText(dir, ".interview-retro.yaml", "privacy_strict: true\n");
    const prompter = new ScriptedPrompter([
      ...contextReplies(),
      EMAIL_ANSWER,
      "yes",
      "",
      "no",
      "",
      "She was nervous.",
    ]);
    const { code, stdout } = await cli([], { tty: true, prompter });
    expect(code).toBe(0);
    expect(prompter.notes.join("\n")).toContain("Answer these again without personal details");
    expect(
      parse(readFileSync(join(dir, stdout.trim()), "utf8")).answers.spot_difficulty_earlier.answer,
    ).toBe("She was nervous.");
  });

  it.each([
    ["edits", "y", "She was nervous."],
    ["keeps", "n", undefined],
  ])(
    "at the prompt, says each finding once before writing, and %s the answer as asked",
    async (_, reply, retyped) => {
      const prompter = new ScriptedPrompter([
        ...contextReplies(),
        `${EMAIL_ANSWER} She is 42 years old.`,
        "yes",
        "",
        "no",
        "",
        reply,
        ...(retyped ? [retyped] : []),
      ]);
      const captured = testWorld({ cwd: dir, tty: true, prompter });
      expect(await run([], captured.world)).toBe(0);
      const said = captured.stderr();
      expect(said.match(/an email address/g)).toHaveLength(1);
      expect(said.match(/a word about age/g)).toHaveLength(1);
      expect(said.indexOf("an email address")).toBeLessThan(said.indexOf("Retro saved"));
      expect(said).not.toContain("jane.doe");
      const asked = prompter.asked.map((a) => a.message);
      expect(asked).toContain(
        "Edit these answers before the retro is written? (No keeps them as they are)",
      );
      const written = parse(readFileSync(join(dir, captured.stdout().trim()), "utf8"));
      expect(written.answers.spot_difficulty_earlier.answer).toBe(
        retyped ?? `${EMAIL_ANSWER} She is 42 years old.`,
      );
    },
  );
});

describe("validate's privacy check", () => {
  beforeEach(() => {
    writeRetro(join(dir, "retros"), {
      answers: {
        spot_difficulty_earlier: { text: "First line is fine.\nShe told us she is pregnant." },
        questions_appropriate: { verdict: "no", text: `Contact: ${"jane.doe@example.com"}` },
        candidate_strengths: { verdict: "yes" },
      },
    });
  });

  it("reports each finding at its line and column, as a warning (exit 0)", async () => {
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml:17:26: warning: privacy: a word about pregnancy (a protected characteristic)",
      "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml:21:23: warning: privacy: an email address",
    ]);
  });

  it("fails with --strict or privacy_strict (exit 1)", async () => {
    expect((await cli(["validate", "--strict"])).code).toBe(1);
    writeText(dir, ".interview-retro.yaml", "privacy_strict: true\n");
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout).not.toContain("warning:");
  });

  it("takes the team's own words", async () => {
    writeRetro(join(dir, "retros"), {
      suffix: "zzzz",
      answers: {
        spot_difficulty_earlier: { text: "We talked about her horoscope." },
        questions_appropriate: { verdict: "no" },
        candidate_strengths: { verdict: "yes" },
      },
    });
    writeText(dir, "words.yaml", "categories:\n  astrology:\n    en: [horoscope]\n");
    writeText(dir, ".interview-retro.yaml", "privacy_words: words.yaml\n");
    const { stdout } = await cli(["validate"]);
    expect(stdout).toContain(
      "zzzz.yaml:15:33: warning: privacy: a word about astrology (a protected characteristic)",
    );
  });
});
