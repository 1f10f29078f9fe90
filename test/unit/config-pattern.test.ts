import { describe, expect, it } from "vitest";
import { repeatsRepetition } from "../../src/domain/config.js";
import { testInTime } from "../../src/domain/timed-match.js";

describe("a candidate_pattern that could hang the tool", () => {
  it.each(["(a+)+$", "(a|aa)*b", "((\\w+)-)*x", "^(\\d+){2,}$", "(a*)*", "(?:x|y+)+"])(
    "%s repeats a repetition: refused",
    (pattern) => {
      expect(repeatsRepetition(pattern)).toBe(true);
    },
  );

  it.each([
    "^ats-\\d+$",
    "^(ats|ATS)-\\d{3,8}$",
    "([A-Z]+-)?\\d+",
    "[(a+)]+",
    "\\(a+\\)+",
    "^(?:ref|id)-[a-z0-9]+$",
  ])("%s is linear: kept", (pattern) => {
    expect(repeatsRepetition(pattern)).toBe(false);
  });
});

describe("a candidate_pattern is tested with a time limit", () => {
  it("answers as RegExp.test does when the pattern is sound", () => {
    expect(testInTime(/^ats-\d+$/u, "ats-42")).toBe(true);
    expect(testInTime(/^ats-\d+$/u, "ATS-42")).toBe(false);
  });

  it("stops a pattern that slips past that check and would backtrack for ever", () => {
    const pattern = /^(\w?\w?){20}b$/u;
    expect(repeatsRepetition(pattern.source)).toBe(false);
    expect(testInTime(pattern, "a".repeat(40))).toBe("too slow");
    // The next test starts afresh.
    expect(testInTime(pattern, "aab")).toBe(true);
  });
});
