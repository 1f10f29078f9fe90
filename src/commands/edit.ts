import {
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Config } from "../domain/config.js";
import { contextFieldProblem } from "../domain/context-fields.js";
import {
  type ContextRules,
  candidateProblem,
  choiceProblem,
  rulesFrom,
} from "../domain/context-rules.js";
import { type DataIssue, isRecord } from "../domain/issues.js";
import { formatLocated, type Located } from "../domain/located.js";
import { editCopyPath, retroRelativePath } from "../domain/naming.js";
import { identifyingReference } from "../domain/privacy.js";
import { renamedByEdit } from "../domain/renamed-by-edit.js";
import type { Retro } from "../domain/retro.js";
import { validateRetro } from "../domain/retro-validate.js";
import { CancelledError, ExitCode, ProblemError } from "../errors.js";
import { writeAtomically } from "../io/atomic-write.js";
import { MAX_FILE_BYTES } from "../io/batch-reader.js";
import { loadConfig } from "../io/config.js";
import { openInEditor } from "../io/editor.js";
import { describeFsError } from "../io/fs-errors.js";
import { YEAR_FOLDER } from "../io/retro-files.js";
import { readFileBytes } from "../io/text-file.js";
import { utf8Text } from "../io/utf8.js";
import { locate, parseYamlSource, sourceData } from "../io/yaml-source.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { commitRetro } from "./commit-retro.js";
import { holdingInterrupts } from "./interrupts.js";
import { resolveRetro } from "./resolve-retro.js";
import { withPrompter } from "./with-prompter.js";

export interface EditOptions {
  dir?: string;
  input?: boolean;
  color?: boolean;
  /** --commit / --no-commit; undefined leaves it to the config (git.commit), as for new. */
  commit?: boolean;
  push?: boolean;
}

/**
 * Opens a retro in the editor, on a copy beside it. When the editor closes
 * the copy is validated: a valid one replaces the file, atomically, if the
 * file is still as the editor found it; an invalid one is never saved over
 * the good file: the user edits again or discards (without a terminal, there
 * is no one to ask, and the copy is kept). An interrupted edit keeps its copy
 * too, and the next edit of that retro offers it back.
 */
export async function editCommand(
  target: string,
  options: EditOptions,
  world: World,
): Promise<number> {
  const { path, retro } = await resolveRetro(target, options, world);
  // Read before the editor opens: a broken config stops the edit before any work is done.
  const { values } = await loadConfig({
    cwd: world.cwd,
    env: world.env,
    flags: { dir: options.dir, "git.commit": options.commit, "git.push": options.push },
  });
  const rules = rulesFrom(values);
  const shown = displayPath(world.cwd, path);
  const stem = basename(path).replace(/\.ya?ml$/, "");
  const copy = editCopyPath(path);
  // Compared as bytes: an edit that only changed the encoding is a change (to be refused).
  const original = readFileSync(path);
  const kept = keptEdit(copy, world);
  if (kept === undefined || kept.equals(original) || !(await goOnWithKept(options, world, shown))) {
    rmSync(copy, { force: true });
    try {
      // A new file, never one that came in between: a link there would be written through.
      copyFileSync(path, copy, constants.COPYFILE_EXCL);
    } catch (error) {
      // A full disk may leave part of a copy, which the next edit would offer back.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") rmSync(copy, { force: true });
      throw new ProblemError(
        `cannot make the copy to edit beside ${shown} (${describeFsError(error)}): it was not changed`,
      );
    }
  }
  let keepCopy = false;
  const keptNotice = `your edit is kept in ${displayPath(world.cwd, copy)}; "interview-retro edit ${stem}" goes on with it`;
  try {
    for (;;) {
      // Ctrl-C, SIGTERM and SIGHUP while the editor is open: the editor gets
      // them too; the tool waits for it to close, then stops, keeping the copy.
      const {
        result: { ok, editor, problem },
        signal,
      } = await holdingInterrupts(() => openInEditor(copy, world.env));
      if (signal) {
        keepCopy = true;
        throw new CancelledError(`Interrupted: ${shown} was not changed; ${keptNotice}.`, signal);
      }
      if (!ok) {
        const why = problem ?? `the editor (${safeOneLine(editor)}) failed`;
        throw new ProblemError(`${why}; ${shown} was not changed`);
      }
      const edited = readFileSync(copy);
      if (edited.equals(original)) {
        world.stderr.write(`No changes: ${shown} is as it was.\n`);
        return ExitCode.ok;
      }
      const save = toSave(copy, edited, { path, stem }, retro, rules);
      const { problems } = save;
      if (problems.length === 0) {
        // forget, prune or another edit may have run while the editor was open.
        const now = readIfThere(path);
        if (now === undefined || !now.equals(original)) {
          keepCopy = true;
          const what = now === undefined ? "deleted (forget or prune?)" : "changed by someone else";
          throw new ProblemError(
            `${shown} was ${what} while the editor was open: your edit was not saved over it; ${keptNotice}.`,
          );
        }
        if (save.renamed === undefined) {
          renameSync(copy, path);
          world.stderr.write(`✔ Saved ${shown}\n`);
          return commitEdit({ path, stem }, values, world);
        }
        const moved = save.renamed;
        const shownMoved = displayPath(world.cwd, moved.path);
        try {
          await writeAtomically(moved.path, moved.text, {
            mode: 0o644,
            replace: false,
            within: dirname(dirname(path)),
          });
        } catch (error) {
          keepCopy = true;
          throw new ProblemError(
            `cannot save it as ${shownMoved} (${describeFsError(error)}): ${shown} was not changed; ${keptNotice}.`,
          );
        }
        rmSync(path);
        world.stderr.write(
          `✔ Saved as ${shownMoved} (renamed from ${shown}: the id and file name follow the date, role and candidate)\n`,
        );
        return commitEdit({ path: moved.path, stem: moved.id, renamedFrom: path }, values, world);
      }
      for (const problem of problems) {
        world.stderr.write(
          `${formatLocated({ ...problem, path: shown, message: safeOneLine(problem.message) })}\n`,
        );
      }
      const next = await editAgain(options, world);
      if (next === "keep") {
        keepCopy = true;
        world.stderr.write(`Not saved: ${shown} was not changed; ${keptNotice}.\n`);
        return ExitCode.problem;
      }
      if (next === "discard") {
        world.stderr.write(`Discarded: ${shown} was not changed.\n`);
        return ExitCode.problem;
      }
    }
  } finally {
    if (!keepCopy) rmSync(copy, { force: true });
  }
}

/**
 * An edit is committed as a new retro is: with git.commit (or --commit), the
 * file alone, pushed with git.push (or --push). Left uncommitted, a team
 * repository's `sync` would have nothing to push, and no one else would see it.
 */
async function commitEdit(
  { path, stem, renamedFrom }: { path: string; stem: string; renamedFrom?: string },
  values: Config,
  world: World,
): Promise<number> {
  if (!values["git.commit"]) return ExitCode.ok;
  const message = `retro: edit ${stem}`;
  return commitRetro(
    world,
    { path, message, ...(renamedFrom ? { renamedFrom } : {}) },
    values["git.push"],
  );
}

/**
 * The edit an earlier `edit` kept (interrupted, or not valid), if any: only a
 * regular file, as the tool leaves one. A cloned repo can commit a link under
 * that name (to ~/.bashrc, to /dev/zero): it is not read, and not written
 * through.
 */
function keptEdit(copy: string, world: World): Buffer | undefined {
  const entry = lstatSync(copy, { throwIfNoEntry: false });
  if (entry === undefined) return undefined;
  if (!entry.isFile())
    throw new ProblemError(
      `${displayPath(world.cwd, copy)} is not an edit this tool kept (${entry.isSymbolicLink() ? "a symbolic link" : "not a regular file"}): remove it, then edit again`,
    );
  return readFileBytes(copy, MAX_FILE_BYTES);
}

const readIfThere = (path: string): Buffer | undefined =>
  existsSync(path) ? readFileSync(path) : undefined;

/** An earlier edit of this retro was kept (interrupted, or not valid): go on with it (without a terminal, always)? */
async function goOnWithKept(options: EditOptions, world: World, shown: string): Promise<boolean> {
  if (options.input === false || world.stdin.isTTY !== true) {
    world.stderr.write(`Going on with the edit of ${shown} kept earlier.\n`);
    return true;
  }
  return withPrompter(world, options, (prompter) =>
    prompter.confirm({
      message: `An earlier edit of ${shown} was kept, not saved. Go on with it? (No starts again from the file)`,
      default: true,
    }),
  );
}

/**
 * The edited copy checked as it would be saved: where it goes, the problems
 * that keep it from being saved, and, when the edit changed the date, role
 * or candidate of a retro in a year folder, the new id and name it takes.
 */
function toSave(
  copy: string,
  bytes: Buffer,
  { path, stem }: { path: string; stem: string },
  before: Retro,
  rules: ContextRules,
): { problems: Located[]; renamed?: { id: string; path: string; text: string } } {
  const text = utf8Text(bytes, copy);
  if (typeof text !== "string") return { problems: [text] };
  const parsed = parseCopy(copy, text, before, rules);
  if ("problems" in parsed) return parsed;
  const folder = dirname(path);
  const renamed = YEAR_FOLDER.test(basename(folder))
    ? renamedByEdit(before, parsed.data, text)
    : undefined;
  if (renamed === undefined) return { problems: parsed.check(stem, basename(folder)) };
  const moved = parseCopy(copy, renamed.text, before, rules);
  if ("problems" in moved) return moved;
  const newPath = join(dirname(folder), retroRelativePath(renamed.id));
  return {
    problems: moved.check(renamed.id, basename(dirname(newPath))),
    renamed: { ...renamed, path: newPath },
  };
}

function parseCopy(
  copy: string,
  text: string,
  before: Retro,
  rules: ContextRules,
): { problems: Located[] } | { data: unknown; check: (stem: string, folder: string) => Located[] } {
  const { source, problems } = parseYamlSource(copy, text);
  if (problems.length > 0) return { problems };
  const read = sourceData(source);
  if ("problem" in read) return { problems: [read.problem] };
  return {
    data: read.data,
    check: (stem, folder) =>
      [
        ...validateRetro(read.data, { stem, folder }),
        ...contextBroughtIn(read.data, before, rules),
      ].map((issue) => locate(source, issue)),
  };
}

/**
 * The team's rules (`new` applies them to what is typed) for a candidate,
 * role or stage the edit brought in: a candidate that does not match the
 * team's candidate_pattern, or, with none, looks like a person (an email
 * address, a name), which would also name the file; a role or stage outside
 * the team's lists. A value that was there before is left to validate: the
 * edit may be about an answer. (One that is not a valid value at all, empty
 * or more than one line, is validateRetro's to report.)
 */
function contextBroughtIn(data: unknown, before: Retro, rules: ContextRules): DataIssue[] {
  if (!isRecord(data)) return [];
  const broughtIn = (field: "candidate" | "role" | "stage") => {
    const value = data[field];
    return typeof value === "string" &&
      value !== before[field] &&
      contextFieldProblem(field, value) === undefined
      ? value
      : undefined;
  };
  const issues: DataIssue[] = [];
  const candidate = broughtIn("candidate");
  if (candidate !== undefined) {
    const why = rules.candidatePattern
      ? candidateProblem(candidate, rules)
      : identifyingReference(candidate);
    if (why !== undefined)
      issues.push({
        path: ["candidate"],
        message: rules.candidatePattern
          ? why
          : `the candidate reference may identify the candidate (${why}): use an opaque id such as an ATS id`,
      });
  }
  for (const field of ["role", "stage"] as const) {
    const value = broughtIn(field);
    const why = value === undefined ? undefined : choiceProblem(field, value, rules);
    if (why !== undefined) issues.push({ path: [field], message: why });
  }
  return issues;
}

/**
 * Edit again, or discard the changes? Without a terminal there is no one to
 * ask: the edit is kept, as an interrupted one is (an editor that is a
 * window, such as `code --wait`, may have held minutes of work).
 */
async function editAgain(
  options: EditOptions,
  world: World,
): Promise<"again" | "discard" | "keep"> {
  if (options.input === false || world.stdin.isTTY !== true) return "keep";
  const again = await withPrompter(world, options, (prompter) =>
    prompter.confirm({
      message: "The file is not a valid retro. Edit it again? (No discards your changes)",
      default: true,
    }),
  );
  return again ? "again" : "discard";
}
