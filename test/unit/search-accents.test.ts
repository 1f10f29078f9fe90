import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accentlessOrigins, stripAccents } from "../../src/domain/fold.js";
import { compileMatcher, escapeRegExp } from "../../src/domain/search.js";

/**
 * A literal search ignores accents by finding the pattern in the line with
 * its accents stripped, and showing each match where it is in the line as
 * written. That is the rule, written here the plain way, which the search
 * itself does not take for ASCII patterns (it compiles one regular
 * expression that accepts the accented forms).
 */
function strippedRanges(pattern: string, line: string, caseSensitive: boolean) {
  const regex = new RegExp(escapeRegExp(pattern), caseSensitive ? "g" : "gi");
  const bare = stripAccents(line);
  const origins = accentlessOrigins(line);
  return [...bare.matchAll(regex)].map((match): [number, number] => [
    (origins[match.index] as [number, number])[0],
    (origins[match.index + match[0].length - 1] as [number, number])[1],
  ]);
}

/** Letters with accents precomposed or combining, in both cases, and the look-alikes that are not accents. */
const TEXT_UNITS = [
  ..."aeiksjnx AEIKSJNX-]^\\.",
  ..."éÉèëêñÑçÇåÅǰĵĴİıſẛṠßøæ",
  "\u212b", // the ångström sign: A with a ring
  "\u212a", // the Kelvin sign: not a K with an accent
  "\u0301",
  "\u0308",
  "\u0327",
  "\u0338", // an overlay, not an accent
  "\u{1f600}",
];

describe("a literal search that ignores accents", () => {
  it("finds what the literal finds in the text stripped of accents, at the same places (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 24 }),
        fc.string({
          unit: fc.constantFrom(..."aeiksjnx AEIKSJNX-]^\\."),
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (line, pattern, caseSensitive) => {
          const matcher = compileMatcher({
            pattern,
            regex: false,
            caseSensitive,
            exactAccents: false,
          });
          const expected = strippedRanges(pattern, line, caseSensitive);
          expect(matcher.ranges(line)).toEqual(expected);
          if (expected.length > 0) expect(matcher.mayMatch(`first line\n${line}`)).toBe(true);
        },
      ),
      {
        numRuns: 5000,
        examples: [
          ["Le\u0301a", "lea", false],
          ["\u0130stanbul", "is", false],
          ["ǰ", "J", false],
          ["ǰ", "J", true],
          ["\u212bngstr\u00f6m", "angstrom", false],
          ["\u212aelvin", "k", false],
          ["n\u0301\u0338", "n", false],
        ],
      },
    );
  });

  it("is as long as a person would type and longer, up to any length", () => {
    const long = "x".repeat(20_000);
    const matcher = compileMatcher({
      pattern: long,
      regex: false,
      caseSensitive: false,
      exactAccents: false,
    });
    expect(matcher.ranges(`a${long}`)).toEqual([[1, 20_001]]);
  });
});

describe("a literal search whose accents count", () => {
  const matcher = (pattern: string, caseSensitive = false) =>
    compileMatcher({ pattern, regex: false, caseSensitive, exactAccents: false });
  const line = "Asked Le\u0301a, then L\u00e9a, then Lea.";

  it("finds its accented letters written precomposed or decomposed, typed either way", () => {
    for (const typed of ["l\u00e9a", "le\u0301a", "L\u00c9A"])
      expect(matcher(typed).ranges(line)).toEqual([
        [6, 10],
        [17, 20],
      ]);
  });

  it("still tells an accent from none, and with --case-sensitive, case", () => {
    expect(matcher("l\u00e9a", true).ranges(line)).toEqual([]);
    expect(matcher("L\u00e9a", true).ranges(line)).toEqual([
      [6, 10],
      [17, 20],
    ]);
    expect(matcher("l\u00e9a").ranges("Lea")).toEqual([]);
  });

  it("with --exact-accents, does not take a letter that a combining accent follows as itself", () => {
    const exact = (pattern: string) =>
      compileMatcher({ pattern, regex: false, caseSensitive: false, exactAccents: true });
    const cafes = "cafe\u0301, caf\u00e9, cafe, cafe\u0301s";
    expect(exact("cafe").ranges(cafes)).toEqual([[13, 17]]);
    expect(exact("caf\u00e9").ranges(cafes)).toEqual([
      [0, 5],
      [7, 11],
      [19, 24],
    ]);
    expect(exact("caf").ranges(cafes)).toHaveLength(4);
    expect(exact("cafe").mayMatch("cafe\u0301")).toBe(false);
    // A letter under a second accent is another letter again.
    expect(exact("caf\u00e9").ranges("cafe\u0301\u0300")).toEqual([]);
  });
});

describe("a regular expression that matches an empty text", () => {
  const UNITS = [..."ab x-", "é", "e\u0301", "\u{1f600}"];

  it("finds a line as grep -E does, even where its only match is empty (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("^", "$", "\\b", "\\B", "(?=x)", "x|", "a*", "^$", "é?"),
        fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 }),
        fc.boolean(),
        (pattern, line, exactAccents) => {
          const matcher = compileMatcher({
            pattern,
            regex: true,
            caseSensitive: false,
            exactAccents,
          });
          // grep's rule on the line as the matcher reads it: accents stripped unless they count.
          const read = exactAccents || /[^\x00-\x7f]/.test(pattern) ? line : stripAccents(line);
          const found = matcher.ranges(line).length > 0;
          expect(found).toBe(new RegExp(pattern, "iu").test(read));
          for (const [start, end] of matcher.ranges(line)) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(line.length);
            expect(end).toBeGreaterThanOrEqual(start);
          }
        },
      ),
    );
  });

  it("gives such a line one empty range, and no empty range beside real ones", () => {
    const ranges = (pattern: string, line: string) =>
      compileMatcher({ pattern, regex: true, caseSensitive: false, exactAccents: false }).ranges(
        line,
      );
    expect(ranges("^", "Léa asked")).toEqual([[0, 0]]);
    expect(ranges("$", "Léa asked")).toEqual([[9, 9]]);
    expect(ranges("$", "Le\u0301a")).toEqual([[4, 4]]);
    expect(ranges("a*", "a bad day")).toEqual([
      [0, 1],
      [3, 4],
      [7, 8],
    ]);
    expect(ranges("(?=x)", "no such letter")).toEqual([]);
  });
});
