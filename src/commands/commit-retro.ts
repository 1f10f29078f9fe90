import { dirname } from "node:path";
import type { Retro } from "../domain/retro.js";
import { ExitCode } from "../errors.js";
import { commitOnly, gitTopLevel, push } from "../io/git.js";
import { displayPath } from "../ui/display-path.js";
import { safeMultiline, safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";

/**
 * Commits the new retro alone. When git cannot (no repository, no identity, a
 * hook that refuses), the retro stays written and the message says how to
 * commit it by hand; the exit code (1) says it too.
 */
export async function commitRetro(
  world: World,
  { retro, path }: { retro: Retro; path: string },
  andPush: boolean,
): Promise<number> {
  const shown = displayPath(world.cwd, path);
  const message = ["retro:", retro.date, retro.role, retro.candidate].filter(Boolean).join(" ");
  const byHand = `git add ${quoteForShell(shown)} && git commit -m ${quoteForShell(message)} -- ${quoteForShell(shown)}`;
  const top = await gitTopLevel(dirname(path), world.env);
  if (top === undefined) {
    world.stderr.write(
      `Not committed: ${displayPath(world.cwd, dirname(path))} is not in a git repository.\n  By hand, in a repository: ${byHand}\n`,
    );
    return ExitCode.problem;
  }
  const committed = await commitOnly(top, world.env, path, message);
  if (!committed.ok) {
    world.stderr.write(
      `Not committed: git said:\n${indent(committed.stderr)}\n  The retro is written. By hand: ${byHand}\n`,
    );
    return ExitCode.problem;
  }
  world.stderr.write(`✔ Committed: ${safeOneLine(message)}\n`);
  if (!andPush) return ExitCode.ok;
  const pushed = await push(top, world.env);
  if (!pushed.ok) {
    world.stderr.write(
      `Committed, but not pushed: git said:\n${indent(pushed.stderr)}\n  Push by hand: git push\n`,
    );
    return ExitCode.problem;
  }
  world.stderr.write("✔ Pushed\n");
  return ExitCode.ok;
}

const indent = (text: string) =>
  safeMultiline(text)
    .split("\n")
    .slice(-6)
    .map((line) => `    ${line}`)
    .join("\n");

/** A path or message as one shell word, for commands the user may paste. */
export const quoteForShell = (path: string) =>
  /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
