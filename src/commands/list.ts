import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { ListTable, renderList, VERDICTS_LEGEND } from "../ui/render-list.js";
import { jsonArrayWriter } from "../ui/safe-text.js";
import { truncate } from "../ui/text-width.js";
import { terminalColumns, type World } from "../world.js";
import {
  asJsonRecord,
  eachFoundNewestFirst,
  type FilterOptions,
  NO_RETROS_YET,
  noRetroYet,
} from "./find-retros.js";
import { streamOutput } from "./stream-output.js";

export interface ListOptions extends FilterOptions {
  limit?: string;
  json?: boolean;
  paths?: boolean;
  color?: boolean;
}

/**
 * Retros come newest first, so paths and JSON are written as they are read,
 * and `--limit` stops the reading. The table is aligned, so it keeps its
 * rows (one line of text each) until the last.
 */
export async function listCommand(options: ListOptions, world: World): Promise<number> {
  const limit = parseLimit(options.limit) ?? Number.POSITIVE_INFINITY;
  let count = 0;
  const table = new ListTable();
  const warnings = await streamOutput(world, async (write, drained) => {
    const json = options.json ? jsonArrayWriter(write) : undefined;
    const warnings = await eachFoundNewestFirst(
      options,
      world,
      // Of each retro, only its path or its line is kept, and no answer text is read.
      { withoutAnswerText: !options.json, pause: drained },
      (stored) => {
        if (json) json.item(asJsonRecord(world.cwd, stored));
        else if (options.paths) write(`${displayPath(world.cwd, stored.path)}\n`);
        else table.add(stored.retro);
        return ++count >= limit;
      },
    );
    json?.end();
    if (json || options.paths) return warnings;
    if (count === 0) {
      world.stderr.write(noRetroYet(options, warnings) ? NO_RETROS_YET : "No retros match.\n");
      return warnings;
    }
    const columns = terminalColumns(world.stdout);
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    for (const line of renderList(table, palette, columns)) {
      write(`${line}\n`);
      const wait = drained();
      if (wait) await wait;
    }
    // The legend is for a person: a pipe gets the table alone.
    if (columns !== undefined) write(`${palette.dim(truncate(VERDICTS_LEGEND, columns))}\n`);
    return warnings;
  });
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}

function parseLimit(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError("--limit takes a whole number from 1");
  return value;
}
