import type { Retro } from "../domain/retro.js";
import type { Palette } from "./color.js";
import { toJson } from "./safe-text.js";
import { shellWord } from "./shell-word.js";
import type { Words } from "./words.js";

/**
 * The end of `new` and `resume`: on stdout the path written (or the record
 * as JSON), for scripts; on stderr the confirmation, and the `git add` to run
 * when the tool does not commit itself.
 */
export function renderSaved(
  { retro, path }: { retro: Retro; path: string },
  { json, palette, hint, words }: { json: boolean; palette: Palette; hint: boolean; words: Words },
): { stdout: string; stderr: string } {
  const next = hint ? `\n  ${words.next} ${palette.cyan(`git add ${shellWord(path)}`)}` : "";
  return {
    stdout: json ? toJson({ path, ...retro }) : `${path}\n`,
    stderr: `${palette.green("✔")} ${words.saved} ${palette.bold(retro.id)}${next}\n`,
  };
}
