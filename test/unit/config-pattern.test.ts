import { describe, expect, it } from "vitest";
import { repeatsRepetition } from "../../src/domain/config.js";

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
