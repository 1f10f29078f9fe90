import { fold } from "./fold.js";
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
  /** The retros that mention it, newest first. */
  ids: string[];
  /** Against the previous period of the same length, when there is one. */
  trend?: Trend;
}

/** Themes rank when at least this many retros mention them: one retro is not a pattern. */
const MIN_RETROS = 2;
/** Per question, the most frequent themes; fading ones come after them. */
const MOST = 10;
const MOST_FADING = 5;
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

interface Word {
  key: string;
  /** As written, lower case. */
  written: string;
  /** Not a theme on its own, nor at either end of a phrase. */
  common: boolean;
}

/** The words of a text, by clause: a phrase never runs over a full stop or a comma. */
function clauses(text: string, questionWords: ReadonlySet<string>): Word[][] {
  return text.split(/[.,;:!?()[\]{}"«»“”\n\t–—…/|]+/).map((clause) =>
    // Elisions and contractions: l'équipe is équipe, don't is don t (both stop words);
    // live-coding is live coding.
    (clause.match(/[\p{L}\p{N}]+/gu) ?? []).map((part) => {
      const key = wordKey(part);
      return {
        key,
        written: part.toLowerCase(),
        common:
          STOP_WORDS.has(fold(part)) ||
          questionWords.has(key) ||
          key.length < 2 ||
          /^\d+$/.test(key),
      };
    }),
  );
}

/** The words that a question's own text and hint hold: every answer echoes them. */
export function questionWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const clause of clauses(text, new Set())) for (const word of clause) words.add(word.key);
  return words;
}

/** The phrases of one to three words that a text holds, by key, with how each was written. */
function phrasesOf(text: string, questionWords: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const words of clauses(text, questionWords)) {
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= 3 && start + length <= words.length; length++) {
        const span = words.slice(start, start + length);
        // A phrase starts and ends with a word that means something: "lack of confidence", not "of confidence".
        if ((span[0] as Word).common || (span[length - 1] as Word).common) continue;
        const key = span.map((word) => word.key).join(" ");
        if (!found.has(key)) found.set(key, span.map((word) => word.written).join(" "));
      }
    }
  }
  return found;
}

/** The phrases of one question's answers over a period: which retros mention each, and how. */
export class PhraseCount {
  /** Retros that answered the question. */
  answered = 0;
  private readonly phrases = new Map<string, { ids: string[]; written: Map<string, number> }>();

  constructor(private readonly questionWords: ReadonlySet<string>) {}

  /** One retro's answer to the question (its text, or a verdict's notes). */
  add(id: string, text: string): void {
    this.answered++;
    for (const [key, written] of phrasesOf(text, this.questionWords)) {
      const seen = this.phrases.get(key) ?? {
        ids: [] as string[],
        written: new Map<string, number>(),
      };
      this.phrases.set(key, seen);
      seen.ids.push(id);
      seen.written.set(written, (seen.written.get(written) ?? 0) + 1);
    }
  }

  /** The retros that mention a phrase, by its key. */
  idsOf(key: string): readonly string[] {
    return this.phrases.get(key)?.ids ?? [];
  }

  /**
   * The phrases mentioned by enough retros, most mentioned first; a phrase
   * whose every mention is inside a longer one (the same retros mention the
   * longer one) gives way to it.
   */
  recurring(): { key: string; phrase: string; ids: string[] }[] {
    const kept = [...this.phrases].filter(([, { ids }]) => ids.length >= MIN_RETROS);
    const dropped = new Set<string>();
    for (const [key, { ids }] of kept) {
      const words = key.split(" ");
      for (let length = 1; length < words.length; length++)
        for (let start = 0; start + length <= words.length; start++) {
          const part = words.slice(start, start + length).join(" ");
          if (this.idsOf(part).length === ids.length) dropped.add(part);
        }
    }
    return kept
      .filter(([key]) => !dropped.has(key))
      .map(([key, { ids, written }]) => ({ key, phrase: mostWritten(written), ids }))
      .sort(
        (a, b) =>
          b.ids.length - a.ids.length ||
          b.key.split(" ").length - a.key.split(" ").length ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
  }
}

/** The way a phrase was written most often (on a tie, the first in alphabetical order: the same answers, the same result). */
function mostWritten(written: ReadonlyMap<string, number>): string {
  let best = "";
  let most = 0;
  for (const [text, count] of written) {
    if (count > most || (count === most && text < best)) [best, most] = [text, count];
  }
  return best;
}

/** Ids begin with their date: in reverse order, the newest retro comes first. */
const newestFirst = (ids: readonly string[]) => [...ids].sort().reverse();

/**
 * The themes of a period, compared with the previous one when given: the most
 * mentioned first, then those that were recurring before and are now fading.
 */
export function themesOf(current: PhraseCount, previous: PhraseCount | undefined): Theme[] {
  const share = (count: PhraseCount, retros: number) =>
    count.answered === 0 ? 0 : retros / count.answered;
  const trendOf = (key: string, retros: number): Trend | undefined => {
    if (!previous) return undefined;
    const before = previous.idsOf(key).length;
    if (before === 0) return "new";
    const ratio = share(current, retros) / share(previous, before);
    return ratio >= CHANGE ? "rising" : ratio <= 1 / CHANGE ? "fading" : "steady";
  };
  const recurring = current.recurring();
  const themes: Theme[] = recurring.slice(0, MOST).map(({ key, phrase, ids }) => {
    const trend = trendOf(key, ids.length);
    return {
      phrase,
      retros: ids.length,
      share: share(current, ids.length),
      ids: newestFirst(ids),
      ...(trend ? { trend } : {}),
    };
  });
  if (previous) {
    const shown = new Set(recurring.map(({ key }) => key));
    const fading = previous
      .recurring()
      .filter(({ key }) => !shown.has(key))
      .slice(0, MOST_FADING)
      .map(({ key, phrase }) => {
        const ids = current.idsOf(key);
        return {
          phrase,
          retros: ids.length,
          share: share(current, ids.length),
          ids: newestFirst(ids),
          trend: "fading" as const,
        };
      });
    themes.push(...fading);
  }
  return themes;
}
