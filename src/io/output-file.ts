import { constants, open } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { type AtomicFile, openAtomically } from "./atomic-write.js";
import { fileWriter } from "./text-file.js";

export interface OutputFile extends AtomicFile {
  /** Whether it appears only whole (a file), or is written as it comes (a device, a fifo). */
  whole: boolean;
}

/**
 * The file `-o` names. A regular file, or a new one, appears only whole
 * (atomic-write.ts): through a symbolic link, the file it leads to is the one
 * replaced, as a shell's `>` would write to it, not the link. A device, a
 * fifo or a socket (`/dev/stdout`, `/dev/null`, a named pipe) is written
 * as it comes: replaced by a file, it would stop being one, and as root
 * `-o /dev/null` would have replaced everyone's.
 */
export async function openOutputFile(path: string): Promise<OutputFile> {
  const existing = await stat(path).catch(() => undefined);
  // Refused before the document is made, not once it is written.
  if (existing?.isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
  if (existing === undefined) return wholeFile(path);
  if (existing.isFile()) return wholeFile(await realpath(path));
  // Off the main thread: a fifo's open waits for a reader, and Ctrl-C still works meanwhile.
  const { write, close } = fileWriter(await promisify(open)(path, constants.O_WRONLY));
  return { write, commit: async () => close(), discard: close, whole: false };
}

// Readable by the user alone: it holds notes about candidates. Into a folder
// that exists, as a shell's `>` writes: a mistyped one is not made, with the
// notes in it. (Its temporary file goes beside it: ENOENT is that folder.)
async function wholeFile(path: string): Promise<OutputFile> {
  try {
    return {
      ...(await openAtomically(path, { mode: 0o600, replace: true, makeFolders: false })),
      whole: true,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw Object.assign(new Error(path), { code: "ENOFOLDER" });
  }
}
