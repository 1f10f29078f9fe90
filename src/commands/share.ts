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

/**
 * Git's words, escaped and indented under our message. Its first lines say
 * what went wrong ("There is no tracking information…"), its last what it
 * gave up on; a long middle (a hook's output) is cut, and so are its own
 * hints and blank lines: the advice is ours.
 */
export const gitWords = (text: string) => {
  const lines = safeMultiline(text)
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("hint:"));
  const shown = lines.length <= 8 ? lines : [...lines.slice(0, 3), "…", ...lines.slice(-4)];
  return shown.map((line) => `    ${line}`).join("\n");
};

/** The command that fixes a failed pull or push, by what git said. */
function gitAdvice(stderr: string): string {
  if (
    /No configured push destination|does not appear to be a git repository|No such remote/.test(
      stderr,
    )
  )
    return "git remote add origin <url>, then: interview-retro sync";
  if (/not currently on a branch/i.test(stderr))
    return "git switch <branch>, then: interview-retro sync";
  if (/CONFLICT|could not apply|conflict/i.test(stderr))
    return "git pull --rebase, resolve the conflict, git rebase --continue, then git push";
  return "git pull --rebase && git push";
}
