import { describe, expect, it } from "vitest";
import { safeMultiline, safeOneLine } from "../../src/ui/safe-text.js";

describe("showing text from files", () => {
  it("escapes terminal control sequences, bidirectional overrides and stray controls", () => {
    expect(safeMultiline("a\x1b[2Jb\x1b]0;x\x07c\u202ed\u0085e\x7ff\r")).toBe(
      "a\\e[2Jb\\e]0;x\\x07c\\u202ed\\x85e\\x7ff\\r",
    );
  });

  it("keeps line breaks and tabs in multi-line text, escapes them on one line", () => {
    expect(safeMultiline("one\n\ttwo")).toBe("one\n\ttwo");
    expect(safeOneLine("one\n\ttwo")).toBe("one\\n\\ttwo");
  });

  it("leaves ordinary text in any script alone", () => {
    const text = "Ça marche — 中文, العربية, emoji 🎉, quotes \"'` and \\ backslash";
    expect(safeOneLine(text)).toBe(text);
  });
});
