import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  statSync,
} from "node:fs";
import type { Located } from "../domain/located.js";
import { describeFsError } from "./fs-errors.js";
import { isWithin } from "./real-path.js";
import type { OpenFile } from "./text-file.js";

/**
 * The retro files in a retros folder: `<dir>/<YYYY>/<YYYY-MM-DD>-….yaml`,
 * in name order. Year folders and file names outside the asked dates are
 * passed over without being opened. A retro's name is handed on as it is,
 * to be opened with `foundFileOpener`, whose reader reports it if it is not
 * a regular file (a fifo, a folder, a link outside, a broken link); anything
 * else found there (another kind of file, a link loop) is reported once and
 * skipped.
 */

export interface FileFilter {
  dir: string;
  /** Inclusive bounds on the date in the file name (`YYYY-MM-DD-…`). */
  since?: string;
  until?: string;
  /** Only files whose name starts with this (an id prefix), when set. */
  namePrefix?: string;
  /** Names in reverse order, so that the newest year and the newest day come first. */
  newestFirst?: boolean;
  onWarning: (warning: Located) => void;
}

const MAX_DEPTH = 4;
const FILES_PER_STEP = 1000;
const DATED_NAME = /^\d{4}-\d{2}-\d{2}-/;
/** A year folder's name: `<dir>/<YYYY>/`. */
export const YEAR_FOLDER = /^\d{4}$/;

/**
 * The retro files of each folder in turn, in name order (or its reverse), a
 * thousand at most in each step: memory holds one folder's names at a time,
 * whatever the size of the tree, and a reader that stops early (`show
 * latest`) does not wait for the paths of a year of 150,000 files.
 * (Not one step per file: resuming a generator for each of 10,000 files
 * cost more than the walk itself.)
 */
export function* retroFolders(options: FileFilter): Generator<string[], void, undefined> {
  const root = options.dir.replace(/\/+$/, "") || "/";
  const warn = (path: string, message: string) => options.onWarning({ path, message });
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    warn(root, `${describeFsError(error)}, skipped`);
    return;
  }
  const visited = new Set<string>();
  function* walk(dir: string, depth: number): Generator<string[], void, undefined> {
    let names: string[];
    try {
      // Through symbolic links a folder can hold itself: each real folder is read once.
      const real = realpathSync(dir);
      if (visited.has(real)) {
        warn(dir, "symbolic link loop, skipped");
        return;
      }
      visited.add(real);
      // Names alone, which Node sorts. With their types, a year folder of
      // 18,000 retros took 8 ms more to list, and as much again to collect
      // (`show latest`): a retro's name is taken as a file, and opened
      // without following a link (`foundFileOpener`); any other is asked its type.
      names = readdirSync(dir);
      if (options.newestFirst) names.reverse();
      // A narrow read (`show <id>`, `list --since`) passes over most of a big
      // year's names: dropped first, in a pass so small that V8 compiles it
      // at once. Over 18,000 names, the loop below grew hot and V8 compiled
      // it, and the command waited 20 ms at exit for code it no longer ran.
      if (isNarrow(options))
        names = names.filter((name) => !isRetroName(name) || nameInRange(name, options));
    } catch (error) {
      warn(dir, `${describeFsError(error)}, skipped`);
      return;
    }
    let files: string[] = [];
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const path = `${dir}/${name}`;
      // Node reads a name that is not UTF-8 with replacement characters: no file has that name.
      if (name.includes("\ufffd")) {
        warn(path, "the file name is not valid UTF-8: rename it for the tool to read it; skipped");
        continue;
      }
      if (isYamlName(name)) {
        // Taken without opening it: the reader reports it if it is not a regular file.
        if (nameInRange(name, options) && files.push(path) === FILES_PER_STEP) {
          yield files;
          files = [];
        }
        continue;
      }
      let isDirectory: boolean;
      try {
        isDirectory = isFolder(path, realRoot);
      } catch (error) {
        warn(path, `${describeFsError(error)}, skipped`);
        continue;
      }
      if (!isDirectory) {
        warn(path, "not a retro (not a .yaml file), skipped");
      } else if (depth < MAX_DEPTH && (!YEAR_FOLDER.test(name) || yearInRange(name, options))) {
        // The files named before this folder come before its own, as in a sorted listing.
        if (files.length > 0) yield files;
        files = [];
        yield* walk(path, depth + 1);
      }
    }
    if (files.length > 0) yield files;
  }
  yield* walk(root, 0);
}

/**
 * Whether a name is a folder. A symbolic link is followed only when it leads
 * inside the retros folder: a cloned repo's link could send list, prune or
 * forget to files anywhere.
 */
function isFolder(path: string, realRoot: string): boolean {
  const entry = lstatSync(path);
  return entry.isSymbolicLink()
    ? statSync(targetInside(path, realRoot)).isDirectory()
    : entry.isDirectory();
}

function targetInside(link: string, realRoot: string): string {
  const target = realpathSync(link);
  if (!isWithin(realRoot, target)) throw Object.assign(new Error(link), { code: "EOUTSIDE" });
  return target;
}

/**
 * How to open the files that `retroFolders` finds under `root`: a symbolic
 * link (the listing does not tell) only when it leads inside that folder.
 */
export function foundFileOpener(root: string): OpenFile {
  return (path, flags) => {
    try {
      return openSync(path, flags | constants.O_NOFOLLOW);
    } catch (error) {
      // The error O_NOFOLLOW gives for a link (and a loop in the path gives too).
      if ((error as NodeJS.ErrnoException).code !== "ELOOP") throw error;
      return openSync(targetInside(path, realpathSync(root)), flags);
    }
  };
}

/**
 * Whether `open` (a `foundFileOpener`) opens `path` as a regular file: the
 * names that `show` and `edit` would read, for completion to offer no other.
 */
export function opensAsFile(open: OpenFile, path: string): boolean {
  let fd: number | undefined;
  try {
    fd = open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    return fstatSync(fd).isFile();
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every retro file under the folder, as retroFolders finds them. */
export function listRetroFiles(options: FileFilter): string[] {
  const all: string[] = [];
  for (const paths of retroFolders(options)) {
    // Not all.push(...paths): a year folder of 150,000 files would overflow the call stack.
    for (const path of paths) all.push(path);
  }
  return all;
}

function yearInRange(year: string, { since, until }: FileFilter): boolean {
  return (
    (since === undefined || year >= since.slice(0, 4)) &&
    (until === undefined || year <= until.slice(0, 4))
  );
}

/** The day a file's name starts with (`YYYY-MM-DD-…`), if it starts with one. */
export function dayOfName(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return DATED_NAME.test(name) ? name.slice(0, 10) : undefined;
}

const isNarrow = ({ since, until, namePrefix }: FileFilter) =>
  since !== undefined || until !== undefined || namePrefix !== undefined;

const isYamlName = (name: string) => name.endsWith(".yaml") || name.endsWith(".yml");

/** A name the loop of `walk` takes as a retro, without a warning. */
const isRetroName = (name: string) =>
  !name.startsWith(".") && !name.includes("\ufffd") && isYamlName(name);

function nameInRange(name: string, { since, until, namePrefix }: FileFilter): boolean {
  if (namePrefix !== undefined && !name.startsWith(namePrefix)) return false;
  if (since === undefined && until === undefined) return true;
  if (!DATED_NAME.test(name)) return true;
  const date = name.slice(0, 10);
  return (since === undefined || date >= since) && (until === undefined || date <= until);
}
