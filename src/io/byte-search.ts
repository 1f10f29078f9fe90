import { accentedForms, decomposable } from "../domain/fold.js";
import { caseForms } from "../domain/search.js";

/**
 * Finding text in the raw bytes of a batch of files, without decoding them.
 * Case-sensitive text uses Buffer#indexOf; ASCII text ignoring case, a
 * search that skips most bytes (below). Both beat a regular expression over
 * the batch read as latin1, by the strings they do not make (and the garbage
 * collections those cost). Text whose accents are ignored is searched
 * that way first, then byte by byte in the files holding a byte from 0x80.
 */

export interface RawTerm {
  text: string;
  /** As a literal pattern's `i` flag does (`caseForms`). */
  ignoreCase: boolean;
  /** Only for ASCII text: its letters may be written with accents (é for e), precomposed or not. */
  ignoreAccents?: boolean;
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
  const exact = exactFilter(term);
  // The exact search is enough unless the text may be written other ways than it finds.
  if (
    !term.ignoreAccents &&
    !(term.ignoreCase && /[^\x00-\x7f]/.test(term.text)) &&
    !decomposable(term.text)
  )
    return exact;
  const otherForms = formsFilter(term);
  return (bytes, used, slots) => {
    // The fast search first; the slower one only for the files it left out.
    const kept = new Set(exact(bytes, used, slots));
    return otherForms(bytes, used, slots, kept);
  };
}

/** The filter for the text as written, ignoring ASCII case if asked (other text: as it is). */
function exactFilter(term: RawTerm): SlotFilter {
  if (!ignoresCase(term)) {
    const needle = Buffer.from(term.text, "utf8");
    return (bytes, used, slots) => keepMatching(slots, used, (from) => bytes.indexOf(needle, from));
  }
  const find = foldedSearch(term.text);
  return (bytes, used, slots) => keepMatching(slots, used, (from) => find(bytes, from, used));
}

/** One character of the text: the bytes it may be written as. */
interface Step {
  /** Bytes that are the character on their own (an ASCII one, in either case when case is ignored). */
  single: Uint8Array;
  /** Its forms of more than one byte (other cases, accents), by their first byte. */
  multi: (Uint8Array[] | undefined)[];
}

/**
 * Keeps the files that hold the text written another way: each character as
 * itself or as one of its forms, its other cases when case is ignored
 * (`caseForms`: É for é), its accented forms when accents are
 * (`accentedForms`: é for e), then followed by any combining accents
 * (U+0300 to U+036F, bytes 0xCC 0x80 to 0xCD 0xAF; the few Greek letters up
 * to 0xCD 0xBF are let through too, as a prefilter may keep too much). No
 * form starts with those bytes, so the accents after a character are taken
 * as they come, with no going back.
 */
function formsFilter(
  term: RawTerm,
): (bytes: Buffer, used: number, slots: readonly Slot[], kept: Set<Slot>) => Slot[] {
  const steps: Step[] = [...term.text].map((char) => {
    const cased = term.ignoreCase ? caseForms(char) : [char];
    // Where accents count, a precomposed letter may be written decomposed too (é as e and
    // U+0301); where they are ignored, the letter and the accents after it are taken anyway.
    const forms = term.ignoreAccents
      ? [...cased, ...cased.flatMap(accentedForms)]
      : [...new Set(cased.flatMap((form) => [form, form.normalize("NFD")]))];
    const single = new Uint8Array(256);
    const multi: Step["multi"] = new Array(256).fill(undefined);
    for (const form of forms) {
      const encoded = Buffer.from(form, "utf8");
      const lead = encoded[0] as number;
      if (encoded.length === 1) single[lead] = 1;
      else multi[lead] = [...(multi[lead] ?? []), encoded];
    }
    return { single, multi };
  });
  // The first byte from 0x80 of every form of more than one byte (a decomposed letter's
  // accent), and of the accents when they are ignored: a match the exact search did not
  // find holds one of them.
  const leads = new Set(term.ignoreAccents ? [0xcc, 0xcd] : []);
  for (const step of steps)
    for (const forms of step.multi)
      for (const form of forms ?? []) leads.add(form.find((byte) => byte >= 0x80) as number);
  // The bytes a match may start with, and may hold next (after a first character of one
  // byte: a second character's bytes or an accent's; after a longer one, any continuation
  // byte): most places fail on one of them, before the whole text is tried.
  const [firstStep, secondStep] = steps as [Step, Step | undefined];
  const starts = leadBytes(firstStep);
  const seconds = secondStep ? leadBytes(secondStep) : new Uint8Array(256).fill(1);
  seconds.fill(1, 0x80, 0xc0);
  seconds[0xcc] = seconds[0xcd] = 1;
  /** Where the step's character ends when it starts at `at`, or -1. */
  function stepEnd(step: Step, bytes: Uint8Array, at: number, end: number): number {
    const byte = bytes[at] as number;
    if (step.single[byte]) return at + 1;
    const forms = step.multi[byte];
    if (forms === undefined) return -1;
    for (const form of forms) {
      if (at + form.length > end) continue;
      let i = 1;
      while (i < form.length && bytes[at + i] === form[i]) i++;
      if (i === form.length) return at + i;
    }
    return -1;
  }

  function matchesAt(bytes: Uint8Array, at: number, end: number): boolean {
    let next = at;
    for (let index = 0; index < steps.length; index++) {
      if (next >= end) return false;
      next = stepEnd(steps[index] as Step, bytes, next, end);
      if (next < 0) return false;
      while (
        term.ignoreAccents &&
        next + 1 < end &&
        (bytes[next] === 0xcc || bytes[next] === 0xcd) &&
        (bytes[next + 1] as number) >> 6 === 2
      )
        next += 2;
    }
    return true;
  }

  // Only the places near such a byte are tried: the characters of a match before its first
  // form of more than one byte are single bytes, fewer than the text has characters, and
  // that form's own first byte may be one more (a decomposed letter: e, then the accent).
  const before = steps.length;
  return (bytes, used, slots, kept) => {
    for (const lead of leads) {
      let index = 0;
      let tried = -1;
      for (let at = bytes.indexOf(lead); at >= 0 && at < used; at = bytes.indexOf(lead, at + 1)) {
        while (index < slots.length && (slots[index] as Slot).end <= at) index++;
        const slot = slots[index];
        if (slot === undefined) break;
        if (at < slot.start) continue;
        if (kept.has(slot)) {
          at = slot.end;
          continue;
        }
        for (let from = Math.max(tried + 1, at - before, slot.start); from <= at; from++) {
          if (
            starts[bytes[from] as number] &&
            (from + 1 === slot.end || seconds[bytes[from + 1] as number]) &&
            matchesAt(bytes, from, slot.end)
          ) {
            kept.add(slot);
            at = slot.end;
            break;
          }
        }
        tried = at;
      }
    }
    return slots.filter((slot) => kept.has(slot));
  };
}

/** The first bytes of a step's character, in any of its forms. */
function leadBytes(step: Step): Uint8Array {
  const leads = Uint8Array.from(step.single);
  step.multi.forEach((forms, lead) => {
    if (forms) leads[lead] = 1;
  });
  return leads;
}

/** ASCII text with a letter, matched ignoring case (the folded search; other text is looked for as written, then by its case forms). */
const ignoresCase = (term: RawTerm) =>
  term.ignoreCase && /[a-z]/i.test(term.text) && /^[\x00-\x7f]*$/.test(term.text);

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
