import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { decodeUtf8 } from "./utf8.js";

/** A template, a config, a word list, a draft: text a person typed, never this large. */
const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/** Why a file was not read, with a code that `describeFsError` explains. */
class RefusedFile extends Error {
  constructor(
    readonly code: "EISDIR" | "EFTYPE" | "EFBIG",
    path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/** Opens a file with the flags given: `openSync`, or a stricter way (`foundFileOpener` in retro-files.ts). */
export type OpenFile = (path: string, flags: number) => number;

/**
 * The text of a file that a cloned repo or a config names: only a regular
 * file (a fifo would hang the tool, /dev/zero would fill its memory), of at
 * most `max` bytes, in UTF-8 (else a `NotUtf8Error`). Opened without
 * blocking, so that a fifo cannot stop it.
 */
export function readTextFile(
  path: string,
  max = MAX_TEXT_FILE_BYTES,
  open: OpenFile = openSync,
): string {
  return decodeUtf8(readFileBytes(path, max, open), path);
}

/** The bytes of such a file, whatever their encoding. */
export function readFileBytes(
  path: string,
  max = MAX_TEXT_FILE_BYTES,
  open: OpenFile = openSync,
): Buffer {
  const fd = open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    // A folder says so, as a read of it does where the batch reader meets one.
    if (stat.isDirectory()) throw new RefusedFile("EISDIR", path);
    if (!stat.isFile()) throw new RefusedFile("EFTYPE", path);
    if (stat.size > max) throw new RefusedFile("EFBIG", path);
    // One byte more than announced, to notice a file that grows while it is read.
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
      if (length > max || length === buffer.length) throw new RefusedFile("EFBIG", path);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Reused by writeTextSync: a Buffer per write left the freed memory to the allocator, which kept it. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** Writes the whole of `text` to `fd` (at `position`, or where the file is), whatever a single write takes; returns the bytes written. */
export function writeTextSync(fd: number, text: string, position?: number): number {
  const length = Buffer.byteLength(text);
  if (length > scratch.length) scratch = Buffer.allocUnsafe(length);
  scratch.write(text);
  writeBytesSync(fd, scratch.subarray(0, length), position);
  return length;
}

/** Writes the whole of `bytes` to `fd` (at `position`, or where the file is), whatever a single write takes. */
export function writeBytesSync(fd: number, bytes: Uint8Array, position?: number): void {
  for (let done = 0; done < bytes.length; )
    done += writeSync(
      fd,
      bytes,
      done,
      bytes.length - done,
      position === undefined ? null : position + done,
    );
}

/** A file descriptor written to until it is closed (once; closing again does nothing). */
export function fileWriter(fd: number): {
  write: (text: string | Uint8Array) => void;
  close: () => void;
} {
  let open: number | undefined = fd;
  return {
    write(text) {
      if (open === undefined) throw new Error("written after commit");
      if (typeof text === "string") writeTextSync(open, text);
      else writeBytesSync(open, text);
    },
    close() {
      if (open !== undefined) closeSync(open);
      open = undefined;
    },
  };
}
