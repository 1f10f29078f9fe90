import { basename } from "node:path";
import type { DataIssue } from "../domain/issues.js";
import type { Located } from "../domain/located.js";
import { newestRetroFirst, type Retro } from "../domain/retro.js";
import { checkRetro } from "../domain/retro-check.js";
import { batchReader, type FileText } from "./batch-reader.js";
import type { RawTerm } from "./byte-search.js";
import { readCanonicalYaml } from "./canonical-yaml.js";
import { type FileFilter, forEachRetroFolder } from "./retro-files.js";

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
  /** Called every thousand files read, with the count so far: for a progress line. */
  onProgress?: (filesRead: number) => void;
  /** A file is parsed only when its raw bytes hold every one of these. */
  rawTerms?: RawTerm[];
}

const ANSWER_TEXT: ReadonlySet<string> = new Set(["answer"]);

export function scanRetros(options: ScanOptions): Promise<StoredRetro[]> {
  return collected((onRetro) => eachRetroIn(options, onRetro));
}

/**
 * Hands each retro of the folder to `onRetro` as soon as it is read, keeping
 * none: `stats` folds 10,000 retros into a few counters this way, and the
 * garbage collector never has to carry them all.
 */
export function eachRetroIn(
  options: ScanOptions,
  onRetro: (stored: StoredRetro) => void,
): Promise<void> {
  const { onProgress } = options;
  return eachRetro(
    (visit) => {
      let count = 0;
      forEachRetroFolder(options, (paths) => {
        for (const path of paths) {
          visit(path);
          if (onProgress && ++count % 1000 === 0) onProgress(count);
        }
      });
    },
    options,
    onRetro,
  );
}

type ReadOptions = Pick<ScanOptions, "rawTerms" | "onWarning" | "keepText" | "withoutAnswerText">;

/** Reads the given files as retros; the ones that fail are reported and left out. */
export function readRetros(paths: readonly string[], options: ReadOptions): Promise<StoredRetro[]> {
  return collected((onRetro) =>
    eachRetro(
      (visit) => {
        for (const path of paths) visit(path);
      },
      options,
      onRetro,
    ),
  );
}

async function collected(
  visit: (onRetro: (stored: StoredRetro) => void) => Promise<void>,
): Promise<StoredRetro[]> {
  const found: StoredRetro[] = [];
  await visit((stored) => found.push(stored));
  return found;
}

/** Calls `visit` with each path to read. */
type PathSource = (visit: (path: string) => void) => void;

async function eachRetro(
  paths: PathSource,
  options: ReadOptions,
  onRetro: (stored: StoredRetro) => void,
): Promise<void> {
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
  const needsYaml = readCanonicalRetros(paths, options, named);
  if (needsYaml.length > 0)
    await parseWithYaml(needsYaml, options.onWarning, named, options.keepText);
}

/**
 * The part of reading that needs no yaml library: files in the layout the
 * tool writes, read by the fast reader. Anything else is handed back, to be
 * parsed (or reported with its position) by the yaml library.
 */
function readCanonicalRetros(
  paths: PathSource,
  options: ReadOptions,
  onRetro: (stored: StoredRetro) => void,
): FileText[] {
  const needsYaml: FileText[] = [];
  const omit = options.withoutAnswerText ? ANSWER_TEXT : undefined;
  const reader = batchReader(options.rawTerms ?? [], options.onWarning, (file) => {
    const data = readCanonicalYaml(file.text, omit);
    const retro = data === undefined ? undefined : checkRetro(data).retro;
    // An invalid file goes to yaml too, to be reported once, with its line and column.
    if (retro === undefined) needsYaml.push(file);
    else onRetro({ path: file.path, retro, ...(options.keepText ? { text: file.text } : {}) });
  });
  paths(reader.add);
  reader.end();
  return needsYaml;
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
