import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { type ListRow, listRow, renderList, VERDICTS_LEGEND } from "../ui/render-list.js";
import { toJson } from "../ui/safe-text.js";
import { truncate } from "../ui/text-width.js";
import type { World } from "../world.js";
import { asJsonRecord, type FilterOptions, findByOptions, findKeeping } from "./find-retros.js";
import type { Warnings } from "./warnings.js";

export interface ListOptions extends FilterOptions {
  limit?: string;
  json?: boolean;
  paths?: boolean;
  color?: boolean;
}

export async function listCommand(options: ListOptions, world: World): Promise<number> {
  const limit = parseLimit(options.limit);
  if (options.json) {
    const { found, warnings } = await findByOptions(options, world);
    world.stdout.write(
      toJson(found.slice(0, limit).map((stored) => asJsonRecord(world.cwd, stored))),
    );
    return exitCode(options, warnings);
  }
  // Of each retro, only its path or its line is kept, and no answer text is read.
  const { found, warnings } = await findKeeping(
    options,
    world,
    { withoutAnswerText: true },
    (stored) => (options.paths ? displayPath(world.cwd, stored.path) : listRow(stored.retro)),
  );
  const shown = found.slice(0, limit);
  if (options.paths) {
    world.stdout.write(shown.map((path) => `${path}\n`).join(""));
  } else if (shown.length === 0) {
    world.stderr.write("No retros match.\n");
  } else {
    const tty = world.stdout.isTTY === true;
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const lines = renderList(
      shown as ListRow[],
      palette,
      tty ? (world.stdout.columns ?? 80) : undefined,
    );
    // The legend is for a person: a pipe gets the table alone.
    if (tty) lines.push(palette.dim(truncate(VERDICTS_LEGEND, world.stdout.columns ?? 80)));
    world.stdout.write(`${lines.join("\n")}\n`);
  }
  return exitCode(options, warnings);
}

const exitCode = (options: ListOptions, warnings: Warnings) =>
  options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;

function parseLimit(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError("--limit takes a whole number from 1");
  return value;
}
