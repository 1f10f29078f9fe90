import { dirname } from "node:path";
import { ExitCode } from "../errors.js";
import { commitOnly, gitTopLevel } from "../io/git.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import { shellWord } from "../ui/shell-word.js";
import type { World } from "../world.js";
import { gitWords, pushReported } from "./share.js";

/**
 * Commits one retro file alone (new, or just edited; an edit that renamed it
 * commits its old name's deletion too). When git cannot (no repository, no
 * identity, a hook that refuses), the retro stays written and the message
 * says how to commit it by hand; the exit code (1) says it too.
 */
export async function commitRetro(
  world: World,
  { path, message, renamedFrom }: { path: string; message: string; renamedFrom?: string },
  andPush: boolean,
): Promise<number> {
  const paths = renamedFrom === undefined ? [path] : [renamedFrom, path];
  const shown = paths.map((one) => shellWord(displayPath(world.cwd, one))).join(" ");
  const byHand = `git add ${shown} && git commit -m ${shellWord(message)} -- ${shown}`;
  const top = await gitTopLevel(dirname(path), world.env);
  if (top === undefined) {
    world.stderr.write(
      `Not committed: ${displayPath(world.cwd, dirname(path))} is not in a git repository.\n  By hand, in a repository: ${byHand}\n`,
    );
    return ExitCode.problem;
  }
  const committed = await commitOnly(top, world.env, paths, message);
  if (!committed.ok) {
    world.stderr.write(
      `Not committed: git said:\n${gitWords(committed.stderr)}\n  The retro is written. By hand: ${byHand}\n`,
    );
    return ExitCode.problem;
  }
  world.stderr.write(`✔ Committed: ${safeOneLine(message)}\n`);
  if (!andPush) return ExitCode.ok;
  return pushReported(world, top, "Committed");
}
