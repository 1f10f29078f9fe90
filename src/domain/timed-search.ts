import type { Retro } from "./retro.js";
import { eachSearchedText, type Hit, type Matcher, searchRetro } from "./search.js";
import { inTime, TOO_SLOW } from "./timed-match.js";

/**
 * A regular expression a person types runs on text from anywhere (a cloned
 * repo, a pasted log line), and some backtrack for ever on some text:
 * `(\w+\s?)+:` on a long run of letters with no colon after it. Those run
 * under a time limit, and a retro on which one runs out is given up on, and
 * reported, while the others are still searched. Setting a limit costs more
 * than searching a retro (a thread is started and stopped; over 7,422
 * retros, a limit for every 64 made `search --regex` 18% slower): the
 * patterns that cannot take that long run without one, but on a retro
 * holding much text, and the others a batch of retros at a time, a batch
 * that runs out being searched again a retro at a time.
 */

/**
 * Whether a regular expression may backtrack for a very long time on some
 * text: it repeats a group (`(a+)+`, `(\w?\w?){20}`), holds two repetitions
 * without an upper bound, which may share what they match (`\w+\w+x` takes
 * 4 s on a run of 3,000 letters), or refers back to a group. Any other
 * pattern takes at most a time that grows as the square of a line's length
 * (`a.*x`: 9 ms on 3,000 letters).
 */
export function mayBacktrackLong(pattern: string): boolean {
  let unbounded = 0;
  let afterGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    const closesGroup = afterGroup;
    afterGroup = false;
    if (char === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) return true;
      i++;
    } else if (char === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (char === ")") {
      afterGroup = true;
    } else if ("*+?{".includes(char)) {
      if (closesGroup) return true;
      if (char === "*" || char === "+" || /^\{\d*,\}/.test(pattern.slice(i))) unbounded++;
    }
  }
  return unbounded >= 2;
}

/** Far more than a retro takes to search (microseconds; an answer of a megabyte, milliseconds). */
export const SEARCH_LIMIT_MS = 1000;
const BATCH_SIZE = 64;
/**
 * Any pattern may take a time that grows as the square of a line's length:
 * `a.*x` takes 6 s on a line of 100,000 letters. A retro holding more text
 * than this where search looks (typed answers hold a few thousand
 * characters) is searched under the limit, on its own.
 */
const LONG_TEXT_CHARS = 16 * 1024;

export interface TimedSearch<T> {
  /** Searches it, now or with its batch: the results come in the order added. */
  add(item: T): void;
  /** Searches the last batch. */
  end(): void;
}

export interface TimedSearchOptions {
  /** Every retro under a limit (a pattern that `mayBacktrackLong`), not only those holding much text. */
  everyRetro: boolean;
  limitMs?: number;
}

export function timedSearch<T extends { retro: Retro }>(
  matcher: Matcher,
  onSearched: (item: T, hits: Hit[]) => void,
  onTooSlow: (item: T) => void,
  { everyRetro, limitMs = SEARCH_LIMIT_MS }: TimedSearchOptions,
): TimedSearch<T> {
  let batch: T[] = [];
  function searchAlone(item: T): void {
    const hits = inTime(() => searchRetro(item.retro, matcher), limitMs);
    if (hits === TOO_SLOW) onTooSlow(item);
    else onSearched(item, hits);
  }
  function flush(): void {
    const items = batch;
    batch = [];
    const found = inTime(() => items.map((item) => searchRetro(item.retro, matcher)), limitMs);
    if (found === TOO_SLOW) for (const item of items) searchAlone(item);
    else
      for (let index = 0; index < items.length; index++)
        onSearched(items[index] as T, found[index] as Hit[]);
  }
  return {
    add(item) {
      if (everyRetro) {
        if (batch.push(item) === BATCH_SIZE) flush();
      } else if (searchedLength(item.retro) > LONG_TEXT_CHARS) searchAlone(item);
      else onSearched(item, searchRetro(item.retro, matcher));
    },
    end() {
      if (batch.length > 0) flush();
    },
  };
}

/** How much text search looks in: a hand-edited file may hold a long line in any field. */
function searchedLength(retro: Retro): number {
  let length = 0;
  eachSearchedText(retro, (_field, text) => {
    length += text.length;
  });
  return length;
}
