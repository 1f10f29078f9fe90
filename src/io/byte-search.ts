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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function slotFilter(term: RawTerm): SlotFilter {
  if (!term.ignoreCase || !/[a-z]/i.test(term.text)) {
    const needle = Buffer.from(term.text, "utf8");
    return (batch, _used, slots) =>
      slots.filter((slot) => {
        const at = batch.indexOf(needle, slot.start);
        return at >= 0 && at + needle.length <= slot.end;
      });
  }
  const pattern = new RegExp(escapeRegExp(term.text), "gi");
  return (batch, used, slots) => {
    const text = batch.toString("latin1", 0, used);
    const kept: Slot[] = [];
    let index = 0;
    pattern.lastIndex = slots[0]?.start ?? used;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      while (index < slots.length && (slots[index] as Slot).end <= match.index) index++;
      const slot = slots[index];
      if (slot === undefined) break;
      if (match.index >= slot.start) {
        kept.push(slot);
        index++;
      }
      // Go on from the next file that is still a candidate: one match per file is enough.
      pattern.lastIndex = slots[index]?.start ?? used;
    }
    return kept;
  };
}
