import { ExitCode } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { renderOthers, renderShow } from "../ui/render-show.js";
import { safeMultiline, toJson } from "../ui/safe-text.js";
import { terminalColumns, type World } from "../world.js";
import { asJsonRecord } from "./find-retros.js";
import { resolveRetro } from "./resolve-retro.js";

export interface ShowOptions {
  dir?: string;
  yaml?: boolean;
  json?: boolean;
  color?: boolean;
}

/** Shows one retro, named by `latest`, a path, an id, or a prefix of an id that matches one retro. */
export async function showCommand(
  target: string,
  options: ShowOptions,
  world: World,
): Promise<number> {
  const stored = await resolveRetro(target, options, world);
  const path = displayPath(world.cwd, stored.path);
  const tty = world.stdout.isTTY === true;
  if (options.json) {
    world.stdout.write(toJson(asJsonRecord(world.cwd, stored)));
  } else if (options.yaml) {
    // As stored, byte for byte in a pipe; on a terminal, stray control characters are escaped.
    const text = stored.text ?? "";
    world.stdout.write(tty ? safeMultiline(text) : text);
  } else {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const lines = renderShow(stored.retro, path, palette, terminalColumns(world.stdout));
    world.stdout.write(`${lines.join("\n")}\n`);
  }
  // Shown by a candidate reference: the other retros about that candidate, by id.
  if (stored.others && stored.others.length > 0)
    world.stderr.write(`${renderOthers(stored.others).join("\n")}\n`);
  return ExitCode.ok;
}
