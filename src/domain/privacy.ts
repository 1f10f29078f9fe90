import { fold } from "./fold.js";
import { isRecord } from "./issues.js";
import { escapeRegExp } from "./search.js";

/**
 * Finding personal data where it does not belong. A candidate reference must
 * be opaque (an ATS id), never a name, an email, a phone number or a profile
 * URL; an answer is about the interview, not the candidate's person, so
 * contact details and words about protected characteristics are flagged.
 * Findings name the reason and the place, never the text found.
 */

export interface Finding {
  /** 0-based line within the text, and column (code units) in that line. */
  line: number;
  col: number;
  reason: string;
}

export interface WordList {
  /** Category → phrases, already folded (lower case, no accents). */
  categories: Map<string, string[]>;
}

// Bounded repetitions: on a long run of letters an unbounded `[…]+@` backtracks in quadratic time.
const EMAIL =
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
/** International (+33 …) or national (0 6 …) numbers of 9 digits or more, in groups. */
const PHONE = /(?<![\w.,:/-])(?:\+\d{1,3}[\s.-]?|0)\d(?:[\s.-]?\d{2,4}){3,5}(?!\w|[.,:/-]\d)/g;
const SOCIAL_PROFILE =
  /\b(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:linkedin\.com\/in|github\.com|gitlab\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|tiktok\.com|xing\.com\/profile)\/[\w.-]+/gi;
const ANY_URL = /\b(?:https?:\/\/|www\.)\S+/i;
const AGE = /\b\d{2}\s?(?:years? old|yo|ans)\b/gi;
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-]+\p{Lu}[\p{Ll}'’-]+)+$/u;

/** Builds the word list from the YAML data (`categories: {name: {en: [...], fr: [...]}}`), merging extras. */
export function wordListFrom(...sources: unknown[]): WordList {
  const categories = new Map<string, string[]>();
  for (const data of sources) {
    if (!isRecord(data) || !isRecord(data.categories)) continue;
    for (const [name, languages] of Object.entries(data.categories)) {
      const phrases = Object.values(isRecord(languages) ? languages : {})
        .flat()
        .filter((phrase): phrase is string => typeof phrase === "string" && phrase.trim() !== "")
        .map(fold);
      categories.set(name, [...(categories.get(name) ?? []), ...phrases]);
    }
  }
  return { categories };
}

/** Why a candidate reference looks like it identifies a person, or undefined when it looks opaque. */
export function identifyingReference(value: string): string | undefined {
  const text = value.trim();
  if (new RegExp(EMAIL.source).test(text)) return "it looks like an email address";
  if (ANY_URL.test(text) || new RegExp(SOCIAL_PROFILE.source, "i").test(text))
    return "it looks like a web address";
  if (new RegExp(PHONE.source).test(text) && digits(text) >= 9)
    return "it looks like a phone number";
  if (FULL_NAME.test(text)) return "it looks like a first and last name";
  return undefined;
}

const digits = (text: string) => text.replace(/\D/g, "").length;

/** Every finding in an answer's text. */
export function scanText(text: string, words: WordList): Finding[] {
  const findings: Finding[] = [];
  text.split("\n").forEach((line, index) => {
    const found = (
      pattern: RegExp,
      reason: string,
      accept: (match: string) => boolean = () => true,
    ) => {
      for (const match of line.matchAll(pattern)) {
        if (accept(match[0])) findings.push({ line: index, col: match.index ?? 0, reason });
      }
    };
    // Each pattern runs only on lines that can hold it: answers can be a megabyte long.
    if (line.includes("@")) found(EMAIL, "an email address");
    if (/\d/.test(line)) {
      found(PHONE, "a phone number", (match) => digits(match) >= 9);
      found(AGE, "a word about age (a protected characteristic)");
    }
    if (line.includes("/")) found(SOCIAL_PROFILE, "a link to a personal profile");
    const folded = fold(line);
    for (const [category, pattern] of categoryPatterns(words)) {
      const at = folded.search(pattern);
      if (at >= 0)
        findings.push({
          line: index,
          col: at,
          reason: `a word about ${category.replaceAll("_", " ")} (a protected characteristic)`,
        });
    }
  });
  // One finding per reason and line: "42 years old" is one word about age, not a pattern and a word.
  const seen = new Set<string>();
  return findings
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .filter(({ line, reason }) => !seen.has(`${line} ${reason}`) && seen.add(`${line} ${reason}`));
}

const patterns = new WeakMap<WordList, [string, RegExp][]>();

/**
 * Each category's phrases as one regular expression, as whole words (not
 * inside another word): one pass over a line finds the first of them, where a
 * search per phrase made `validate` spend most of its time here.
 */
function categoryPatterns(words: WordList): [string, RegExp][] {
  let compiled = patterns.get(words);
  if (!compiled) {
    compiled = [...words.categories]
      .filter(([, phrases]) => phrases.length > 0)
      .map(([category, phrases]) => [
        category,
        new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
          "u",
        ),
      ]);
    patterns.set(words, compiled);
  }
  return compiled;
}
