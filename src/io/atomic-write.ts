import { openSync, rmSync } from "node:fs";
import { link, mkdir, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isWithin, realExisting } from "./real-path.js";
import { fileWriter } from "./text-file.js";

/**
 * Writes `content` at `path` whole or not at all: to a temporary file in the
 * same folder first (never a partial file, a full disk included), then into
 * place. A new retro is hard-linked into place, which refuses an existing
 * file atomically, even against another process (EEXIST); a draft or an
 * output file replaces the one before (rename). The temporary file is removed
 * whatever happens.
 */
export async function writeAtomically(
  path: string,
  content: string,
  options: AtomicOptions,
): Promise<void> {
  const file = await openAtomically(path, options);
  try {
    file.write(content);
    await file.commit();
  } finally {
    file.discard();
  }
}

interface AtomicOptions {
  mode: number;
  replace: boolean;
  /** A folder the file must really be in: a symbolic link on the way may not lead out of it. */
  within?: string;
  /** Whether missing folders on the way are made (a new year's retros folder), or an error (`-o`). */
  makeFolders?: boolean;
}

/** A file being written, which appears at its path only once `commit` is called. */
export interface AtomicFile {
  write(text: string | Uint8Array): void;
  /** Puts the file in place. */
  commit(): Promise<void>;
  /** Removes the temporary file, if it is still there (after a commit, or instead of one). */
  discard(): void;
}

/** writeAtomically, piece by piece: a document of any size is written without being held. */
export async function openAtomically(
  path: string,
  { mode, replace, within, makeFolders = true }: AtomicOptions,
): Promise<AtomicFile> {
  const dir = dirname(path);
  if (within !== undefined && !isWithin(realExisting(within), realExisting(dir))) {
    throw Object.assign(new Error(`${dir}: leads outside ${within}`), { code: "EOUTSIDE" });
  }
  if (makeFolders) await createFolder(dir);
  // Loaded only to write: node:crypto costs 2 ms to load, 6 on Node 24.
  const { randomBytes } = await import("node:crypto");
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const { write, close } = fileWriter(openSync(temp, "wx", mode));
  return {
    write,
    async commit() {
      close();
      await (replace ? rename : link)(temp, path);
    },
    discard() {
      close();
      rmSync(temp, { force: true });
    },
  };
}

/**
 * `mkdir -p`, with the real reason when it fails: a recursive mkdir on a
 * read-only file system reports ENOENT, so the first missing folder is
 * created on its own to surface EROFS, EACCES or ENOTDIR instead.
 */
async function createFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw notAFolder(error);
    let missing = dir;
    while (dirname(missing) !== missing) {
      try {
        await mkdir(missing);
        // It could be made after all (another process raced us): try the whole path again.
        return createFolder(dir);
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code !== "ENOENT") throw notAFolder(inner);
        missing = dirname(missing);
      }
    }
    throw error;
  }
}

/** EEXIST from mkdir is a file (or a broken link) where a folder goes: not a name another run took first. */
const notAFolder = (error: unknown) =>
  (error as NodeJS.ErrnoException).code === "EEXIST"
    ? Object.assign(new Error((error as Error).message), { code: "ENOTDIR" })
    : error;
