import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildRetro } from "../../src/domain/retro.js";
import { libraryRecordsYaml, recordsToYaml } from "../../src/domain/retro-yaml.js";
import { simpleRecordYaml } from "../../src/domain/simple-record-yaml.js";
import { DEFAULT_TEMPLATE } from "../helpers/fixtures.js";
import { TRICKY } from "../helpers/tricky-text.js";

/** Characters that YAML writers and YAML 1.1 readers treat specially, among plain letters. */
const UNIT = fc.constantFrom(
  ..."ab Zé9-:#'\"\\\t\n,[]{}&*!|>%@`?~=./_".split(""),
  "\u00a0",
  "\u0085",
  "\u202e",
  "\u2028",
  "\ud83c",
  "🎉",
);

const path = fc.stringMatching(/^(?:\d{4}\/|\/)?[a-z0-9.-]{1,12}$/);
const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  { weight: 2, arbitrary: fc.string({ unit: UNIT, maxLength: 30 }) },
  // Text as people write it, sometimes over several lines.
  {
    weight: 4,
    arbitrary: fc.stringMatching(
      /^[A-Za-zé][A-Za-zé ,.'"():#-]{0,40}(?:\n\n?[A-Za-z ,.:"'#-]{1,20}){0,2}$/,
    ),
  },
  // Dates, times, ids and paths, which start with digits.
  {
    weight: 2,
    arbitrary: fc.stringMatching(
      /^\d{4}-\d{1,2}-\d{1,2}(?:[T -][0-9:.+Z-]{0,14})?[a-z0-9/-]{0,8}$/,
    ),
  },
  path,
  fc.constantFrom("Yes", "YES", "yEs", "No", "NO", "nO", "True", "tRUE", "On", "oFF", "Null"),
);
const key = fc.oneof(
  fc.constantFrom(
    "path",
    "id",
    "answer",
    "no",
    "Yes",
    "on",
    "y",
    "a-b",
    "__x",
    "9a",
    "émoji",
    "k y",
  ),
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/) },
);
const number = fc.oneof(
  { weight: 4, arbitrary: fc.nat() },
  fc.integer(),
  fc.double(),
  fc.constant(2 ** 60),
);
const scalar = fc.oneof(
  { weight: 12, arbitrary: text },
  number,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: scalar },
    fc.array(fc.oneof({ weight: 4, arbitrary: text }, number), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;
const template = fc.oneof(
  { weight: 3, arbitrary: fc.record({ id: text, version: number }) },
  fc.record({ version: fc.nat(), id: fc.constant("default") }),
  fc.constant({ id: "default", version: 1, extra: "x" }),
  value,
);
/** Near the layout the fast writer knows: most of these take it, and each is checked against the library. */
const nearlySimple = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    { weight: 6, arbitrary: text },
    fc.nat(),
    fc.array(text, { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/), tie("value"), { maxKeys: 3 }),
  ),
})).value;
const record = fc
  .tuple(
    fc.oneof(text, { weight: 3, arbitrary: path }),
    fc.option(template, { nil: undefined }),
    fc.oneof(
      fc.dictionary(key, value, { maxKeys: 3 }),
      fc.dictionary(key, nearlySimple, { maxKeys: 3 }),
    ),
  )
  .map(([path, template, rest]) => ({
    path,
    ...(template === undefined ? {} : { template }),
    ...rest,
  }));

describe("simple-record YAML (export --format yaml without the library)", () => {
  it("writes exactly the library's text whenever it writes a record", () => {
    let written = 0;
    fc.assert(
      fc.property(record, (data) => {
        const fast = simpleRecordYaml(data);
        if (fast === undefined) return;
        written++;
        expect(fast).toBe(libraryRecordsYaml([data]));
      }),
      { numRuns: 4000 },
    );
    // The property means something only if many records take the fast way.
    expect(written).toBeGreaterThan(150);
  });

  it("writes a retro as people write them, accents, quotes, colons and several lines included", () => {
    const retro = buildRetro({
      id: "2026-11-27-backend-ats-1-k7f3",
      template: DEFAULT_TEMPLATE,
      context: {
        date: "2026-11-27",
        candidate: "ATS-0042",
        interviewer: "Léa O'Brien",
        role: "backend",
        stage: "technical",
        tags: ["remote", "senior"],
      },
      answers: {
        spot_difficulty_earlier: {
          text: 'At minute 5: they froze.\n\nWe should say "I don\'t know" is fine.',
        },
        questions_appropriate: { verdict: "no", text: 'Too hard: the "LRU" question.' },
        candidate_strengths: { verdict: "yes", text: "Yes, #1 was their API design" },
      },
      recordedAt: "2026-11-27T15:30:12+01:00",
      retentionDays: 180,
    });
    const data = { path: "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml", ...retro };
    const fast = simpleRecordYaml(data);
    expect(fast).toBe(libraryRecordsYaml([data]));
    expect(parse(recordsToYaml([data, data]))).toEqual([data, data].map(stripUndefined));
  });

  it("leaves to the library what it does not know, and the document stays whole", () => {
    const odd = { path: "retros/x.yaml", note: "bidi \u202e text", score: -1.5, answers: {} };
    expect(simpleRecordYaml(odd)).toBeUndefined();
    expect(parse(recordsToYaml([odd]))).toEqual([odd]);
    expect(recordsToYaml([])).toBe("[]\n");
  });
});

/** What a YAML reader gets back: keys whose value is undefined are not written. */
const stripUndefined = (data: object) => JSON.parse(JSON.stringify(data));
