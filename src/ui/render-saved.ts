import type { Retro } from "../domain/retro.js";
import type { Palette } from "./color.js";
import { toJson } from "./safe-text.js";
import { shellWord } from "./shell-word.js";
import type { Words } from "./words.js";

/**
 * The end of `new` and `resume`: on stdout the path written (or the record
 * as JSON), for scripts; on stderr the confirmation, whether the retro is
 * past its retention date already (an old interview written up late), and
 * the `git add` to run when the tool does not commit itself.
 */
export function renderSaved(
  { retro, path }: { retro: Retro; path: string },
  {
    json,
    palette,
    hint,
    words,
    today,
  }: { json: boolean; palette: Palette; hint: boolean; words: Words; today: string },
): { stdout: string; stderr: string } {
  const expired =
    retro.expires_on < today ? `\n  ${palette.yellow(words.expired(retro.expires_on))}` : "";
  const next = hint ? `\n  ${words.next} ${palette.cyan(`git add ${shellWord(path)}`)}` : "";
  return {
    stdout: json ? toJson({ path, ...retro }) : `${path}\n`,
    stderr: `${palette.green("✔")} ${words.saved} ${palette.bold(retro.id)}${expired}${next}\n`,
  };
}
