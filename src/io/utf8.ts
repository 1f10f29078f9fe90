import { isUtf8 } from "node:buffer";
import type { Located } from "../domain/located.js";

/*
 * A file saved in another encoding (Latin-1 from an editor set that way, a
 * Windows code page): decoding it as UTF-8 would turn each such letter into
 * U+FFFD, so `validate` would pass it, `show` would print the replacement
 * mark, and grep would call the file binary. It is refused instead, saying
 * where the first such byte is.
 */

/** The text of `bytes`, or where in `path` it stops being UTF-8 (the check is native, and costs little beside the decoding). */
export function utf8Text(bytes: Buffer, path: string): string | Located {
  return isUtf8(bytes) ? bytes.toString("utf8") : notUtf8(bytes, path);
}

/** Text that is not UTF-8, as an error: its code is the errno for an illegal byte sequence, which `describeFsError` explains. */
export class NotUtf8Error extends Error {
  readonly code = "EILSEQ";

  constructor(readonly problem: Located) {
    super(problem.message);
  }
}

/** The text of `bytes`, or a `NotUtf8Error`. */
export function decodeUtf8(bytes: Buffer, path: string): string {
  const text = utf8Text(bytes, path);
  if (typeof text !== "string") throw new NotUtf8Error(text);
  return text;
}

const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

function notUtf8(bytes: Buffer, path: string): Located {
  // What Windows PowerShell's `>` and Notepad's "Unicode" write.
  if (UTF16_BOMS.some((bom) => bytes.subarray(0, 2).equals(bom)))
    return { path, message: "UTF-16 text: save it as UTF-8" };
  // Text never holds a raw NUL (the writer escapes it): an image, an archive.
  if (bytes.includes(0)) return { path, message: "a binary file, not text" };
  const bad = validLength(bytes);
  // (At 0, not lastIndexOf(…, -1): a negative offset counts from the end.)
  const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = 1 + countNewlines(bytes.subarray(0, lineStart));
  // Columns in characters, as the yaml library counts them for other problems.
  const col = 1 + [...bytes.toString("utf8", lineStart, bad)].length;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return { path, line, col, message: `not UTF-8 text (byte 0x${byte}): save it as UTF-8` };
}

/** The length of the UTF-8 text before the first byte that does not continue it. */
function validLength(bytes: Buffer): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    // isUtf8 on one character knows the rest: stray continuation bytes, overlong forms, surrogates.
    if (!isUtf8(bytes.subarray(at, at + size))) return at;
    at += size;
  }
  return at;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}
