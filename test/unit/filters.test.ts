import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { addFilterOptions } from "../../src/cli/filters.js";
import { buildQuery, FILTERS, matchesQuery, requiredTerms } from "../../src/domain/filters.js";
import { makeRetro } from "../helpers/fixtures.js";

const retro = makeRetro({
  date: "2026-03-15",
  role: "Backend",
  stage: "onsite",
  interviewer: "Alex Martin",
  tags: ["remote", "senior"],
});
const today = new Date(2026, 10, 27);
const query = (values: Record<string, string | string[]>) => {
  const { query, problems } = buildQuery(values, today);
  expect(problems).toEqual([]);
  return query;
};

describe("filters", () => {
  it.each<[string, Record<string, string | string[]>, boolean]>([
    ["no filter", {}, true],
    ["since the day", { since: "2026-03-15" }, true],
    ["since the day after", { since: "2026-03-16" }, false],
    ["until the day", { until: "2026-03-15" }, true],
    ["until the day before", { until: "2026-03-14" }, false],
    ["role, ignoring case", { role: "backend" }, true],
    ["another role", { role: "back" }, false],
    ["an empty role is no filter", { role: "  " }, true],
    ["stage", { stage: "ONSITE" }, true],
    ["part of the interviewer's name", { interviewer: "martin" }, true],
    ["another interviewer", { interviewer: "sam" }, false],
    ["an interviewer's name without its accents", { interviewer: "MARTIN" }, true],
    ["candidate", { candidate: "ATS-1" }, true],
    ["another candidate", { candidate: "ats-10" }, false],
    ["template", { template: "default" }, true],
    ["all tags present", { tag: ["remote", "senior"] }, true],
    ["one tag missing", { tag: ["remote", "junior"] }, false],
    ["a verdict", { verdict: ["candidate_strengths=no"] }, true],
    ["another verdict", { verdict: ["candidate_strengths=yes"] }, false],
    ["a verdict of an unknown question", { verdict: ["nope=no"] }, false],
    [
      "everything at once (AND)",
      { role: "backend", since: "2026-01-01", tag: ["remote"], interviewer: "alex" },
      true,
    ],
    [
      "AND fails on one",
      { role: "backend", since: "2026-01-01", tag: ["remote"], interviewer: "sam" },
      false,
    ],
  ])("%s", (_, values, expected) => {
    expect(matchesQuery(retro, query(values))).toBe(expected);
  });

  it("reports every wrong value at once, and a range that nothing can match", () => {
    const { problems } = buildQuery(
      { since: "soon", verdict: ["strengths"], role: "backend" },
      today,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("--since takes");
    expect(problems[1]).toContain("--verdict takes <question-id>=<yes|partly|no>");
    expect(buildQuery({ since: "2026-05-01", until: "2026-04-01" }, today).problems).toEqual([
      "--since (2026-05-01) is after --until (2026-04-01): nothing can match",
    ]);
    expect(query({ since: "30d", until: "2026-11-20" })).toMatchObject({
      since: "2026-10-28",
      until: "2026-11-20",
    });
  });

  it("finds Léa by lea (accents ignored when the value has none), and not by lèa", () => {
    const lea = makeRetro({ interviewer: "Léa Martin" });
    expect(matchesQuery(lea, query({ interviewer: "lea" }))).toBe(true);
    expect(matchesQuery(lea, query({ interviewer: "LÉA" }))).toBe(true);
    expect(matchesQuery(lea, query({ interviewer: "lèa" }))).toBe(false);
    expect(requiredTerms(query({ interviewer: "lea" }))).toEqual([]);
  });

  it("finds an accented value written precomposed or decomposed, typed either way", () => {
    const decomposed = makeRetro({
      interviewer: "Le\u0301a Martin",
      role: "de\u0301v",
      tags: ["e\u0301quipe"],
    });
    const precomposed = makeRetro({
      interviewer: "L\u00e9a Martin",
      role: "d\u00e9v",
      tags: ["\u00e9quipe"],
    });
    const typed: Record<string, string | string[]>[] = [
      { interviewer: "l\u00e9a" },
      { interviewer: "le\u0301a" },
      { role: "d\u00e9v" },
      { role: "de\u0301v" },
      { tag: ["\u00e9quipe"] },
      { tag: ["e\u0301quipe"] },
    ];
    for (const stored of [decomposed, precomposed])
      for (const values of typed) expect(matchesQuery(stored, query(values))).toBe(true);
  });

  it("prefilters only on values that the writer stores as they are", () => {
    expect(
      requiredTerms(
        query({ role: "backend", interviewer: "Léa", candidate: 'a"b', tag: ["remote"] }),
      ),
    ).toEqual(["backend", "remote"]);
  });

  it("gives the command line one flag per filter, repeatable where the table says", () => {
    const command = addFilterOptions(new Command().exitOverride());
    for (const filter of FILTERS) {
      expect(command.options.map((option) => option.long)).toContain(`--${filter.name}`);
    }
    command.parse(["--tag", "a", "--tag", "b", "--role", "x"], { from: "user" });
    expect(command.opts()).toMatchObject({ tag: ["a", "b"], role: "x" });
  });
});
