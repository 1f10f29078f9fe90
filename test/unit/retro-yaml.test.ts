import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildRetro, type Retro } from "../../src/domain/retro.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { DEFAULT_TEMPLATE } from "../helpers/fixtures.js";
import { TRICKY } from "../helpers/tricky-text.js";

const template = DEFAULT_TEMPLATE;

function retroWith(answer: string, notes = "notes"): Retro {
  return buildRetro({
    id: "2026-11-27-backend-ats-1-k7f3",
    template,
    context: {
      date: "2026-11-27",
      candidate: "ats-1",
      role: "backend",
      stage: "technical",
      tags: ["remote"],
    },
    answers: {
      spot_difficulty_earlier: { text: answer },
      questions_appropriate: { verdict: "no", text: notes },
    },
    recordedAt: "2026-11-27T15:30:12+01:00",
    retentionDays: 180,
  });
}

describe("retro YAML", () => {
  it("writes the file in the documented shape", () => {
    const text = retroToYaml(
      retroWith("At minute 5.\nAsk about their last project first.", "Too hard."),
    );
    expect(text).toBe(`schema: 1
id: 2026-11-27-backend-ats-1-k7f3
date: "2026-11-27"
recorded_at: "2026-11-27T15:30:12+01:00"
expires_on: "2027-05-26"
template: {id: default, version: 1}
candidate: ats-1
role: backend
stage: technical
tags: [remote]
answers:
  spot_difficulty_earlier:
    question: How could we spot signs of difficulty earlier?
    answer: |-
      At minute 5.
      Ask about their last project first.
  questions_appropriate:
    question: Were the questions asked really appropriate?
    verdict: "no"
    answer: Too hard.
  candidate_strengths:
    question: Did the candidate have enough opportunities to show their strengths?
`);
  });

  it("keeps long lines on one line and multi-line text as a literal block, so grep finds phrases", () => {
    const long = `${"a long reflection ".repeat(40)}at minute 5`;
    const text = retroToYaml(retroWith(`${long}\nsecond line: with a colon`));
    expect(text).toContain(long);
    expect(text).toContain("      second line: with a colon\n");
  });

  it.each(TRICKY.map((t) => [JSON.stringify(t).slice(0, 60), t]))(
    "round-trips %s exactly, in YAML 1.2 and 1.1",
    (_, answer) => {
      const text = retroToYaml(retroWith(answer, answer));
      for (const version of ["1.2", "1.1"] as const) {
        const back = parse(text, { version });
        expect(back.answers.spot_difficulty_earlier.answer ?? "").toBe(
          answer.trim() === "" ? "" : answer,
        );
        expect(back.answers.questions_appropriate.verdict).toBe("no");
        expect(back.date).toBe("2026-11-27");
      }
    },
  );

  it("round-trips any text exactly (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (answer) => {
        fc.pre(answer.trim() !== "");
        const text = retroToYaml(retroWith(answer, answer));
        for (const version of ["1.2", "1.1"] as const) {
          const back = parse(text, { version });
          expect(back.answers.spot_difficulty_earlier.answer).toBe(answer);
          expect(back.answers.questions_appropriate.answer).toBe(answer);
        }
      }),
      { numRuns: 500 },
    );
  });

  // PyYAML is the YAML 1.1 reader most teams' scripts use. It is on the project's
  // machines; where it is not, this test says so instead of passing silently.
  const pyyaml = spawnSync("python3", ["-c", "import yaml"]).status === 0;
  it.skipIf(!pyyaml)("reads back the same strings in PyYAML (YAML 1.1)", () => {
    const strings = [
      ...TRICKY.filter((t) => t.trim() !== ""),
      ...fc.sample(fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 80 }), {
        numRuns: 300,
        seed: 42,
      }),
      ...fc.sample(fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }), {
        numRuns: 300,
        seed: 7,
      }),
    ].filter(
      (t) =>
        t.trim() !== "" &&
        !/[\ud800-\udfff]/.test(t.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "")),
    );
    const files = strings.map((answer) => retroToYaml(retroWith(answer, answer)));
    const script = `
import sys, json, yaml
docs = json.load(sys.stdin)
out = []
for text in docs:
    d = yaml.safe_load(text)
    out.append([d["answers"]["spot_difficulty_earlier"]["answer"], d["answers"]["questions_appropriate"]["verdict"], d["date"]])
json.dump(out, sys.stdout)
`;
    const result = spawnSync("python3", ["-c", script], {
      input: JSON.stringify(files),
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    expect(result.stderr).toBe("");
    const back = JSON.parse(result.stdout) as [string, string, string][];
    back.forEach(([answer, verdict, date], index) => {
      expect(answer, JSON.stringify(strings[index])).toBe(strings[index]);
      expect(verdict).toBe("no");
      expect(date).toBe("2026-11-27");
    });
  });
});
