import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/domain/search.js";
import { scalarFoldedSearch, slotFilter } from "../../src/io/byte-search.js";
import { type FoldedSearch, simdFoldedSearch } from "../../src/io/simd-search.js";

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

/** Where `needle` first occurs in `text` from `from`, ignoring ASCII case; -1 if nowhere. */
function firstMatch(text: Buffer, needle: string, from: number): number {
  const pattern = new RegExp(escapeRegExp(needle), "gi");
  pattern.lastIndex = from;
  // Read as latin1, each byte is one character: positions are byte offsets.
  return pattern.exec(text.toString("latin1"))?.index ?? -1;
}

describe.each([
  ["WebAssembly SIMD", (text: string) => simdFoldedSearch(text) as FoldedSearch],
  ["JavaScript", scalarFoldedSearch],
])("finding ASCII text ignoring case, by %s", (_, search) => {
  const bytes = fc.string({ unit: fc.constantFrom(..."abAB xé@`[{".split("")), maxLength: 90 });
  const needle = fc.string({
    unit: fc.constantFrom(..."abAB x@`[{".split("")),
    minLength: 1,
    maxLength: 20,
  });

  it("finds the first match from any position, and none past the end (property)", () => {
    fc.assert(
      fc.property(
        fc.array(bytes, { minLength: 1, maxLength: 4 }),
        needle,
        fc.nat(),
        (texts, term, seed) => {
          const find = search(term);
          // One search goes over several texts in turn, as over batches: what a
          // longer text left in memory must not be found in a shorter one.
          for (const text of texts) {
            // The bytes after `end` hold the term: it must not be found across the end.
            const loaded = Buffer.from(text + term, "utf8");
            const end = Buffer.byteLength(text);
            const from = end === 0 ? 0 : seed % end;
            const expected = firstMatch(loaded.subarray(0, end), term, from);
            expect(find(loaded, end)(from)).toBe(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds a match at the very end of a text longer than its memory at first", () => {
    const text = Buffer.from(`${"x".repeat(200_000)}TerraForm`);
    const find = search("terraform")(text, text.length);
    expect(find(0)).toBe(200_000);
    expect(find(200_001)).toBe(-1);
  });

  it("finds a term longer than the module's first memory", () => {
    const term = "ab".repeat(40_000);
    const text = Buffer.from(`x${term.toUpperCase()}y`);
    expect(search(term)(text, text.length)(0)).toBe(1);
    expect(search(`${term}z`)(text, text.length)(0)).toBe(-1);
  });
});

it("this machine runs the WebAssembly SIMD search (so the tests above test it)", () => {
  expect(simdFoldedSearch("terraform")).toBeDefined();
});
