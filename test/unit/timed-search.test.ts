import { describe, expect, it } from "vitest";
import type { Retro } from "../../src/domain/retro.js";
import { compileMatcher } from "../../src/domain/search.js";
import { mayBacktrackLong, timedSearch } from "../../src/domain/timed-search.js";
import { makeRetro } from "../helpers/fixtures.js";

describe("which regular expressions run under a time limit", () => {
  it.each([
    "(a+)+$",
    "(\\w+\\s?)+:",
    "^(\\w?\\w?){20}b$",
    "(ab){2,}",
    "(?:kafka|rabbit)*q",
    "\\w+\\w+x",
    "a.*b.*c",
    "\\p{L}+\\p{L}+",
    "a{2,}b+",
    "(a)\\1",
    "(?<x>a)\\k<x>",
  ])("%s may backtrack for ever on some text", (pattern) => {
    expect(mayBacktrackLong(pattern)).toBe(true);
  });

  it.each([
    "flame.raph",
    "desi.n",
    "\\bkafka\\b",
    "o'?brien",
    "colou?r",
    "kafka|rabbit",
    "(kafka|rabbit)mq",
    "design.*review",
    "\\d{3}-\\d{4}",
    "[(]a+[)]",
    "\\(a+\\)",
    "a{2,5}b+",
    "[+*]+",
  ])("%s does not", (pattern) => {
    expect(mayBacktrackLong(pattern)).toBe(false);
  });
});

describe("timedSearch", () => {
  const matcher = compileMatcher({
    pattern: "(a+)+$|kafka",
    regex: true,
    caseSensitive: false,
    exactAccents: false,
  });
  const withAnswer = (text: string, index: number) => ({
    index,
    retro: makeRetro({
      suffix: String(index).padStart(4, "0"),
      answers: {
        spot_difficulty_earlier: { text },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    }),
  });
  const run = (texts: string[], pattern = matcher, everyRetro = true) => {
    const found: number[] = [];
    const tooSlow: number[] = [];
    const search = timedSearch<{ index: number; retro: Retro }>(
      pattern,
      (item, hits) => {
        if (hits.length > 0) found.push(item.index);
      },
      (item) => tooSlow.push(item.index),
      // Short, for a quick test, but far above what a batch of retros takes, even
      // on a loaded machine: at 50 ms this test failed once, with both cores busy.
      { everyRetro, limitMs: 250 },
    );
    texts.forEach((text, index) => {
      search.add(withAnswer(text, index));
    });
    search.end();
    return { found, tooSlow };
  };

  it("gives up on the retro a pattern backtracks for ever on, and searches every other, in order", () => {
    const texts = Array.from({ length: 150 }, (_, index) =>
      index % 3 === 0 ? `Their kafka work, ${index}.` : `Nothing here, ${index}.`,
    );
    // Forty letters, then something else: (a+)+$ tries every way to split them.
    texts[100] = `${"a".repeat(40)}! and kafka`;
    const { found, tooSlow } = run(texts);
    expect(tooSlow).toEqual([100]);
    expect(found).toEqual(
      texts.flatMap((_, index) => (index % 3 === 0 && index !== 100 ? [index] : [])),
    );
  });

  it("searches a last batch smaller than the others", () => {
    expect(run(["kafka", "no", "kafka"])).toEqual({ found: [0, 2], tooSlow: [] });
  });

  it("any other pattern, on a retro holding much text: gives up on it, and searches the others", () => {
    const quadratic = compileMatcher({
      pattern: "a.*q|kafka",
      regex: true,
      caseSensitive: false,
      exactAccents: false,
    });
    // A line of 100,000 letters: a.*q reads the rest of it from each one.
    const texts = ["kafka", `${"a".repeat(100_000)} and kafka`, "no", "kafka"];
    expect(run(texts, quadratic, false)).toEqual({ found: [0, 3], tooSlow: [1] });
  });
});
