import { escapeRegExp } from "../domain/search.js";

/**
 * Finding text in the raw bytes of a batch of files, natively: a short-lived
 * process runs most of its JavaScript in the interpreter, so a byte loop
 * written in JavaScript loses to Buffer#indexOf and to the regular expression
 * engine. Case-sensitive text uses Buffer#indexOf on the bytes; ASCII text
 * ignoring case runs one regular expression over the batch read as latin1.
 */

export interface RawTerm {
  text: string;
  /** Only for ASCII text: bytes from 0x80 are compared as they are. */
  ignoreCase: boolean;
}

/** A file's place in the batch buffer: [start, end). */
export interface Slot {
  path: string;
  start: number;
  end: number;
}

/** Keeps the slots whose bytes hold the term. */
export type SlotFilter = (batch: Buffer, used: number, slots: readonly Slot[]) => Slot[];

export function slotFilter(term: RawTerm): SlotFilter {
  if (!term.ignoreCase || !/[a-z]/i.test(term.text)) {
    const needle = Buffer.from(term.text, "utf8");
    return (batch, used, slots) => keepMatching(slots, used, (from) => batch.indexOf(needle, from));
  }
  const pattern = new RegExp(escapeRegExp(term.text), "gi");
  return (batch, used, slots) => {
    const text = batch.toString("latin1", 0, used);
    return keepMatching(slots, used, (from) => {
      pattern.lastIndex = from;
      return pattern.exec(text)?.index ?? -1;
    });
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
