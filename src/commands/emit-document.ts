import { resolve } from "node:path";
import { ProblemError } from "../errors.js";
import { writeAtomically } from "../io/atomic-write.js";
import { describeFsError } from "../io/fs-errors.js";
import { displayPath } from "../ui/display-path.js";
import { safeMultiline } from "../ui/safe-text.js";
import type { World } from "../world.js";

/**
 * A document (export, report) to stdout, or with `-o <file>` to that file.
 * On a terminal, text from the retros is shown safely; in a pipe or a file,
 * byte for byte. `what` names it in the confirmation: "the report".
 */
export async function emitDocument(
  world: World,
  output: string | undefined,
  text: string,
  what: string,
): Promise<void> {
  if (output === undefined || output === "-") {
    world.stdout.write(world.stdout.isTTY ? safeMultiline(text) : text);
    return;
  }
  const target = resolve(world.cwd, output);
  // Readable by the user alone: it holds notes about candidates.
  await writeAtomically(target, text, { mode: 0o600, replace: true }).catch((error) => {
    throw new ProblemError(
      `cannot write ${displayPath(world.cwd, target)}: ${describeFsError(error)}`,
    );
  });
  world.stderr.write(`Wrote ${what} to ${displayPath(world.cwd, target)}\n`);
}
