import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { precomposed } from "../../src/domain/fold.js";
import { caseForms, compileMatcher, escapeRegExp, rawTermsFor } from "../../src/domain/search.js";
import { foldedSearch, type RawTerm, slotFilter } from "../../src/io/byte-search.js";

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
  return { bytes: Buffer.concat(parts), used: at, slots };
}

/** The indexes of the texts that each term's filter keeps, read into its batch buffer. */
function keptBy(terms: RawTerm[], texts: string[]): number[][] {
  const { bytes, used, slots } = batchOf(texts);
  return terms.map((term) => slotFilter(term)(bytes, used, slots).map((slot) => Number(slot.path)));
}

/** The indexes of the texts that hold the term. */
const keptOne = (term: RawTerm, texts: string[]) => keptBy([term], texts)[0] ?? [];

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
        const kept = keptOne({ text: needle, ignoreCase: true }, texts);
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
        const kept = keptOne({ text: needle, ignoreCase: false }, texts);
        expect(kept).toEqual(texts.flatMap((t, i) => (t.includes(needle) ? [i] : [])));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the files an accented literal matches, its letters precomposed or decomposed, and only files that hold it (property)", () => {
    const alphabet = fc.constantFrom("a", "e", "E", "é", "É", "\u0301", "\u0327", "ç", " ");
    const text = fc.string({ unit: alphabet, maxLength: 30 });
    const term = fc.string({ unit: alphabet, minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), term, fc.boolean(), (texts, typed, cased) => {
        const spec = { pattern: typed, regex: false, caseSensitive: cased, exactAccents: true };
        const [raw] = rawTermsFor(spec);
        fc.pre(raw !== undefined);
        const matcher = compileMatcher(spec);
        const kept = keptOne(raw as RawTerm, texts);
        // The raw bytes cannot tell "cafe" from "cafe" and a combining accent
        // (café): such a file is kept, and the parsed search leaves it out.
        // Holds it: from some place on, each of its letters, written either way.
        const cases = (t: string) => (cased ? t : t.toLowerCase());
        const holdsAt = (t: string, at: number, letters: string[]): boolean => {
          const [letter, ...rest] = letters;
          if (letter === undefined) return true;
          return [letter, letter.normalize("NFD")].some(
            (form) =>
              cases(t.slice(at, at + form.length)) === cases(form) &&
              holdsAt(t, at + form.length, rest),
          );
        };
        const letters = [...precomposed(typed)];
        const holds = (t: string) =>
          [...Array(t.length).keys()].some((at) => holdsAt(t, at, letters));
        for (const [i, t] of texts.entries()) {
          if (matcher.mayMatch(t)) expect(kept).toContain(i);
          if (kept.includes(i)) expect(holds(t)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a precomposed letter written decomposed, and the reverse, wherever it falls", () => {
    const texts = ["cafe\u0301", "CAFÉ", "cafe", "Le\u0301a", "Léa"];
    expect(keptOne({ text: "café", ignoreCase: true }, texts)).toEqual([0, 1]);
    expect(keptOne({ text: "café", ignoreCase: false }, texts)).toEqual([0]);
    expect(keptOne({ text: "Léa", ignoreCase: false }, texts)).toEqual([3, 4]);
  });

  it("matches case exactly, in any script, when asked to", () => {
    const texts = ["Élan vital", "élan", "ÉLAN", "nothing"];
    expect(keptOne({ text: "élan", ignoreCase: false }, texts)).toEqual([1]);
  });

  it("never matches across two files", () => {
    const texts = ["ends with ter", "raform starts", "terraform"];
    expect(keptOne({ text: "terraform", ignoreCase: true }, texts)).toEqual([2]);
    expect(keptOne({ text: "terraform", ignoreCase: false }, texts)).toEqual([2]);
  });

  it("finds each of several terms in one batch", () => {
    const texts = ["Kafka and Terraform", "terraform only", "KAFKA only", "Queue"];
    const terms = [
      { text: "kafka", ignoreCase: true },
      { text: "TERRAFORM", ignoreCase: true },
      { text: "Queue", ignoreCase: false },
      { text: "only", ignoreCase: true },
    ];
    expect(keptBy(terms, texts)).toEqual([[0, 2], [0, 1], [3], [1, 2]]);
  });
});

/** Where `needle` first occurs in `text` from `from`, ignoring ASCII case; -1 if nowhere. */
function firstMatch(text: Buffer, needle: string, from: number): number {
  const pattern = new RegExp(escapeRegExp(needle), "gi");
  pattern.lastIndex = from;
  // Read as latin1, each byte is one character: positions are byte offsets.
  return pattern.exec(text.toString("latin1"))?.index ?? -1;
}

/** Finds the term in the loaded bytes; one search is reused over several loads, as over batches. */
function searcher(term: string) {
  const find = foldedSearch(term);
  let loaded: Uint8Array = new Uint8Array(0);
  return {
    load: (bytes: Uint8Array) => {
      loaded = bytes;
    },
    find: (from: number, end: number) => find(loaded, from, end),
  };
}

describe("finding ASCII text ignoring case", () => {
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
          // The bytes after `end` hold the term: it must not be found across the end.
          const loads = texts.map((text) => Buffer.from(text + term, "utf8"));
          const search = searcher(term);
          // One search goes over several texts in turn, as over batches: what a
          // longer text left in the buffer must not be found in a shorter one.
          texts.forEach((text, index) => {
            const loaded = loads[index] as Buffer;
            const end = Buffer.byteLength(text);
            const from = end === 0 ? 0 : seed % end;
            search.load(loaded);
            expect(search.find(from, end)).toBe(firstMatch(loaded.subarray(0, end), term, from));
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds a match at the very end of a large buffer", () => {
    const text = Buffer.from(`${"x".repeat(200_000)}TerraForm`);
    const search = searcher("terraform");
    search.load(text);
    expect(search.find(0, text.length)).toBe(200_000);
    expect(search.find(200_001, text.length)).toBe(-1);
  });

  it("finds a long term", () => {
    const term = "ab".repeat(40_000);
    const text = Buffer.from(`x${term.toUpperCase()}y`);
    const found = searcher(term);
    found.load(text);
    expect(found.find(0, text.length)).toBe(1);
    const notFound = searcher(`${term}z`);
    notFound.load(text);
    expect(notFound.find(0, text.length)).toBe(-1);
  });
});

describe("a character's forms ignoring case", () => {
  /** The rule as ECMAScript writes it (Canonicalize, without the `u` flag), applied to every character. */
  function byTheRule(char: string): string[] {
    const canonical = (c: string) => {
      const upper = c.toUpperCase();
      if (upper.length !== 1) return c;
      return c.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80 ? c : upper;
    };
    const forms: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const other = String.fromCharCode(code);
      if (canonical(other) === canonical(char)) forms.push(other);
    }
    return forms;
  }

  it("are the ones the pattern's `i` flag takes for it, as the rule says (property)", () => {
    for (const char of ["é", "É", "ß", "σ", "ς", "µ", "İ", "ı", "\u212a", "ſ", "ǅ"])
      expect(caseForms(char)).toEqual(byTheRule(char));
    const nonAscii = fc
      .integer({ min: 0x80, max: 0xffff })
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(nonAscii, (char) => {
        expect(caseForms(char)).toEqual(byTheRule(char));
      }),
      { numRuns: 60 },
    );
  });

  it("of an ASCII letter are its two cases only (no Kelvin sign, no long s)", () => {
    expect(caseForms("k")).toEqual(["k", "K"]);
    expect(caseForms("s")).toEqual(["s", "S"]);
    expect(caseForms("-")).toEqual(["-"]);
  });
});
