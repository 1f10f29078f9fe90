import { chosenValue } from "./answer-kinds/index.js";
import {
  ACCENT_RUN,
  accentedForms,
  accentlessOrigins,
  decomposable,
  hasAccents,
  mayHaveAccents,
  NO_ACCENT_NEXT,
  precomposed,
  stripAccents,
} from "./fold.js";
import type { Retro, RetroAnswer } from "./retro.js";

/**
 * Full-text search over a retro's answers and context fields (not over the
 * question texts, which every retro of a template shares). Literal and
 * case-insensitive unless asked otherwise, like `grep -i -F`; a pattern
 * without accents ignores them (`lea` finds Léa), as ripgrep's smart case
 * does for capitals.
 */

export interface SearchSpec {
  pattern: string;
  regex: boolean;
  caseSensitive: boolean;
  /** Accents count even when the pattern has none. */
  exactAccents: boolean;
}

/** A compiled pattern. */
export interface Matcher {
  /** The [start, end) offsets of each match in a line. */
  ranges(line: string): [number, number][];
  /** False when no line of `text` can hold a match: most fields of a retro are passed over with one test. */
  mayMatch(text: string): boolean;
}

export interface Hit {
  /** A context field (`candidate`, `tags`…) or a question id. */
  field: string;
  /** The question text, when the hit is in an answer. */
  question?: string;
  /** 1-based line within the field's text. */
  lineNumber: number;
  line: string;
  /** [start, end) offsets of each match within `line`. */
  ranges: [number, number][];
}

export class InvalidPatternError extends Error {}

/** Text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Accents are ignored when the pattern has none, unless asked otherwise. */
const ignoresAccents = (spec: SearchSpec) => !spec.exactAccents && !hasAccents(spec.pattern);

export function compileMatcher(spec: SearchSpec): Matcher {
  if (spec.pattern === "") throw new InvalidPatternError("the pattern is empty");
  if (!spec.regex && !ignoresAccents(spec)) return exactMatcher(equivalentForms(spec), false);
  const pattern = compilePattern(spec);
  if (!ignoresAccents(spec)) return exactMatcher(pattern, spec.regex);
  if (!spec.regex && spec.pattern.length <= ACCENT_BLIND_MAX && ASCII_ONLY.test(spec.pattern))
    return exactMatcher(accentBlind(spec), false);
  // Any other pattern runs over the text with its accents stripped.
  const ranges = (line: string): [number, number][] => {
    const bare = stripAccents(line);
    if (bare === line) return matchRanges(pattern, line);
    const found = matchRanges(pattern, bare);
    if (found.length === 0) return found;
    const origins = accentlessOrigins(line);
    // An empty match (`^`, `\b`) stays empty, where its place is in the line.
    const at = (index: number) => origins[index]?.[0] ?? line.length;
    return found.map(([start, end]) => [
      at(start),
      end > start ? (origins[end - 1] as [number, number])[1] : at(start),
    ]);
  };
  return {
    ranges,
    mayMatch: spec.regex ? () => true : (text) => testAt0(pattern, text) || mayHaveAccents(text),
  };
}

/**
 * A pattern run as it is. A literal found nowhere in a text is in none of its
 * lines; a regular expression may be anchored to a line's ends, or look
 * around them: each line is tried.
 */
function exactMatcher(pattern: RegExp, regex: boolean): Matcher {
  return {
    ranges: (line) => matchRanges(pattern, line),
    mayMatch: regex ? () => true : (text) => testAt0(pattern, text),
  };
}

function testAt0(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Far longer than a word, and far shorter than what overflows the stack of V8's regular expression compiler (some thousands of characters). */
const ACCENT_BLIND_MAX = 1000;

/**
 * An ASCII literal as the regular expression that also finds it written with
 * accents (lea: Léa, Le\u0301a, LÉA): each character as itself or one of its
 * accented forms (in either case, unless case counts), then any combining
 * accents. It finds what the literal finds in the text with its accents
 * stripped, at the same places, without stripping each line. Each case is
 * listed rather than left to the `i` flag, which would also take the other
 * case of an accented form (Ṡ for ẛ, which is ſ with a dot, not s).
 */
function accentBlind(spec: SearchSpec): RegExp {
  const source = [...spec.pattern]
    .map((char) => {
      const cased = spec.caseSensitive ? [char] : caseForms(char);
      const forms = [...cased, ...cased.flatMap(accentedForms)];
      const one =
        forms.length === 1
          ? escapeRegExp(char)
          : `[${forms.join("").replace(/[\\\]^-]/g, "\\$&")}]`;
      return one + ACCENT_RUN;
    })
    .join("");
  return new RegExp(source, "g");
}

/**
 * A literal whose accents count, as the regular expression that finds it
 * however its accented letters are written: precomposed (é, U+00E9) or as a
 * letter and a combining accent (e and U+0301), two ways of writing the same
 * text that look alike everywhere (a name pasted from a file name on macOS
 * comes decomposed). The pattern may be typed either way. A match may not end
 * on a letter that a combining accent turns into another: with its accents
 * counting, `cafe` is not in café, written either way.
 */
function equivalentForms(spec: SearchSpec): RegExp {
  const source = [...literalText(spec)]
    .map((char) =>
      decomposable(char)
        ? `(?:${escapeRegExp(char)}|${escapeRegExp(char.normalize("NFD"))})`
        : escapeRegExp(char),
    )
    .join("");
  return new RegExp(source + NO_ACCENT_NEXT, `g${spec.caseSensitive ? "" : "i"}`);
}

/** The text a literal pattern looks for: with its accents counting, precomposed where it can be. */
const literalText = (spec: SearchSpec) =>
  !spec.regex && !ignoresAccents(spec) ? precomposed(spec.pattern) : spec.pattern;

/**
 * Where `pattern` matches in `line`. A line that only an empty match finds
 * (`^`, `\b`, `colou?r|`) is found, as grep finds it, with that one empty
 * range: nothing to highlight, and no empty ranges among real ones.
 */
function matchRanges(pattern: RegExp, line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let empty: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    if (match[0] === "") {
      empty ??= match.index;
      // Past an empty match by a whole character: one code unit into an emoji, a
      // `u` expression starts again at its first half, and the search never ended.
      pattern.lastIndex = match.index + ((line.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    ranges.push([match.index, match.index + match[0].length]);
  }
  if (ranges.length === 0 && empty !== undefined) ranges.push([empty, empty]);
  return ranges;
}

function compilePattern(spec: SearchSpec): RegExp {
  // Literal patterns skip the `u` flag on purpose: without it, ignoring case
  // maps ASCII only to ASCII, which is what the raw-byte prefilter relies on.
  const flags = `g${spec.caseSensitive ? "" : "i"}${spec.regex ? "u" : ""}`;
  try {
    return new RegExp(spec.regex ? spec.pattern : escapeRegExp(spec.pattern), flags);
  } catch (error) {
    throw new InvalidPatternError((error as Error).message);
  }
}

/** Characters the file writer escapes or doubles: a pattern holding one may not appear as is in the file. */
const MAY_BE_ESCAPED = /["'\\\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/;

/** Each one of them, at any place: text the writer may escape or double. */
const ESCAPED_ANYWHERE = new RegExp(MAY_BE_ESCAPED.source, "g");

/**
 * Text that every matching file holds in its raw bytes, for a cheap test
 * before parsing: the pattern, or the runs of it between the characters the
 * writer may escape or double (o'brien: brien); a regular expression gives
 * the literal runs that any match must contain. None when no test is safe:
 * non-ASCII text whose accents are ignored, or matched ignoring case by a
 * regular expression (whose `u` flag folds more than the forms
 * `io/byte-search.ts` knows).
 */
export function rawTermsFor(
  spec: SearchSpec,
): { text: string; ignoreCase: boolean; ignoreAccents: boolean }[] {
  const ignoreCase = !spec.caseSensitive;
  const ignoreAccents = ignoresAccents(spec);
  const usable = (text: string) =>
    ASCII_ONLY.test(text) || !(ignoreAccents || (ignoreCase && spec.regex));
  const texts = spec.regex ? requiredRuns(spec.pattern, ignoreCase) : [literalText(spec)];
  const runs = texts.flatMap((text) => {
    const parts = text.split(ESCAPED_ANYWHERE);
    return parts.length === 1 ? parts : parts.filter((part) => part.length >= MIN_RUN);
  });
  return runs.filter(usable).map((text) => ({ text, ignoreCase, ignoreAccents }));
}

/**
 * Where a candidate reference may be written otherwise in a file than typed,
 * or its lower case differ from the file's: a character outside ASCII, one
 * the writer escapes or doubles, white space (a hand-written value may fold
 * there), and i and k, which İ and the Kelvin sign become in lower case.
 */
const NOT_AS_TYPED = /[^\x20-\x7e]|["'\\\s]|[ikIK]/g;

/**
 * Text that every file holding a candidate reference has in its raw bytes,
 * for `show <candidate>` and `forget`, which compare references in lower case
 * (`toLowerCase`): the reference's runs that the file holds as typed, but for
 * the case of their ASCII letters. None (every file parsed) when it has no
 * such run.
 */
export function referenceTerms(reference: string): { text: string; ignoreCase: boolean }[] {
  return reference
    .trim()
    .split(NOT_AS_TYPED)
    .filter((run) => run.length >= MIN_RUN)
    .map((text) => ({ text, ignoreCase: true }));
}

/**
 * The characters a literal pattern's character matches ignoring case, as
 * its `i` flag (without `u`) does: those with the same upper case, a
 * non-ASCII one never matching an ASCII one (é and É; σ, ς and Σ; not ı and i).
 */
export function caseForms(char: string): readonly string[] {
  if (char.length !== 1) return [char];
  if (char < "\x80") return [...new Set([char.toLowerCase(), char.toUpperCase()])];
  // The regular expression engine itself, over every non-ASCII character of
  // the BMP at once: the pattern's own rule, in under 2 ms (a scan calling
  // toUpperCase on each took 8, at every search for a word like léa).
  return nonAsciiBmp().match(new RegExp(escapeRegExp(char), "gi")) ?? [char];
}

let bmp: string | undefined;
/** U+0080 to U+FFFF, without the surrogates, as one string. */
function nonAsciiBmp(): string {
  if (bmp === undefined) {
    const codes = new Uint16Array(0x10000 - 0x80 - 0x800);
    let at = 0;
    for (let code = 0x80; code <= 0xffff; code++)
      if (code < 0xd800 || code > 0xdfff) codes[at++] = code;
    bmp = new TextDecoder("utf-16le").decode(codes);
  }
  return bmp;
}

/** Runs shorter than this would keep most files: not worth a pass over the bytes. */
const MIN_RUN = 3;

/**
 * The literal runs that every match of a regular expression holds, read
 * conservatively: none at all with an alternative (`|`); nothing inside a
 * group or a class; a character followed by `?`, `*` or `{…}` ends the run
 * before it, and one followed by `+` ends it after it. Ignoring case, `k` and `s` end a run too: with the `u`
 * flag they also match the Kelvin sign and the long s.
 */
function requiredRuns(pattern: string, ignoreCase: boolean): string[] {
  const runs: string[] = [];
  let run = "";
  const end = () => {
    if (run.length >= MIN_RUN) runs.push(run);
    run = "";
  };
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    const next = pattern[i + 1];
    if (char === "|") return [];
    if (char === "\\") {
      const escaped = pattern[i + 1] ?? "";
      i++;
      // An escaped punctuation mark is itself; \d, \w, \b, \n… are not literal text.
      if (depth > 0 || !/[.*+?^${}()|[\]\\/-]/.test(escaped)) end();
      else literal(escaped, pattern[i + 1]);
      continue;
    }
    if (char === "[") {
      end();
      // Skip the class, escapes included.
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      continue;
    }
    if (char === "(") {
      end();
      depth++;
      continue;
    }
    if (char === ")") {
      depth = Math.max(0, depth - 1);
      end();
      continue;
    }
    if (depth > 0) continue;
    if (/[.^$*+?{}]/.test(char)) {
      end();
      continue;
    }
    literal(char, next);
  }
  end();
  return runs;

  /** A literal character, and what follows it: a quantifier may make it optional. */
  function literal(char: string, after: string | undefined) {
    if (ignoreCase && (char === "k" || char === "K" || char === "s" || char === "S")) {
      end();
      return;
    }
    // Made optional by a quantifier (or repeated a counted number of times): not required as is.
    if (after === "?" || after === "*" || after === "{") {
      end();
      return;
    }
    run += char;
    if (after === "+") end();
  }
}

/** Adds to `hits` the lines of `text` that match (a push per hit, not a spread: an answer may have 200,000 lines). */
function addHits(
  hits: Hit[],
  field: string,
  text: string,
  matcher: Matcher,
  question?: string,
): void {
  if (!matcher.mayMatch(text)) return;
  // Most fields are one line: no split for them (this runs for every field of every match).
  const lines = text.includes("\n") ? text.split("\n") : [text];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const ranges = matcher.ranges(line);
    if (ranges.length > 0) {
      hits.push({
        field,
        ...(question !== undefined ? { question } : {}),
        lineNumber: index + 1,
        line,
        ranges,
      });
    }
  }
}

export function searchRetro(retro: Retro, matcher: Matcher): Hit[] {
  const hits: Hit[] = [];
  eachSearchedText(retro, (field, text, question) => addHits(hits, field, text, matcher, question));
  return hits;
}

/** Each text of a retro that search looks in: the field it is in, and for an answer its question. */
export function eachSearchedText(
  retro: Retro,
  visit: (field: string, text: string, question?: string) => void,
): void {
  for (const field of ["id", "date", "interviewer", "candidate", "role", "stage"] as const) {
    const value = retro[field];
    if (value !== undefined) visit(field, value);
  }
  if (retro.tags.length > 0) visit("tags", retro.tags.join(", "));
  // for…in: no array per retro (see retro-check.ts).
  for (const id in retro.answers) {
    const answer = retro.answers[id] as RetroAnswer;
    // The value as the file writes it, so the raw byte prefilter sees what search sees.
    const value = chosenValue(answer);
    if (value) visit(`${id}.${value.field}`, value.text, answer.question);
    if (answer.answer !== undefined) visit(id, answer.answer, answer.question);
  }
}
