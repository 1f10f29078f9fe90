import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { loadTemplate } from "../../src/io/templates.js";
import { tempDir } from "../helpers/world.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function templatesFolder(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("templates", () => {
  it("ships the article's three questions, word for word, with their kinds", async () => {
    const template = await loadTemplate("default");
    expect(template.id).toBe("default");
    expect(template.version).toBe(1);
    expect(template.questions.map((q) => [q.id, q.text, q.kind])).toEqual([
      ["spot_difficulty_earlier", "How could we spot signs of difficulty earlier?", "text"],
      ["questions_appropriate", "Were the questions asked really appropriate?", "verdict"],
      [
        "candidate_strengths",
        "Did the candidate have enough opportunities to show their strengths?",
        "verdict",
      ],
    ]);
  });

  it.each(["default", "difficult", "exchange"])(
    "ships %s in French with the same questions: ids, kinds, options, version",
    async (id) => {
      const english = await loadTemplate(id);
      const french = await loadTemplate(id, undefined, "fr");
      expect(french.lang).toBe("fr");
      expect(english.lang).toBeUndefined();
      expect(french.version).toBe(english.version);
      // Everything but the words: an option by its id, a text by whether it is there.
      const shape = (template: typeof english) =>
        template.questions.map((question) =>
          Object.fromEntries(
            Object.entries(question).map(([key, value]) => [
              key,
              key === "options"
                ? (value as { id: string }[]).map((option) => option.id)
                : typeof value === "string" && key !== "id" && key !== "kind"
                  ? "text"
                  : value,
            ]),
          ),
        );
      expect(shape(french)).toEqual(shape(english));
      for (const [index, question] of french.questions.entries())
        expect(question.text).not.toBe(english.questions[index]?.text);
    },
  );

  it("reports a broken template with its path, line, column and reason", async () => {
    const dir = templatesFolder({
      "broken.yaml":
        "id: broken\nversion: 1\nquestions:\n  - id: q1\n    text: Why?\n    kind: essay\n",
    });
    const error = await loadTemplate("broken", [dir]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `${join(dir, "broken.yaml")}:6:5: kind must be one of: text, verdict, scale, checklist`,
    );
  });

  it("reports YAML syntax errors with a position", async () => {
    const dir = templatesFolder({ "bad.yaml": "id: bad\nquestions: [\n" });
    await expect(loadTemplate("bad", [dir])).rejects.toThrow(
      new RegExp(`^${join(dir, "bad.yaml")}:\\d+:\\d+: `),
    );
  });

  it("lists every problem, including duplicate ids and unknown keys", async () => {
    const dir = templatesFolder({
      "dup.yaml":
        "id: dup\nversion: 1\ncolour: red\nquestions:\n  - {id: a, text: A?, kind: text}\n  - {id: a, text: B?, kind: text}\n",
    });
    const message = await loadTemplate("dup", [dir]).catch((e: Error) => e.message);
    expect(message).toContain(':3:1: unknown key "colour"');
    expect(message).toContain(':6:6: duplicate question id "a"');
  });

  it("requires the id to match the file name", async () => {
    const dir = templatesFolder({
      "one.yaml": "id: two\nversion: 1\nquestions: [{id: a, text: A?, kind: text}]\n",
    });
    await expect(loadTemplate("one", [dir])).rejects.toThrow(
      ':1:1: id "two" must match the file name "one.yaml"',
    );
  });

  it("names an unknown template", async () => {
    await expect(loadTemplate("nope")).rejects.toThrow('unknown template "nope"');
    await expect(loadTemplate("../etc/passwd")).rejects.toThrow("unknown template");
  });
});
