import { copyFileSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { formatLocated, type Located } from "../domain/located.js";
import { validateRetro } from "../domain/retro-validate.js";
import { ExitCode, ProblemError } from "../errors.js";
import { openInEditor } from "../io/editor.js";
import { locate, parseYamlSource, sourceData } from "../io/yaml-source.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { resolveRetro } from "./resolve-retro.js";
import { withPrompter } from "./with-prompter.js";

export interface EditOptions {
  dir?: string;
  input?: boolean;
  color?: boolean;
}

/**
 * Opens a retro in the editor, on a copy beside it. When the editor closes
 * the copy is validated: a valid one replaces the file, atomically; an invalid
 * one is never saved over the good file: the user edits again or discards.
 */
export async function editCommand(
  target: string,
  options: EditOptions,
  world: World,
): Promise<number> {
  const { path } = await resolveRetro(target, options, world);
  const shown = displayPath(world.cwd, path);
  const stem = basename(path).replace(/\.ya?ml$/, "");
  // Hidden, in the same folder (so the final rename is atomic), ignored by list and by git (init's rules).
  const copy = join(dirname(path), `.${stem}.editing.yaml`);
  const original = readFileSync(path, "utf8");
  copyFileSync(path, copy);
  try {
    for (;;) {
      const { ok, editor, problem } = openInEditor(copy, world.env);
      if (!ok) {
        const why = problem ?? `the editor (${safeOneLine(editor)}) failed`;
        throw new ProblemError(`${why}; ${shown} was not changed`);
      }
      const edited = readFileSync(copy, "utf8");
      if (edited === original) {
        world.stderr.write(`No changes: ${shown} is as it was.\n`);
        return ExitCode.ok;
      }
      const problems = check(copy, edited, stem, basename(dirname(path)));
      if (problems.length === 0) {
        renameSync(copy, path);
        world.stderr.write(`✔ Saved ${shown}\n`);
        return ExitCode.ok;
      }
      for (const problem of problems) {
        world.stderr.write(
          `${formatLocated({ ...problem, path: shown, message: safeOneLine(problem.message) })}\n`,
        );
      }
      if (!(await editAgain(options, world))) {
        world.stderr.write(`Discarded: ${shown} was not changed.\n`);
        return ExitCode.problem;
      }
    }
  } finally {
    rmSync(copy, { force: true });
  }
}

function check(copy: string, text: string, stem: string, folder: string): Located[] {
  const { source, problems } = parseYamlSource(copy, text);
  if (problems.length > 0) return problems;
  const read = sourceData(source);
  if ("problem" in read) return [read.problem];
  return validateRetro(read.data, { stem, folder }).map((issue) => locate(source, issue));
}

/** Without a terminal there is no one to ask: the safe answer is to discard. */
async function editAgain(options: EditOptions, world: World): Promise<boolean> {
  if (options.input === false || world.stdin.isTTY !== true) return false;
  return withPrompter(world, options, (prompter) =>
    prompter.confirm({
      message: "The file is not a valid retro. Edit it again? (No discards your changes)",
      default: true,
    }),
  );
}
