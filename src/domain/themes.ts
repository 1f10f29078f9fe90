import { fold } from "./fold.js";
import { COUNTED_PROMISE_WORDS } from "./promise-words.js";
import { STOP_WORDS } from "./stop-words.js";

/**
 * Recurring themes: the words and short phrases (one to three words) that
 * come back across the retros of a period, for one question, ranked by how
 * many retros mention them. Local and deterministic: the same answers give
 * the same themes, with no model and no network.
 *
 * Words are compared folded (case and accents aside) and singular ("index",
 * "indexes", "Index" are one); stop words of English and French and the
 * words of the question itself (its text and hint) are left out. A phrase is
 * kept rather than its own words when they always come together.
 */

export type Trend = "new" | "rising" | "steady" | "fading";

export interface Theme {
  /** As it is most often written. */
  phrase: string;
  /** How many retros of the period mention it. */
  retros: number;
  /** Of the period's retros that answered the question. */
  share: number;
  /** The retros that mention it, newest first (the newest few, when a report keeps no more). */
  ids: string[];
  /** Against the previous period of the same length, when there is one. */
  trend?: Trend;
}

/** Themes rank when at least this many retros mention them: one retro is not a pattern. */
const MIN_RETROS = 2;

/**
 * Of each answer, the text the themes are drawn from: a few pages, far more
 * than any note holds. A pasted log or a cloned repo's megabyte of distinct
 * words is a phrase each, never a theme: 20 such answers of 1 MB took themes
 * 25 s and 2.4 GiB, and a few more would have ended it for lack of memory.
 */
const MAX_ANSWER_CHARS = 20_000;
/** Per question, the most frequent themes; fading ones come after them. */
const MOST = 10;
const MOST_FADING = 5;
/**
 * The newest retros a digest or a report names for a theme. Only they are
 * kept: holding every id of every phrase, a year's digest over 100,000
 * retros peaked at 197 MiB (249 on Node 24), against 139 (154).
 */
export const THEME_IDS_SHOWN = 5;
/** A share this many times the previous one is rising; that many times smaller, fading. */
const CHANGE = 1.5;

/** The word as it is counted: folded, singular. */
export function wordKey(word: string): string {
  const folded = fold(word);
  if (folded.length <= 3) return folded;
  // English and French plurals; -ss, -us and -is words (class, status, analysis) are singular.
  if (/ies$/.test(folded)) return `${folded.slice(0, -3)}y`;
  if (/(?:xes|ches|shes|sses)$/.test(folded)) return folded.slice(0, -2);
  if (/eaux$/.test(folded)) return folded.slice(0, -1);
  if (/aux$/.test(folded)) return `${folded.slice(0, -3)}al`;
  if (/[^su]s$|eux$/.test(folded) && !/is$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

/** How a word counts, whatever the answer it is in. */
interface WordKind {
  key: string;
  /** Its key's number, from 1: the same for every way of writing it. */
  number: number;
  /** This way of writing it's number, from 0. */
  serial: number;
  /** As written, lower case. */
  written: string;
  /** A grammar word or a number: not a theme on its own, nor at either end of a phrase. */
  common: boolean;
  /** Written with the hyphen that joins it to the next word ("trade-" of "trade-offs"). */
  joinsNext: boolean;
}

/**
 * Each word as written, analysed once and numbered: a period's answers use a
 * few thousand words a hundred thousand times, and folding is the slow part.
 */
const analysed = new Map<string, WordKind>();
/** By key number, its key; and every way of writing it seen so far. */
const keys: string[] = [""];
const keyNumbers = new Map<string, number>();
const writings: WordKind[][] = [[]];

function analyse(part: string): WordKind {
  let kind = analysed.get(part);
  if (kind === undefined && part.endsWith("-")) {
    // The word, counted as written without its hyphen.
    const { key, number, serial, written, common } = analyse(part.slice(0, -1));
    // Every kind built alike (the same fields in the same order): V8 then reads them faster.
    kind = { key, number, serial, written, common, joinsNext: true };
    analysed.set(part, kind);
  } else if (kind === undefined) {
    const key = wordKey(part);
    let number = keyNumbers.get(key);
    if (number === undefined) {
      number = keys.length;
      keys.push(key);
      keyNumbers.set(key, number);
      writings.push([]);
    }
    kind = {
      key,
      number,
      serial: analysed.size,
      written: part.toLowerCase(),
      common: STOP_WORDS.has(fold(part)) || key.length < 2 || /^\d+$/.test(key),
      joinsNext: false,
    };
    analysed.set(part, kind);
    (writings[number] as WordKind[]).push(kind);
  }
  return kind;
}

/** A word, with the hyphen that joins it to the next one if any ("trade-" of "trade-offs"). */
const WORD = /[\p{L}\p{N}]+(?:-(?=[\p{L}\p{N}]))?/gu;

/**
 * The words of a text, by clause: a phrase never runs over a full stop or a
 * comma. Elisions and contractions come apart (l'équipe is l équipe, don't is
 * don t: stop words), and so do hyphenated words (live-coding is live coding,
 * the hyphen noted). The words that open a promise ("next time") end a
 * clause and are not counted.
 */
function clauses(text: string): WordKind[][] {
  // « » “ ” – — …, escaped so that the bundle stays ASCII-only (scripts/build.mjs).
  return text
    .replace(COUNTED_PROMISE_WORDS, ".")
    .split(/[.,;:!?()[\]{}"\u00ab\u00bb\u201c\u201d\n\t\u2013\u2014\u2026/|]+/)
    .map((clause) => (clause.match(WORD) ?? []).map(analyse))
    .filter((clause) => clause.length > 0);
}

/** The words that a question's own text and hint hold: every answer echoes them. */
export function questionWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const clause of clauses(text)) for (const word of clause) words.add(word.key);
  return words;
}

/**
 * Word numbers per place in a phrase's key: three places fit a number that
 * JavaScript holds exactly, so a phrase is counted under a number (no string
 * to build and hash for each of the hundreds of thousands of phrases of a
 * year). A vocabulary past this many words is counted under text.
 */
const ROOM = 2 ** 17;

/** The key of the phrase made of the words numbered `numbers[from..to]`. */
function phraseKey(numbers: readonly number[], from: number, to: number): number | string {
  let key = 0;
  for (let i = from; i <= to; i++) {
    const number = numbers[i] as number;
    if (number >= ROOM) return numbers.slice(from, to + 1).join(" ");
    key = key * ROOM + number;
  }
  return key;
}

/** The word numbers of a phrase's key (none is 0: words are numbered from 1). */
function numbersOf(key: number | string): number[] {
  if (typeof key === "string") return key.split(" ").map(Number);
  const numbers: number[] = [];
  for (let rest = key; rest > 0; rest = Math.floor(rest / ROOM)) numbers.unshift(rest % ROOM);
  return numbers;
}

/** The phrases of one question's answers over a period: which retros mention each, and how. */
export class PhraseCount {
  /** Retros that answered the question. */
  answered = 0;
  /** By a way of writing a word (its serial), how many times these answers wrote it so. */
  private readonly written: number[] = [];
  /** The retros that mention each phrase, by key. */
  private readonly phrases = new Map<number | string, Mentions>();
  /** By the key of two words, how many retros join them with a hyphen ("take-home"), so that a theme is written so. */
  private readonly hyphens = new Map<number | string, { count: number; last: string }>();

  /** `idsKept`: how many of the newest ids to keep per phrase (a report shows five), so that memory does not grow with the folder. */
  constructor(private readonly idsKept = Number.POSITIVE_INFINITY) {}

  /** One retro's answer to the question (its text, or a verdict's notes). */
  add(id: string, text: string): void {
    this.answered++;
    for (const clause of clauses(text.slice(0, MAX_ANSWER_CHARS))) {
      let hyphened = false;
      const numbers = clause.map((word) => {
        this.written[word.serial] = (this.written[word.serial] ?? 0) + 1;
        hyphened ||= word.joinsNext;
        return word.number;
      });
      if (hyphened) this.noteHyphens(id, clause, numbers);
      for (let start = 0; start < clause.length; start++) {
        // A phrase starts and ends with a word that means something ("lack of
        // confidence", not "of confidence"), or with one a hyphen joins to the
        // phrase's next or previous word: "warm-up", never "up" alone; and it
        // holds one that means something ("2-3" is no theme).
        const first = clause[start] as WordKind;
        if (first.common && !first.joinsNext) continue;
        for (let end = start; end < start + 3 && end < clause.length; end++) {
          const last = clause[end] as WordKind;
          if (last.common && !(end > start && clause[end - 1]?.joinsNext)) continue;
          if (first.common && last.common && (end - start < 2 || clause[start + 1]?.common))
            continue;
          const key = phraseKey(numbers, start, end);
          const mentions = this.phrases.get(key);
          if (mentions === undefined) {
            const ids: string[] = [];
            keepNewest(ids, id, this.idsKept);
            this.phrases.set(key, { count: 1, last: id, ids });
          }
          // Once per retro, however often it says it.
          else if (mentions.last !== id) {
            mentions.count++;
            mentions.last = id;
            keepNewest(mentions.ids, id, this.idsKept);
          }
        }
      }
    }
  }

  private noteHyphens(id: string, clause: readonly WordKind[], numbers: readonly number[]): void {
    for (let i = 0; i < clause.length - 1; i++) {
      if (!clause[i]?.joinsNext) continue;
      const key = phraseKey(numbers, i, i + 1);
      const hyphened = this.hyphens.get(key);
      if (hyphened === undefined) this.hyphens.set(key, { count: 1, last: id });
      else if (hyphened.last !== id) {
        hyphened.count++;
        hyphened.last = id;
      }
    }
  }

  /** The retros that mention a phrase, by its words' keys ("system design"). */
  mentionsOf(key: string): Readonly<Mentions> {
    const numbers = key.split(" ").map((word) => keyNumbers.get(word) ?? 0);
    const none = { count: 0, last: "", ids: [] };
    if (numbers.includes(0)) return none;
    return this.phrases.get(phraseKey(numbers, 0, numbers.length - 1)) ?? none;
  }

  /**
   * The phrases mentioned by enough retros, most mentioned first, but those
   * starting or ending with one of the question's words (`excluded`); a
   * phrase whose every mention is inside a longer one (the same retros
   * mention the longer one) gives way to it. Each is written as its words
   * most often are in these answers.
   */
  recurring(excluded: ReadonlySet<string>): { key: string; phrase: string; mentions: Mentions }[] {
    const kept: { key: number | string; numbers: number[]; mentions: Mentions }[] = [];
    for (const [key, mentions] of this.phrases) {
      if (mentions.count < MIN_RETROS) continue;
      const numbers = numbersOf(key);
      const ends = [numbers[0] as number, numbers.at(-1) as number];
      if (ends.some((number) => excluded.has(keys[number] as string))) continue;
      kept.push({ key, numbers, mentions });
    }
    const dropped = new Set<number | string>();
    for (const { numbers, mentions } of kept) {
      for (let from = 0; from < numbers.length; from++)
        for (let to = from; to < numbers.length; to++) {
          if (to - from + 1 === numbers.length) continue;
          const part = phraseKey(numbers, from, to);
          if (this.phrases.get(part)?.count === mentions.count) dropped.add(part);
        }
    }
    return kept
      .filter(({ key }) => !dropped.has(key))
      .map(({ numbers, mentions }) => ({
        key: numbers.map((number) => keys[number]).join(" "),
        phrase: this.asWritten(numbers, mentions.count),
        mentions,
      }))
      .sort(
        (a, b) =>
          b.mentions.count - a.mentions.count ||
          b.key.split(" ").length - a.key.split(" ").length ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
  }

  /**
   * A phrase as these answers write it: each word as most often written,
   * two words joined by a hyphen when at least half the retros that mention
   * the phrase join them so.
   */
  private asWritten(numbers: readonly number[], retros: number): string {
    let phrase = this.mostWritten(numbers[0] as number);
    for (let i = 1; i < numbers.length; i++) {
      const hyphened = this.hyphens.get(phraseKey(numbers, i - 1, i))?.count ?? 0;
      phrase += `${hyphened * 2 >= retros ? "-" : " "}${this.mostWritten(numbers[i] as number)}`;
    }
    return phrase;
  }

  /** A word as these answers wrote it most often (on a tie, the first in alphabetical order: the same answers, the same result). */
  private mostWritten(number: number): string {
    const counts = new Map<string, number>();
    for (const way of writings[number] ?? [])
      counts.set(way.written, (counts.get(way.written) ?? 0) + (this.written[way.serial] ?? 0));
    let best = "";
    let most = 0;
    for (const [written, count] of counts) {
      if (count > most || (count === most && written < best)) [best, most] = [written, count];
    }
    return best;
  }
}

/** How many retros mention a phrase, and which (the newest `idsKept`). */
interface Mentions {
  count: number;
  /** The last retro counted: each retro counts once, however often it says it. */
  last: string;
  ids: string[];
}

/** Ids begin with their date: in reverse order, the newest retro comes first. */
const newestFirst = (ids: readonly string[]) => [...ids].sort().reverse();

/**
 * Adds `id` to `ids`, which keeps the `most` newest, oldest first. Retros are
 * read in no particular order, but mostly oldest first (folders are listed
 * by name): a new id most often goes last, after one comparison with the
 * oldest and one with the newest. (Looking for the oldest among the five at
 * each mention made `themes` over 10,000 retros 11% slower.)
 */
function keepNewest(ids: string[], id: string, most: number): void {
  // Every id, for `themes --json`: in any order, sorted when shown.
  if (most === Number.POSITIVE_INFINITY) {
    ids.push(id);
    return;
  }
  if (ids.length >= most) {
    if (most === 0 || id < (ids[0] as string)) return;
    ids.shift();
  }
  let at = ids.length;
  while (at > 0 && (ids[at - 1] as string) > id) at--;
  if (at === ids.length) ids.push(id);
  else ids.splice(at, 0, id);
}

/**
 * The themes of a period, compared with the previous one when given: the most
 * mentioned first, then those that were recurring before and are now fading.
 * `excluded`: the words of the question (`questionWords`).
 */
export function themesOf(
  current: PhraseCount,
  previous: PhraseCount | undefined,
  excluded: ReadonlySet<string>,
): Theme[] {
  const share = (count: PhraseCount, retros: number) =>
    count.answered === 0 ? 0 : retros / count.answered;
  const trendOf = (key: string, retros: number): Trend | undefined => {
    if (!previous) return undefined;
    const before = previous.mentionsOf(key).count;
    if (before === 0) return "new";
    const ratio = share(current, retros) / share(previous, before);
    return ratio >= CHANGE ? "rising" : ratio <= 1 / CHANGE ? "fading" : "steady";
  };
  const recurring = current.recurring(excluded);
  const themes: Theme[] = recurring.slice(0, MOST).map(({ key, phrase, mentions }) => {
    const trend = trendOf(key, mentions.count);
    return {
      phrase,
      retros: mentions.count,
      share: share(current, mentions.count),
      ids: newestFirst(mentions.ids),
      ...(trend ? { trend } : {}),
    };
  });
  if (previous) {
    const shown = new Set(recurring.map(({ key }) => key));
    const fading = previous
      .recurring(excluded)
      .filter(({ key }) => !shown.has(key))
      .slice(0, MOST_FADING)
      .map(({ key, phrase }) => {
        const { count, ids } = current.mentionsOf(key);
        return {
          phrase,
          retros: count,
          share: share(current, count),
          ids: newestFirst(ids),
          trend: "fading" as const,
        };
      });
    themes.push(...fading);
  }
  return themes;
}
