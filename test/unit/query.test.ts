import { describe, expect, it } from "vitest";
import { matchesQuery, type Query, requiredTerms } from "../../src/domain/query.js";
import { makeRetro } from "../helpers/fixtures.js";

const retro = makeRetro({
  date: "2026-03-15",
  role: "Backend",
  stage: "onsite",
  interviewer: "Alex Martin",
  tags: ["remote", "senior"],
});
const query = (extra: Partial<Query>): Query => ({ tags: [], verdicts: [], ...extra });

describe("filters", () => {
  it.each<[string, Partial<Query>, boolean]>([
    ["no filter", {}, true],
    ["since the day", { since: "2026-03-15" }, true],
    ["since the day after", { since: "2026-03-16" }, false],
    ["until the day", { until: "2026-03-15" }, true],
    ["until the day before", { until: "2026-03-14" }, false],
    ["role, ignoring case", { role: "backend" }, true],
    ["another role", { role: "back" }, false],
    ["stage", { stage: "ONSITE" }, true],
    ["part of the interviewer's name", { interviewer: "martin" }, true],
    ["another interviewer", { interviewer: "sam" }, false],
    ["candidate", { candidate: "ATS-1" }, true],
    ["another candidate", { candidate: "ats-10" }, false],
    ["template", { template: "default" }, true],
    ["all tags present", { tags: ["remote", "senior"] }, true],
    ["one tag missing", { tags: ["remote", "junior"] }, false],
    ["a verdict", { verdicts: [{ question: "candidate_strengths", verdict: "no" }] }, true],
    ["another verdict", { verdicts: [{ question: "candidate_strengths", verdict: "yes" }] }, false],
    [
      "a verdict of an unknown question",
      { verdicts: [{ question: "nope", verdict: "no" }] },
      false,
    ],
    [
      "everything at once (AND)",
      { role: "backend", since: "2026-01-01", tags: ["remote"], interviewer: "alex" },
      true,
    ],
    [
      "AND fails on one",
      { role: "backend", since: "2026-01-01", tags: ["remote"], interviewer: "sam" },
      false,
    ],
  ])("%s", (_, extra, expected) => {
    expect(matchesQuery(retro, query(extra))).toBe(expected);
  });

  it("prefilters only on values that the writer stores as they are", () => {
    expect(
      requiredTerms(
        query({ role: "backend", interviewer: "Léa", candidate: 'a"b', tags: ["remote"] }),
      ),
    ).toEqual(["backend", "remote"]);
  });
});
