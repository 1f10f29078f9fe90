import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { renderList, VERDICTS_LEGEND } from "../ui/render-list.js";
import { toJson } from "../ui/safe-text.js";
import { truncate } from "../ui/text-width.js";
import type { World } from "../world.js";
import { asJsonRecord, type FilterOptions, findByOptions } from "./find-retros.js";

export interface ListOptions extends FilterOptions {
  limit?: string;
  json?: boolean;
  paths?: boolean;
  color?: boolean;
}

export async function listCommand(options: ListOptions, world: World): Promise<number> {
  const limit = parseLimit(options.limit);
  // The table and the paths need no answer: only --json prints them.
  const { found: all, warnings } = await findByOptions(options, world, {
    withoutAnswerText: options.json !== true,
  });
  const found = all.slice(0, limit);
  if (options.json) {
    world.stdout.write(toJson(found.map((stored) => asJsonRecord(world.cwd, stored))));
  } else if (options.paths) {
    world.stdout.write(found.map((stored) => `${displayPath(world.cwd, stored.path)}\n`).join(""));
  } else if (found.length === 0) {
    world.stderr.write("No retros match.\n");
  } else {
    const tty = world.stdout.isTTY === true;
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const lines = renderList(
      found.map((stored) => stored.retro),
      palette,
      tty ? (world.stdout.columns ?? 80) : undefined,
    );
    // The legend is for a person: a pipe gets the table alone.
    if (tty) lines.push(palette.dim(truncate(VERDICTS_LEGEND, world.stdout.columns ?? 80)));
    world.stdout.write(`${lines.join("\n")}\n`);
  }
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}

function parseLimit(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError("--limit takes a whole number from 1");
  return value;
}
