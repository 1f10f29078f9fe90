/**
 * Finding text in the raw bytes of a batch of files, without decoding them.
 * Case-sensitive text uses Buffer#indexOf; ASCII text ignoring case, a
 * search that skips most bytes (below). Both beat a regular expression over
 * the batch read as latin1, by the strings they do not make (and the garbage
 * collections those cost).
 */

export interface RawTerm {
  text: string;
  /** Only for ASCII text: bytes from 0x80 are compared as they are. */
  ignoreCase: boolean;
}

/** A file's place in a buffer: [start, end). */
export interface Slot {
  path: string;
  start: number;
  end: number;
}

/** Keeps the slots whose bytes (in `bytes`, up to `used`) hold the term. */
export type SlotFilter = (bytes: Buffer, used: number, slots: readonly Slot[]) => Slot[];

/** The filter that keeps the files holding the term. */
export function slotFilter(term: RawTerm): SlotFilter {
  if (!ignoresCase(term)) {
    const needle = Buffer.from(term.text, "utf8");
    return (bytes, used, slots) => keepMatching(slots, used, (from) => bytes.indexOf(needle, from));
  }
  const find = foldedSearch(term.text);
  return (bytes, used, slots) => keepMatching(slots, used, (from) => find(bytes, from, used));
}

/** Text with a letter, matched ignoring case (text without one matches the same either way). */
const ignoresCase = (term: RawTerm) => term.ignoreCase && /[a-z]/i.test(term.text);

/** ASCII letters to lower case; every other byte as it is. */
const FOLD = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte,
);

/**
 * ASCII text ignoring case: Horspool's algorithm on case-folded bytes, which
 * skips most bytes rather than compare them. Bytes from 0x80 never equal an
 * ASCII byte.
 */
export function foldedSearch(
  text: string,
): (bytes: Uint8Array, from: number, end: number) => number {
  const length = text.length;
  const pattern = Uint8Array.from(text, (char) => FOLD[char.charCodeAt(0)] as number);
  const last = pattern[length - 1] as number;
  // How far the window may move when its last byte is this one.
  const shift = new Int32Array(256).fill(length);
  for (let i = 0; i < length - 1; i++) {
    for (let byte = 0; byte < 256; byte++)
      if (FOLD[byte] === pattern[i]) shift[byte] = length - 1 - i;
  }
  return (bytes, from, end) => {
    for (let at = from + length - 1; at < end; at += shift[bytes[at] as number] as number) {
      if (FOLD[bytes[at] as number] !== last) continue;
      let i = length - 2;
      while (i >= 0 && FOLD[bytes[at - length + 1 + i] as number] === pattern[i]) i--;
      if (i < 0) return at - length + 1;
    }
    return -1;
  };
}

/**
 * Walks the batch once: finds the next match, keeps the file it falls in, and
 * goes on from the start of the next candidate file (one match per file is enough).
 */
function keepMatching(
  slots: readonly Slot[],
  used: number,
  next: (from: number) => number,
): Slot[] {
  const kept: Slot[] = [];
  let index = 0;
  while (index < slots.length) {
    const at = next((slots[index] as Slot).start);
    if (at < 0 || at >= used) break;
    while (index < slots.length && (slots[index] as Slot).end <= at) index++;
    const slot = slots[index];
    if (slot === undefined) break;
    if (at >= slot.start) {
      kept.push(slot);
      index++;
    }
  }
  return kept;
}
