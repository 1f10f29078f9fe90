import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kindOf } from "../../src/domain/answer-kinds/index.js";
import { retroRelativePath } from "../../src/domain/naming.js";
import { buildRetro } from "../../src/domain/retro.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { SHIPPED_TEMPLATES_DIR } from "../../src/io/shipped-yaml.js";
import { parseTemplateFile } from "../../src/io/templates.js";
import { run } from "../../src/main.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { tempDir, testWorld } from "../helpers/world.js";

/** What leaves the tool (exports, --json) carries every answer, and nothing a terminal acts on. */

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

async function cli(args: string[]) {
  const captured = testWorld({ cwd: dir, now: new Date(2026, 10, 27, 12) });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const SHIPPED = await Promise.all(
  readdirSync(SHIPPED_TEMPLATES_DIR)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) =>
      parseTemplateFile(
        join(SHIPPED_TEMPLATES_DIR, name),
        readFileSync(join(SHIPPED_TEMPLATES_DIR, name), "utf8"),
      ),
    ),
);

/** A retro of each shipped template, every question answered with its kind's example and notes. */
interface Expected {
  retro: string;
  id: string;
  field: string;
  value: unknown;
  text: string;
}

function writeEveryTemplate(): Expected[] {
  const expected: Expected[] = [];
  SHIPPED.forEach((template, index) => {
    const id = `2026-11-2${index}-backend-ats-${index}-t${index}aa`;
    const answers = Object.fromEntries(
      template.questions.map((question) => {
        const kind = kindOf(question);
        const notes = `notes of ${template.id}.${question.id}`;
        const expect = (field: string, value: unknown) =>
          expected.push({
            retro: id,
            id: question.id,
            field,
            value,
            text: Array.isArray(value) ? value.join(", ") : String(value),
          });
        const prompt = kind.prompt?.(question, undefined);
        if (kind.field === undefined || !prompt) {
          expect("answer", kind.example.typed);
          return [question.id, { text: kind.example.typed }];
        }
        // The last choice of a list, every option of a checklist: values a template really offers.
        const values = prompt.choices.map((choice) => choice.value);
        const value =
          prompt.type === "select" ? prompt.toValue(values.at(-1) ?? "") : prompt.toValue(values);
        expect(kind.field, value);
        expect("answer", notes);
        return [question.id, { [kind.field]: value, text: notes }];
      }),
    );
    const retro = buildRetro({
      id,
      template,
      context: { date: `2026-11-2${index}`, candidate: `ats-${index}`, role: "backend", tags: [] },
      answers,
      recordedAt: `2026-11-2${index}T10:00:00+01:00`,
      retentionDays: 180,
    });
    writeText(join(dir, "retros"), retroRelativePath(retro.id), retroToYaml(retro));
  });
  return expected;
}

describe("every export holds every answer", () => {
  it("of every kind, in every shipped template, in every format", async () => {
    const expected = writeEveryTemplate();
    expect(new Set(SHIPPED.flatMap((t) => t.questions.map((q) => q.kind))).size).toBe(4);
    for (const format of ["csv", "md", "json", "yaml"]) {
      const { code, stdout } = await cli(["export", "--format", format]);
      expect(code).toBe(0);
      const records =
        format === "json" ? JSON.parse(stdout) : format === "yaml" ? parse(stdout) : undefined;
      for (const { retro, id, field, value, text } of expected) {
        if (records) {
          const record = records.find((r: { id: string }) => r.id === retro);
          expect(record.answers[id][field], `${format}: ${id}.${field}`).toEqual(value);
        } else {
          expect(stdout, `${format}: ${id}.${field}`).toContain(text);
        }
      }
      if (format === "csv") {
        const header = stdout.split("\r\n")[0] ?? "";
        for (const { id, field } of expected) expect(header).toContain(`${id}.${field}`);
      }
      if (records) expect(records).toHaveLength(SHIPPED.length);
    }
    const { stdout } = await cli(["export", "--candidate", "ats-2"]);
    expect(stdout).toContain("Everything held about candidate ats-2");
    for (const { retro, text } of expected.filter((e) => e.retro.includes("-ats-2-")))
      expect(stdout, `${retro}: ${text}`).toContain(text);
  });
});

describe("--json", () => {
  const HOSTILE = "a\u202eb \u0085 c\u2066d \x9b2J";

  it("writes bidi and C1 controls as \\u escapes: the same data, nothing raw", async () => {
    writeRetro(join(dir, "retros"), {
      interviewer: HOSTILE,
      answers: { spot_difficulty_earlier: { text: `${HOSTILE} minute` } },
    });
    for (const args of [
      ["show", "latest", "--json"],
      ["list", "--json"],
      ["search", "minute", "--json"],
      ["export", "--format", "json"],
      ["export", "--format", "yaml"],
    ]) {
      const { code, stdout } = await cli([...args, "--dir", "retros"]);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout, args.join(" ")).not.toMatch(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      const data = args.includes("yaml") ? parse(stdout) : JSON.parse(stdout);
      expect(JSON.stringify(data)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    }
  });
});

describe("Markdown and written documents", () => {
  const ANSWER =
    "Fine.\n```\nswallowed?\n~~~\n<svg onload=alert(1)> [click](javascript:alert(1)) \x1b]0;pwned\x07 & | done";

  it("show text from a retro as written, never as markup, a fence or a control", async () => {
    writeRetro(join(dir, "retros"), {
      interviewer: "<img src=x onerror=alert(1)>",
      answers: {
        spot_difficulty_earlier: { text: ANSWER },
        questions_appropriate: { verdict: "no", text: ANSWER },
        candidate_strengths: { verdict: "yes" },
      },
    });
    writeText(
      join(dir, "retros"),
      "2026/2026-11-26-backend-ats-2-nt01.yaml",
      readFileSync(join(dir, "retros", "2026", "2026-11-27-backend-ats-1-k7f3.yaml"), "utf8")
        .replaceAll("2026-11-27", "2026-11-26")
        .replace("k7f3", "nt01")
        .replace("candidate: ats-1", "candidate: ats-2")
        .replace(
          "answers:\n",
          `answers:\n  next_time:\n    question: 'The "next" time?'\n    answer: "${JSON.stringify(ANSWER).slice(1, -1)}"\n`,
        ),
    );
    const written: string[] = [];
    for (const [args, file] of [
      [["export", "--format", "md"], "export.md"],
      [["report"], "report.md"],
      [["report", "--format", "html"], "report.html"],
      [["export", "--format", "csv"], "export.csv"],
    ] as const) {
      const { code } = await cli([...args, "--dir", "retros", "-o", file]);
      expect(code, file).toBe(0);
      written.push(readFileSync(join(dir, file), "utf8"));
    }
    for (const text of written) expect(text).not.toMatch(/[\x1b\x07]/);
    for (const markdown of written.slice(0, 2)) {
      expect(markdown).not.toMatch(/(?<!\\)<(svg|img)/);
      expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
      expect(markdown).not.toMatch(/^> (```|~~~)|^~~~/m);
      expect(markdown.match(/^```/gm)?.length ?? 0).toBe(
        2 * (markdown.match(/^```mermaid/gm)?.length ?? 0),
      );
    }
    expect(written[0]).toContain("\\<svg onload=alert(1)\\> \\[click\\](javascript:alert(1))");
    expect(written[2]).not.toContain("<svg onload");
    expect(written[2]).not.toContain("<img src=x");
  });
});
