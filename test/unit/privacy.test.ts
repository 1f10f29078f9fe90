import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { identifyingReference, scanText, wordListFrom } from "../../src/domain/privacy.js";

const words = wordListFrom(
  parse(readFileSync(new URL("../../templates/privacy/words.yaml", import.meta.url), "utf8")),
);
const reasons = (text: string) => scanText(text, words).map((finding) => finding.reason);

describe("candidate references that identify a person", () => {
  it.each([
    ["jane.doe@example.com", "email"],
    ["https://www.linkedin.com/in/jane-doe", "web address"],
    ["linkedin.com/in/janedoe", "web address"],
    ["+33 6 12 34 56 78", "phone number"],
    ["06 12 34 56 78", "phone number"],
    ["Jane Doe", "first and last name"],
    ["Jean-Pierre Dupont", "first and last name"],
    ["Élodie Lefèvre", "first and last name"],
  ])("flags %j (%s)", (value, reason) => {
    expect(identifyingReference(value)).toContain(reason);
  });

  it.each([
    "ats-48213",
    "JD-42",
    "cand 2026-117",
    "GH-1234",
    "AB12",
    "candidate 7",
    "REQ-2026-11-27-003",
    "12345",
  ])("lets the opaque %j pass", (value) => {
    expect(identifyingReference(value)).toBeUndefined();
  });
});

describe("personal data in answers", () => {
  it.each([
    ["Reach her at jane.doe@example.com", "an email address"],
    ["Her number is +44 20 7946 0958", "a phone number"],
    ["Son portable : 06 12 34 56 78", "a phone number"],
    ["See github.com/janedoe for the project", "a link to a personal profile"],
    ["He is 52 years old and it showed", "a word about age (a protected characteristic)"],
    ["Il a 52 ans", "a word about age (a protected characteristic)"],
    ["She mentioned she is pregnant", "a word about pregnancy (a protected characteristic)"],
    ["Elle est enceinte", "a word about pregnancy (a protected characteristic)"],
    ["ENCEINTE, donc pas de déplacement", "a word about pregnancy (a protected characteristic)"],
    ["He talked about his religion", "a word about religion (a protected characteristic)"],
    ["Il est musulman", "a word about religion (a protected characteristic)"],
    ["Sa nationalité a été évoquée", "a word about nationality (a protected characteristic)"],
    [
      "Her sexual orientation came up",
      "a word about sexual orientation (a protected characteristic)",
    ],
    ["Il est marié avec deux enfants", "a word about marital status (a protected characteristic)"],
    ["He is on sick leave for depression", "a word about health (a protected characteristic)"],
    ["Son handicap", "a word about health (a protected characteristic)"],
  ])("flags %j", (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it("says where each finding is, line and column", () => {
    expect(scanText("fine\nmail me: a@b.io", words)).toEqual([
      { line: 1, col: 9, reason: "an email address" },
    ]);
  });

  it.each([
    "We hit a race condition in the cache during the pairing exercise.",
    "The child process crashed and the parent never noticed.",
    "The disabled button state was handled well.",
    "A union type would have helped with the parser.",
    "The age of the codebase made the refactoring question unfair.",
    "They managed the page layout well; the accent colour was off.",
    "Latency dropped from 120 ms to 45 ms after adding an index on 2026-11-27.",
    "We ran 10,000 requests against 192.168.100.200 on port 8080, version 1.22.3.",
    "Ask about their last project at minute 5, not 45.",
    "Le candidat a bien expliqué la pagination et le cache.",
    "Il a géré les transactions et l'âge du cache (TTL) correctement.",
    "Email validation with a regex was discussed, no addresses given.",
    "GitHub Actions and GitLab CI were both mentioned as CI tools.",
  ])("does not cry wolf on %j", (text) => {
    expect(reasons(text)).toEqual([]);
  });

  it("stays linear on a megabyte of letters, digits or at-signs", () => {
    for (const text of [
      "x".repeat(1_000_000),
      "0".repeat(1_000_000),
      "@".repeat(1_000_000),
      "a@".repeat(500_000),
    ]) {
      expect(Array.isArray(scanText(text, words))).toBe(true);
    }
  });
});
