import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { readCanonicalYaml } from "../../src/io/canonical-yaml.js";
import { makeRetro } from "../helpers/fixtures.js";
import { TRICKY } from "../helpers/tricky-text.js";

/**
 * The fast reader may decline a file, but whatever it reads must equal what
 * the yaml library reads, whether its values are copies or views of the text.
 */
function expectAgreement(text: string) {
  const fast = readCanonicalYaml(text);
  expect(readCanonicalYaml(text, { transient: true })).toEqual(fast);
  if (fast !== undefined) expect(fast).toEqual(parse(text));
  return fast;
}

const retroText = (
  answer: string,
  context: { candidate?: string; interviewer?: string; tags?: string[] } = {},
) =>
  retroToYaml(
    makeRetro({
      ...context,
      answers: {
        spot_difficulty_earlier: { text: answer },
        questions_appropriate: { verdict: "no", text: answer },
        candidate_strengths: { verdict: "yes" },
      },
    }),
  );

describe("the fast reader of the canonical layout", () => {
  it("reads an ordinary retro exactly as the yaml library does", () => {
    const text = retroText("The SQL warm-up showed it at minute 5.\n\nNext time: ask sooner.", {
      tags: ["remote", "senior"],
    });
    expect(expectAgreement(text)).toBeDefined();
  });

  /**
   * The tricky texts it leaves to the yaml library: a document marker, and
   * escapes that JSON lacks (ESC, NUL, a BOM). Any other declines would make
   * search and list slower; a wrong read would change what they show.
   */
  const DECLINED = new Set([
    "---",
    "--- a",
    "escape \x1b[2J\x1b]0;title\x07",
    "nul \0 byte",
    "bom \ufeff",
  ]);

  it.each(TRICKY.map((t) => [JSON.stringify(t).slice(0, 50), t]))(
    "reads %s as yaml does, or leaves it to yaml when it must",
    (_, answer) => {
      const text = retroText(answer);
      // A blank answer is no answer: it is not stored.
      const stored = answer.trim() === "" ? undefined : answer;
      expect(parse(text).answers.spot_difficulty_earlier.answer).toBe(stored);
      const fast = readCanonicalYaml(text);
      if (DECLINED.has(answer)) expect(fast).toBeUndefined();
      else expect(fast).toEqual(parse(text));
    },
  );

  it("agrees with yaml on any text in any field (property)", () => {
    const text = fc.string({ unit: "binary", maxLength: 200 });
    const word = fc.string({ unit: "binary", minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(
        text,
        word,
        word,
        fc.array(word, { maxLength: 3 }),
        (answer, candidate, interviewer, tags) => {
          expectAgreement(retroText(answer, { candidate, interviewer, tags }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("tells keys apart that share a length or a start, over many files (property)", () => {
    // Keys read before are kept and recognised by their text: "ab" must not be taken for "abc" or "ba".
    const key = fc.stringMatching(/^[ab_][ab0-9_]{0,3}$/);
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 30 }), (keys) => {
        const text = keys.map((name, index) => `${name}: ${index}\n`).join("");
        expect(readCanonicalYaml(text)).toEqual(parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with yaml on text made of YAML's own punctuation (property)", () => {
    const unit = fc.constantFrom(..." \n\ta#:-|>\"'{}[],&*!%@`?~\\".split(""));
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit, minLength: 1, maxLength: 8 }),
        (answer, candidate) => {
          expectAgreement(retroText(answer, { candidate }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("leaves out the omitted keys and reads everything else the same (property)", () => {
    const withoutAnswers = (value: unknown): unknown =>
      Array.isArray(value) || typeof value !== "object" || value === null
        ? value
        : Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== "answer")
              .map(([key, inner]) => [key, withoutAnswers(inner)]),
          );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (answer) => {
        const text = retroText(answer);
        const full = readCanonicalYaml(text);
        if (full === undefined) return;
        expect(readCanonicalYaml(text, { omit: new Set(["answer"]) })).toEqual(
          withoutAnswers(full),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["leading blank lines", "a: |\n\n  \n  x\n  y\nb: 1\n"],
    ["trailing blank lines, kept", "a: |+\n  x\n\n   \nb: 1\n"],
    ["trailing blank lines, stripped", "a: |-\n  x\n\n\n"],
    ["a blank line deeper than the text", "a: |\n  x\n      \n  y\n"],
    ["an indentation indicator", "a: |4\n      x\n    y\n"],
    ["only blank lines, kept", "a: |+\n\n  \nb: 1\n"],
    ["only blank lines", "a: |\n\n\nb: 1\n"],
  ])("agrees with yaml on a hand-written literal block: %s", (_, text) => {
    expect(expectAgreement(text)).toBeDefined();
  });

  it("skips an omitted block up to the next key at its own indentation", () => {
    const text = 'a:\n  answer: |-\n    one\n\n      two\n  verdict: "no"\nb: 1\n';
    expect(readCanonicalYaml(text, { omit: new Set(["answer"]) })).toEqual({
      a: { verdict: "no" },
      b: 1,
    });
  });

  it("reads most realistic text itself rather than falling back", () => {
    const sentence = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'()-]{0,80}[a-z.]$/);
    const answer = fc
      .array(sentence, { minLength: 1, maxLength: 4 })
      .map((lines) => lines.join("\n"));
    let read = 0;
    fc.assert(
      fc.property(answer, (text) => {
        if (expectAgreement(retroText(text)) !== undefined) read++;
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(270);
  });

  it("reads a commented config file as yaml does", () => {
    const text = [
      "# Team settings",
      "",
      "dir: retros   ",
      "  # indented comment",
      "roles: [backend, frontend]",
      "git:",
      "  # commit each retro",
      "  commit: true",
      "  push: false",
      "retention_days: 180",
      "",
    ].join("\n");
    // Trailing spaces after a plain value are not for the fast reader.
    expect(readCanonicalYaml(text)).toBeUndefined();
    const clean = text.replace("retros   ", "retros");
    expect(expectAgreement(clean)).toEqual({
      dir: "retros",
      roles: ["backend", "frontend"],
      git: { commit: true, push: false },
      retention_days: 180,
    });
  });

  it.each([
    ["a trailing comment", "schema: 1 # one\n"],
    ["a comment between a key and its children", "git:\n# x\n  commit: true\n"],
    ["a capitalised boolean", "commit: True\n"],
    ["an anchor", "schema: &a 1\n"],
    ["a tag", "id: !!str x\n"],
    ["a folded block", "id: >\n  x\n"],
    ["a multi-line plain scalar", "id: a\n  b\n"],
    ["a duplicate key", "id: a\nid: b\n"],
    ["a tab indent", "answers:\n\tid: a\n"],
    ["CRLF line ends", "id: a\r\n"],
    ["no final newline", "id: a"],
    ["a document marker", "---\nid: a\n"],
    ["a number that is not an integer", "id: 1.5\n"],
    ["a block whose first line is deeper than the next", "a: |\n    x\n  y\n"],
    ["a __proto__ key", "a:\n  __proto__: x\n"],
    ["a null", "id: ~\n"],
  ])("declines %s", (_, text) => {
    expect(readCanonicalYaml(text)).toBeUndefined();
  });
});
