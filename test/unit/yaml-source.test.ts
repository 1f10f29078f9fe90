import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { parseYamlSource } from "../../src/io/yaml-source.js";

/** The problems the yaml library finds with its own duplicate-key check, as parseYamlSource reports them. */
function libraryProblems(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return doc.errors
    .map((error) => ({ offset: error.pos[0], message: error.message.split("\n")[0] }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message }) => ({ ...lineCounter.linePos(offset), message }));
}

const ours = (text: string) =>
  parseYamlSource("f.yaml", text).problems.map(({ line, col, message }) => ({
    line,
    col,
    message,
  }));

/** Keys that collide in the library's eyes or only seem to: 1 and "1", null and "", .nan. */
const key = fc.constantFrom("a", "b", "1", '"1"', "'a'", "null", "~", '""', ".nan", "true", "x y");

const flowMap = fc
  .array(fc.tuple(key, fc.constantFrom("1", "x", "[1, 2]")), { maxLength: 5 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);

const blockMap = fc
  .array(fc.tuple(key, fc.oneof(fc.constantFrom("1", "text", "[a, a]"), flowMap)), {
    maxLength: 6,
  })
  .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join("\n"));

describe("parseYamlSource's duplicate keys", () => {
  it("are the yaml library's own, at the same places, in one pass", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.oneof(blockMap, flowMap)), { maxLength: 5 }),
        (pairs) => {
          const text = `${pairs
            .map(([k, v]) =>
              v.includes("\n") || !v.startsWith("{")
                ? `${k}:\n${v.replace(/^/gm, "  ")}`
                : `${k}: ${v}`,
            )
            .join("\n")}\n`;
          expect(ours(text)).toEqual(libraryProblems(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("name the one repeated key among 100,000", () => {
    const text = `${Array.from({ length: 100_000 }, (_, i) => `k${i}: x`).join("\n")}\nk5: again\n`;
    expect(ours(text)).toEqual([{ line: 100_001, col: 1, message: "Map keys must be unique" }]);
  });
});
