import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildQuery, matchesQuery, requiredTerms } from "../../src/domain/filters.js";
import { retroRelativePath } from "../../src/domain/naming.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import {
  compileMatcher,
  type Matcher,
  rawTermsFor,
  referenceTerms,
  searchRetro,
} from "../../src/domain/search.js";
import { slotFilter } from "../../src/io/byte-search.js";
import { scanRetros } from "../../src/io/retro-store.js";
import { makeRetro } from "../helpers/fixtures.js";
import { TRICKY } from "../helpers/tricky-text.js";
import { tempDir } from "../helpers/world.js";

/**
 * The raw byte prefilter (files that cannot hold the pattern or a filter's
 * value are never parsed) is a shortcut, never a change: over generated
 * retros, patterns and filters, a search finds exactly the files that reading
 * and testing every file finds.
 */

const { dir: root, cleanup } = tempDir();
afterAll(cleanup);
let round = 0;

const WORDS = [
  "Léa",
  "léa",
  "LEA",
  "Le\u0301a",
  "\u212a",
  "crème",
  "CREME",
  "o'brien",
  'say "hi"',
  "kafka",
  "Kafka",
  "a\\b",
  "é",
  "ß",
  "İ",
];
const word = fc.oneof(
  fc.constantFrom(...WORDS, ...TRICKY),
  fc.string({ unit: fc.constantFrom(..."aAbBeéÉ\u0301'\" :-#\\\n\tß".split("")), maxLength: 8 }),
);
/** Text, sometimes starting with what makes the writer quote and escape it. */
const text = fc
  .tuple(
    fc.constantFrom("", "", "# ", "- ", "'", '"', "@", "\t", "\x85", "yes "),
    fc.array(word, { maxLength: 4 }),
  )
  .map(([start, words]) => start + words.join(" "));
const retro = fc.record({
  answer: text,
  notes: text,
  verdict: fc.constantFrom("yes", "partly", "no"),
  role: fc.constantFrom("backend", "Backend", "data", "frontend"),
  interviewer: fc.constantFrom("Léa Martin", "Alex O'Brien", "sam"),
  tags: fc.array(fc.constantFrom("remote", "Remote", "senior", "pairing"), { maxLength: 2 }),
});

const EXAMPLE = {
  answer: "",
  notes: "",
  verdict: "yes" as const,
  role: "backend" as const,
  interviewer: "sam" as const,
  tags: [],
};

describe("the raw byte prefilter", () => {
  it("never changes which retros a search finds (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(retro, { minLength: 1, maxLength: 6 }).chain((specs) => {
          // Half the time, a piece of what was written: the texts the writer escapes among them.
          const written = specs.flatMap((spec) => [spec.answer, spec.notes]).join("");
          const piece = fc
            .tuple(fc.nat(written.length), fc.integer({ min: 1, max: 12 }))
            .map(([from, size]) => written.slice(from, from + size));
          const pattern = written === "" ? word : fc.oneof(piece, word);
          return fc.tuple(
            fc.constant(specs),
            pattern.filter((p) => p !== ""),
          );
        }),
        fc.boolean(),
        fc.boolean(),
        // Half the time a regular expression: the pattern escaped, one construct put in it.
        fc.option(
          fc.tuple(
            fc.constantFrom(
              ".",
              "?",
              "+",
              "*",
              "|zz",
              "(a)?",
              "[éa]",
              "{2}",
              "\\w",
              "\\.",
              "k",
              "S",
              "^",
              "$",
            ),
            fc.nat(),
          ),
          { nil: undefined },
        ),
        fc.record(
          {
            role: fc.constantFrom("backend", "BACKEND", "data"),
            interviewer: fc.constantFrom("léa", "o'brien", "SAM"),
            tag: fc.constantFrom(["remote"], ["pairing", "senior"]),
          },
          { requiredKeys: [] },
        ),
        async ([specs, text], caseSensitive, exactAccents, construct, filters) => {
          // A pattern is a few words long, as people type them: one of the tricky texts'
          // hundred thousand characters would make matching quadratic, and V8 gives up on
          // compiling such a regular expression.
          fc.pre(text.length <= 200);
          const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const at = construct ? construct[1] % (escaped.length + 1) : 0;
          const pattern = construct
            ? `${escaped.slice(0, at)}${construct[0]}${escaped.slice(at)}`
            : text;
          const dir = join(root, String(round++));
          specs.forEach((spec, i) => {
            const stored = makeRetro({
              suffix: `s${String(i).padStart(3, "0")}`,
              role: spec.role,
              interviewer: spec.interviewer,
              tags: spec.tags,
              answers: {
                spot_difficulty_earlier: { text: spec.answer },
                questions_appropriate: { verdict: spec.verdict, text: spec.notes },
                candidate_strengths: { verdict: "no" },
              },
            });
            const path = join(dir, retroRelativePath(stored.id));
            mkdirSync(join(path, ".."), { recursive: true });
            writeFileSync(path, retroToYaml(stored));
          });
          const spec = { pattern, regex: construct !== undefined, caseSensitive, exactAccents };
          let matcher: Matcher;
          try {
            matcher = compileMatcher(spec);
          } catch {
            fc.pre(false);
            return;
          }
          const { query, problems } = buildQuery(filters, new Date(2026, 10, 27));
          expect(problems).toEqual([]);
          const found = async (prefilter: boolean) => {
            const rawTerms = [
              ...requiredTerms(query).map((t) => ({ text: t, ignoreCase: true })),
              ...rawTermsFor(spec),
            ];
            const warnings: unknown[] = [];
            const read = await scanRetros({
              dir,
              onWarning: (warning) => warnings.push(warning),
              ...(prefilter ? { rawTerms } : {}),
            });
            expect(warnings).toEqual([]);
            return read
              .filter(({ retro }) => matchesQuery(retro, query))
              .filter(({ retro }) => searchRetro(retro, matcher).length > 0)
              .map(({ retro }) => retro.id)
              .sort();
          };
          expect(await found(true)).toEqual(await found(false));
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      {
        numRuns: 300,
        // Shrinking would write and read hundreds more folders: the first counterexample is enough.
        endOnFailure: true,
        // Text the writer escapes, found by a piece holding the escaped character.
        examples: [
          [[[{ ...EXAMPLE, answer: `'say "hi"` }], '"hi"'], false, false, undefined, {}],
          [[[{ ...EXAMPLE, notes: "# a\\b" }], "a\\b"], true, false, undefined, {}],
          [[[{ ...EXAMPLE, answer: '\'say "hi"' }], 'say "hi"'], false, false, [".", 0], {}],
          [[[{ ...EXAMPLE, answer: "Kelvin \u212a" }], "elvin "], false, false, ["k", 6], {}],
          [[[{ ...EXAMPLE, answer: "The color" }], "colour"], false, false, ["?", 5], {}],
          // Accents ignored when the pattern has none, written precomposed or not.
          [[[{ ...EXAMPLE, answer: "Léa said" }], "lea"], false, false, undefined, {}],
          [[[{ ...EXAMPLE, notes: "Le\u0301a said" }], "LEA"], false, false, undefined, {}],
          [[[{ ...EXAMPLE, answer: "\u212aafka" }], "Kafka"], true, false, undefined, {}],
          [[[{ ...EXAMPLE, answer: "crème brûlée" }], "creme"], false, false, ["?", 2], {}],
          // Other cases of non-ASCII letters; a quote the writer doubles, left out of the prefilter.
          [[[{ ...EXAMPLE, answer: "L'ÉCOLE" }], "l'école"], false, false, undefined, {}],
          [[[{ ...EXAMPLE, answer: "ΣΊΣΥΦΟΣ" }], "σίσυφος"], false, false, undefined, {}],
          [[[{ ...EXAMPLE, notes: "'Sam O'Brien" }], "o'brien"], false, false, undefined, {}],
        ],
      },
    );
    // 300 folders written and read twice: seconds on a busy machine.
  }, 60_000);

  it("keeps every file whose candidate is the reference in lower case, however written (property)", () => {
    // Letters whose lower case is another's (the Kelvin sign, İ, ß), and what the writer escapes.
    const unit = fc.constantFrom(...Array.from("aAbkKiI9-_ :#'\"\\\té\u212aİß\u2028"));
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 16 }),
        fc.boolean(),
        (candidate, upper) => {
          const wanted = candidate.trim().toLowerCase();
          // What a person types: the reference in any case that lowers to the same.
          const typed = upper ? wanted.toUpperCase() : wanted;
          fc.pre(wanted !== "" && typed.toLowerCase() === wanted);
          const bytes = Buffer.from(
            retroToYaml(makeRetro({ candidate, id: "2026-11-27-backend-x-k7f3" })),
          );
          const slots = [{ path: "x", start: 0, end: bytes.length }];
          for (const term of referenceTerms(typed))
            expect(slotFilter(term)(bytes, bytes.length, slots)).toHaveLength(1);
        },
      ),
      {
        numRuns: 2000,
        examples: [
          [`"Bob" O'Neil`, false],
          ["\u212aim-42", true],
        ],
      },
    );
  });

  it("passes over a field only when none of its lines matches (property)", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        word.filter((pattern) => pattern !== ""),
        fc.boolean(),
        fc.boolean(),
        (lines, pattern, caseSensitive, exactAccents) => {
          const matcher = compileMatcher({ pattern, regex: false, caseSensitive, exactAccents });
          const field = lines.join("\n");
          const matching = field.split("\n").some((line) => matcher.ranges(line).length > 0);
          if (matching) expect(matcher.mayMatch(field)).toBe(true);
        },
      ),
      {
        numRuns: 3000,
        examples: [
          [["Lé", "Le\u0301a said"], "lea", false, false],
          [["first", "The \u212aafka talk"], "kafka", false, false],
        ],
      },
    );
  });
});
