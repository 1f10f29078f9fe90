import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Located } from "../domain/located.js";
import { type RawTerm, type Slot, slotFilter } from "./byte-search.js";
import { describeFsError } from "./fs-errors.js";
import { holdYoungGeneration } from "./heap-tuning.js";
import type { OpenFile } from "./text-file.js";
import { utf8Text } from "./utf8.js";

/**
 * Reads many small files fast. Files are read into one shared buffer, a
 * newline between each, and every term is searched in the raw bytes of the
 * whole batch at once. Only the files that hold every term are decoded as
 * UTF-8 (checked: see utf8.ts) and handed on: no string is made for a file
 * that cannot match.
 */

export interface FileText {
  path: string;
  text: string;
}

/** Answers may be long (1 MB is fine); a file past this is not a retro anyone typed. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The most text of a retro outside the layout the tool writes (a hand-edited
 * or cloned file) that goes to the yaml library: it took 1.3 GiB and 12 s to
 * read a sequence of a million numbers in 8 MiB, the most a retro may be.
 */
export const MAX_HAND_WRITTEN_CHARS = 1024 * 1024;

export const HAND_WRITTEN_TOO_LARGE =
  "larger than 1 MiB and not in the layout interview-retro writes: not read";

/** Some sixty retros per search pass, in a buffer that stays in the CPU's cache. */
const BATCH_BYTES = 120 * 1024;
/** A read that fills this much may have more behind it: the file is then read on its own. */
const SMALL_FILE_BYTES = 32 * 1024;
const NEWLINE = 0x0a;
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export interface BatchReader {
  /** Reads one more file (handed on now or with its batch). */
  add(path: string): void;
  /** Hands on what the last batch holds. */
  end(): void;
}

/** Files given one by one to `add`; those that hold every term go to `onFile`, in the order given. */
export function batchReader(
  terms: readonly RawTerm[],
  onWarning: (warning: Located) => void,
  onFile: (file: FileText) => void,
  open: OpenFile = openSync,
): BatchReader {
  const batch = Buffer.allocUnsafe(BATCH_BYTES);
  const filters = terms.map(slotFilter);
  let used = 0;
  let slots: Slot[] = [];

  function flush(): void {
    holdYoungGeneration();
    if (slots.length === 0) return;
    const passing = filters.reduce(
      (kept, filter) => (kept.length > 0 ? filter(batch, used, kept) : kept),
      slots,
    );
    for (const slot of passing) handOn(slot.path, batch.subarray(slot.start, slot.end));
    used = 0;
    slots = [];
  }

  /** A file in another encoding is reported, not read with U+FFFD in place of its letters. */
  function handOn(path: string, bytes: Buffer): void {
    const text = utf8Text(bytes, path);
    if (typeof text === "string") onFile({ path, text });
    else onWarning(text);
  }

  function add(path: string): void {
    if (BATCH_BYTES - used < SMALL_FILE_BYTES + 1) flush();
    let fd: number | undefined;
    try {
      // Non-blocking, so that a fifo named like a retro cannot hang the command.
      fd = open(path, OPEN_FLAGS);
      const length = readSync(fd, batch, used, SMALL_FILE_BYTES, 0);
      if (length === 0) {
        const message = fstatSync(fd).isFile()
          ? "empty file, not a retro"
          : "not a regular file, skipped";
        onWarning({ path, message });
      } else if (length < SMALL_FILE_BYTES) {
        slots.push({ path, start: used, end: used + length });
        batch[used + length] = NEWLINE;
        used += length + 1;
      } else {
        const whole = readLargeFile(fd, path, onWarning);
        const alone: Slot[] = whole ? [{ path, start: 0, end: whole.length }] : [];
        if (whole && filters.every((filter) => filter(whole, whole.length, alone).length > 0)) {
          // Its batch's files come first: files are handed on in the order given.
          flush();
          handOn(path, whole);
        }
      }
    } catch (error) {
      onWarning({ path, message: `${describeFsError(error)}, skipped` });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  return { add, end: flush };
}

function readLargeFile(
  fd: number,
  path: string,
  onWarning: (warning: Located) => void,
): Buffer | undefined {
  const size = fstatSync(fd).size;
  const tooLarge = () => {
    onWarning({ path, message: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not read` });
    return undefined;
  };
  if (size > MAX_FILE_BYTES) return tooLarge();
  // One byte more than announced, to notice a file that grows while it is read.
  const buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    const read = readSync(fd, buffer, length, buffer.length - length, length);
    if (read === 0) break;
    length += read;
    if (length === buffer.length) return tooLarge();
  }
  return buffer.subarray(0, length);
}
