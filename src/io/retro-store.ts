import { basename } from "node:path";
import type { DataIssue } from "../domain/issues.js";
import type { Located } from "../domain/located.js";
import { newestRetroFirst, type Retro } from "../domain/retro.js";
import { checkRetro } from "../domain/retro-check.js";
import {
  batchReader,
  type FileText,
  HAND_WRITTEN_TOO_LARGE,
  MAX_HAND_WRITTEN_CHARS,
} from "./batch-reader.js";
import type { RawTerm } from "./byte-search.js";
import { readCanonicalYaml } from "./canonical-yaml.js";
import { tuneForReadingMany } from "./heap-tuning.js";
import { dayOfName, type FileFilter, foundFileOpener, retroFolders } from "./retro-files.js";
import type { OpenFile } from "./text-file.js";

/**
 * Reads the retros folder for `list`, `search`, `show` and `stats`: fast on 10,000
 * files, and unbroken by a messy one. A file whose name, date or raw text
 * cannot match is never parsed; a file that cannot be read or is not a valid
 * retro is reported once through `onWarning` and skipped.
 */

export interface StoredRetro {
  path: string;
  retro: Retro;
  /** The file as stored, for `show --yaml` (only with `keepText`). */
  text?: string;
}

export interface ScanOptions extends FileFilter {
  /** Keep each file's text (`show --yaml`); otherwise it is dropped once read, to save memory. */
  keepText?: boolean;
  /** Leave the answers' text out (`stats` needs only verdicts, scores and choices). */
  withoutAnswerText?: boolean;
  /** No retro handed on is kept once `onRetro` returns: its text values may stay views into its file's text. */
  transient?: boolean;
  /** Called every thousand files read, with the count so far: for a progress line. */
  onProgress?: (filesRead: number) => void;
  /** A file is parsed only when its raw bytes hold every one of these. */
  rawTerms?: RawTerm[];
  /** Awaited after the retros of a few days are handed on (newest first): a slow reader of the output holds the reading back. */
  pause?: () => Promise<void> | undefined;
}

const ANSWER_TEXT: ReadonlySet<string> = new Set(["answer"]);

export function scanRetros(options: ScanOptions): Promise<StoredRetro[]> {
  return collected((onRetro) => eachRetroIn(options, onRetro));
}

/**
 * Hands each retro of the folder to `onRetro` as soon as it is read, in no
 * particular order, keeping none: `stats` folds 10,000 retros into a few
 * counters this way, and the garbage collector never has to carry them all.
 */
export async function eachRetroIn(
  options: ScanOptions,
  onRetro: (stored: StoredRetro) => void,
): Promise<void> {
  await tuneForFolder(options);
  const reading = retroReading(options, onRetro, foundFileOpener(options.dir));
  const progress = progressCounter(options);
  for (const paths of retroFolders(options)) {
    for (const path of paths) {
      reading.add(path);
      progress();
    }
    await reading.settle();
  }
}

/**
 * Hands each retro of the folder to `onRetro` newest first, as the folder is
 * read, until `onRetro` returns true. The names lead: the newest year folder
 * and the newest names are read first, and the retros read are handed on,
 * in order, when an older day's files are reached. Memory holds a few days'
 * retros, not the folder's, and `show latest` or `list --limit 10` read only
 * the newest days. They are handed on at the end of a day once `releaseEvery`
 * files are read: a batch's worth by default, the newest day alone with 1.
 *
 * A file whose name does not start with its date cannot be placed by its
 * name: it is held until its date comes, and one dated after its name is
 * handed on late, with a warning.
 */
export async function eachRetroNewestFirst(
  options: ScanOptions,
  onRetro: (stored: StoredRetro) => boolean | undefined,
  releaseEvery = RELEASE_EVERY,
): Promise<void> {
  await tuneForFolder(options);
  const held: StoredRetro[] = [];
  const reading = retroReading(
    options,
    (stored) => held.push(stored),
    foundFileOpener(options.dir),
  );
  const progress = progressCounter(options);
  let last: StoredRetro | undefined;
  let read = 0;
  let lastTurn = 0;
  /** Settles what is read and hands on the retros dated after `bound` (all, without one); true to stop. */
  async function release(bound?: string): Promise<boolean> {
    await reading.settle();
    held.sort(newestFirst);
    let count = 0;
    while (
      count < held.length &&
      (bound === undefined || (held[count] as StoredRetro).retro.date > bound)
    )
      count++;
    for (const stored of held.splice(0, count)) {
      if (last !== undefined && newestFirst(stored, last) < 0)
        options.onWarning({
          path: stored.path,
          message:
            "its name does not start with its date, so newer retros were shown before it (interview-retro validate says how to fix it)",
        });
      last = stored;
      if (onRetro(stored) === true) return true;
    }
    const wait = options.pause?.();
    if (wait) await wait;
    // Now and then the event loop gets a turn, so that a signal (Ctrl-C) is
    // seen while a long read goes on: awaiting a promise alone never gives it one.
    if (read - lastTurn >= TURN_EVERY) {
      lastTurn = read;
      await new Promise(setImmediate);
    }
    return false;
  }
  let day: string | undefined;
  let released = 0;
  for (const paths of retroFolders({ ...options, newestFirst: true })) {
    for (const path of paths) {
      const named = dayOfName(path);
      if (named !== undefined && named !== day) {
        // Between days, once a batch's worth is read: a release every day
        // would read the files a few at a time, and the search too.
        if (read - released >= releaseEvery) {
          released = read;
          if (await release(named)) return;
        }
        day = named;
      }
      reading.add(path);
      read++;
      progress();
    }
  }
  await release();
}

/** A read of the folder, not of one id's files (`show <id>`), is a read of many. */
const tuneForFolder = (options: ScanOptions) =>
  options.namePrefix === undefined ? tuneForReadingMany() : undefined;

/** About a batch of the reader's (batch-reader.ts): `list --limit 10` reads a few dozen files, not the folder. */
const RELEASE_EVERY = 50;
const TURN_EVERY = 1000;

/** Calls `onProgress`, if given, every thousand files. */
function progressCounter({ onProgress }: ScanOptions): () => void {
  let count = 0;
  return () => {
    if (onProgress && ++count % 1000 === 0) onProgress(count);
  };
}

type ReadOptions = Pick<
  ScanOptions,
  "rawTerms" | "onWarning" | "keepText" | "withoutAnswerText" | "transient"
>;

/** Reads the given files as retros; the ones that fail are reported and left out. */
export function readRetros(paths: readonly string[], options: ReadOptions): Promise<StoredRetro[]> {
  return collected(async (onRetro) => {
    const reading = retroReading(options, onRetro);
    for (const path of paths) reading.add(path);
    await reading.settle();
  });
}

async function collected(
  visit: (onRetro: (stored: StoredRetro) => void) => Promise<void>,
): Promise<StoredRetro[]> {
  const found: StoredRetro[] = [];
  await visit((stored) => found.push(stored));
  return found;
}

interface RetroReading {
  /** Reads one more file (now, or with its batch). */
  add(path: string): void;
  /** Reads all that was added: every retro has then gone to `onRetro`, or a warning. */
  settle(): Promise<void>;
}

/**
 * Files in the layout the tool writes are read by the fast reader as they
 * come; anything else waits for `settle`, to be parsed (or reported with its
 * position) by the yaml library, which is loaded only then. Files are
 * opened with `open` (files a walk found: `foundFileOpener`).
 */
function retroReading(
  options: ReadOptions,
  onRetro: (stored: StoredRetro) => void,
  open?: OpenFile,
): RetroReading {
  // A file whose id is not its name is a copy or a rename: taken, it would be
  // listed twice, or picked at random by `show <id>`. (The warning leaves the
  // id out: it holds the candidate reference.)
  const named = (stored: StoredRetro) => {
    if (basename(stored.path).replace(/\.ya?ml$/, "") === stored.retro.id) onRetro(stored);
    else
      options.onWarning({
        path: stored.path,
        message: "its id is not its file name (a copy, or a rename?), skipped",
      });
  };
  let needsYaml: FileText[] = [];
  const reading = {
    ...(options.withoutAnswerText ? { omit: ANSWER_TEXT } : {}),
    transient: options.transient === true,
  };
  const reader = batchReader(
    options.rawTerms ?? [],
    options.onWarning,
    (file) => {
      const data = readCanonicalYaml(file.text, reading);
      const retro = data === undefined ? undefined : checkRetro(data).retro;
      // An invalid file goes to yaml too, to be reported once, with its line and column,
      // unless it is too large for the library: its text is then not kept either.
      if (retro === undefined && file.text.length > MAX_HAND_WRITTEN_CHARS)
        options.onWarning({ path: file.path, message: HAND_WRITTEN_TOO_LARGE });
      else if (retro === undefined) needsYaml.push(file);
      else named({ path: file.path, retro, ...(options.keepText ? { text: file.text } : {}) });
    },
    open,
  );
  return {
    add: reader.add,
    async settle() {
      reader.end();
      if (needsYaml.length === 0) return;
      const files = needsYaml;
      needsYaml = [];
      await parseWithYaml(files, options.onWarning, named, options.keepText);
    },
  };
}

/** Newest first: by date, then by the time it was written, then by id. */
export const newestFirst = (a: StoredRetro, b: StoredRetro) => newestRetroFirst(a.retro, b.retro);

/** Files outside the canonical layout (hand-edited, or broken) go through the full YAML parser. */
async function parseWithYaml(
  files: FileText[],
  onWarning: (warning: Located) => void,
  onRetro: (stored: StoredRetro) => void,
  keepText = false,
): Promise<void> {
  const { parseYamlSource, locate, sourceData } = await import("./yaml-source.js");
  for (const { path, text } of files) {
    try {
      const { source, problems } = parseYamlSource(path, text);
      if (problems.length > 0) {
        onWarning(oneWarning(problems[0] as Located, problems.length));
        continue;
      }
      const read = sourceData(source);
      if ("problem" in read) {
        onWarning(read.problem);
        continue;
      }
      const checked = checkRetro(read.data);
      if (checked.retro) onRetro({ path, retro: checked.retro, ...(keepText ? { text } : {}) });
      else
        onWarning(
          oneWarning(locate(source, checked.issues[0] as DataIssue), checked.issues.length),
        );
    } catch (error) {
      // Alias bombs and absurd nesting end here, as one warning.
      onWarning({
        path,
        message: `not a readable retro: ${(error as Error).message.split("\n")[0]}`,
      });
    }
  }
}

/** One warning per file: the first problem, and how many more there are. */
function oneWarning(first: Located, count: number): Located {
  return count > 1
    ? { ...first, message: `${first.message} (and ${count - 1} more problems)` }
    : first;
}
