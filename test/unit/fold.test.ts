import { describe, expect, it } from "vitest";
import {
  accentedForms,
  accentlessOrigins,
  decomposable,
  precomposed,
  stripAccents,
} from "../../src/domain/fold.js";

describe("accents", () => {
  it("knows every character that is an ASCII one with accents, in all of Unicode", () => {
    const expected = new Map<string, string[]>();
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      const base = stripAccents(char);
      if (base !== char && /^[\x00-\x7f]$/.test(base))
        expected.set(base, [...(expected.get(base) ?? []), char]);
    }
    for (let code = 0; code < 0x80; code++) {
      const ascii = String.fromCharCode(code);
      expect(accentedForms(ascii)).toEqual(expected.get(ascii) ?? []);
    }
    expect(accentedForms("e")).toContain("é");
    expect(accentedForms("=")).toEqual([]);
    // Not accents: the Kelvin sign is a K of its own, the Greek question mark not a semicolon, ≠ not =.
    expect(accentedForms("K")).not.toContain("\u212a");
    expect(stripAccents("\u212a \u037e \u0915\u093c")).toBe("\u212a \u037e \u0915\u093c");
  });

  it("maps the text without accents back to the characters as written", () => {
    const text = "Re\u0301ne\u0301 a dit « brûlée »";
    const bare = stripAccents(text);
    const origins = accentlessOrigins(text);
    expect(origins).toHaveLength(bare.length);
    expect(bare).toBe("Rene a dit « brulee »");
    const at = bare.indexOf("brulee");
    const [start] = origins[at] as [number, number];
    const [, end] = origins[at + 5] as [number, number];
    expect(text.slice(start, end)).toBe("brûlée");
    // A trailing combining accent belongs to the letter before it.
    const [, nameEnd] = origins[3] as [number, number];
    expect(text.slice(0, nameEnd)).toBe("Re\u0301ne\u0301");
  });
});

describe("precomposed and decomposed letters", () => {
  it("are made precomposed, and ASCII text is left as it is", () => {
    expect(precomposed("Le\u0301a")).toBe("L\u00e9a");
    expect(precomposed("L\u00e9a")).toBe("L\u00e9a");
    expect(precomposed("backend")).toBe("backend");
  });

  it("are told apart from letters that have only one way to be written", () => {
    expect(["\u00e9", "L\u00e9a", "\u00c5"].map(decomposable)).toEqual([true, true, true]);
    expect(["e", "backend", "\u03a9", "\u00df", "e\u0301"].map(decomposable)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
