import { ExitCode } from "../errors.js";
import { pushRebasing } from "../io/git.js";
import { safeMultiline } from "../ui/safe-text.js";
import type { World } from "../world.js";

/**
 * Pushing to the team repository, for `--push` and `sync`: teammates who
 * pushed first are caught up with (see pushRebasing); anything else git
 * refuses keeps the commits, and the message gives git's words and the
 * command to run.
 */
export async function pushReported(world: World, top: string, what: string): Promise<number> {
  const pushed = await pushRebasing(top, world.env);
  if (pushed.ok) {
    world.stderr.write("✔ Pushed\n");
    return ExitCode.ok;
  }
  world.stderr.write(gitFailure(`${what}, but not pushed`, pushed.stderr));
  return ExitCode.problem;
}

/** What git refused, in its own last words, and the command that fixes it. */
export const gitFailure = (what: string, stderr: string) =>
  `${what}: git said:\n${gitWords(stderr)}\n  Then run: ${gitAdvice(stderr)}\n`;

/** Git's last lines, escaped and indented under our message. */
export const gitWords = (text: string) =>
  safeMultiline(text)
    .split("\n")
    .slice(-6)
    .map((line) => `    ${line}`)
    .join("\n");

/** The command that fixes a failed pull or push, by what git said. */
function gitAdvice(stderr: string): string {
  if (
    /No configured push destination|does not appear to be a git repository|No such remote/.test(
      stderr,
    )
  )
    return "git remote add origin <url>, then: git push --set-upstream origin HEAD";
  if (/no upstream branch|no tracking information/i.test(stderr))
    return "git push --set-upstream origin HEAD";
  if (/CONFLICT|could not apply|conflict/i.test(stderr))
    return "git pull --rebase, resolve the conflict, git rebase --continue, then git push";
  return "git pull --rebase && git push";
}
