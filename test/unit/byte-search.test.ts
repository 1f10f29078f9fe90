import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/domain/search.js";
import { slotFilter } from "../../src/io/byte-search.js";

/** Lays files out as the batch reader does: one buffer, a newline after each. */
function batchOf(texts: string[]) {
  const parts: Buffer[] = [];
  const slots = [];
  let at = 0;
  for (const [index, text] of texts.entries()) {
    const bytes = Buffer.from(text, "utf8");
    slots.push({ path: String(index), start: at, end: at + bytes.length });
    parts.push(bytes, Buffer.from("\n"));
    at += bytes.length + 1;
  }
  return { batch: Buffer.concat(parts), used: at, slots };
}

describe("finding terms in raw bytes", () => {
  it("keeps exactly the files that hold the term, ignoring ASCII case (property)", () => {
    // `@` and a backquote, `[` and `{` differ by the bit that case flips for letters.
    const alphabet = fc.constantFrom(..."abcABC xyz-é\t@`[{".split(""));
    const text = fc.string({ unit: alphabet, maxLength: 60 });
    const term = fc.string({
      unit: fc.constantFrom(..."abcABC x-@`[{".split("")),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), term, (texts, needle) => {
        fc.pre(!needle.includes("\n"));
        const { batch, used, slots } = batchOf(texts);
        const kept = slotFilter({ text: needle, ignoreCase: true })(batch, used, slots).map((s) =>
          Number(s.path),
        );
        const expected = texts.flatMap((t, i) =>
          new RegExp(escapeRegExp(needle), "i").test(t) ? [i] : [],
        );
        expect(kept).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps exactly the files that hold the term, matching case, in any script (property)", () => {
    const alphabet = fc.constantFrom(...[..."abAB é😀-"]);
    const text = fc.string({ unit: alphabet, maxLength: 40 });
    const term = fc.string({ unit: alphabet, minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), term, (texts, needle) => {
        const { batch, used, slots } = batchOf(texts);
        const kept = slotFilter({ text: needle, ignoreCase: false })(batch, used, slots).map((s) =>
          Number(s.path),
        );
        expect(kept).toEqual(texts.flatMap((t, i) => (t.includes(needle) ? [i] : [])));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches case exactly, in any script, when asked to", () => {
    const { batch, used, slots } = batchOf(["Élan vital", "élan", "ÉLAN", "nothing"]);
    expect(
      slotFilter({ text: "élan", ignoreCase: false })(batch, used, slots).map((s) => s.path),
    ).toEqual(["1"]);
  });

  it("never matches across two files", () => {
    const { batch, used, slots } = batchOf(["ends with ter", "raform starts", "terraform"]);
    expect(
      slotFilter({ text: "terraform", ignoreCase: true })(batch, used, slots).map((s) => s.path),
    ).toEqual(["2"]);
    expect(
      slotFilter({ text: "terraform", ignoreCase: false })(batch, used, slots).map((s) => s.path),
    ).toEqual(["2"]);
  });
});
