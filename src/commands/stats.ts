import { checklist } from "../domain/answer-kinds/checklist.js";
import { localDate } from "../domain/dates.js";
import type { Retro } from "../domain/retro.js";
import { GROUPINGS, type Grouping, type Stats, StatsTally } from "../domain/stats.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { renderStats, statsJson } from "../ui/render-stats.js";
import type { World } from "../world.js";
import {
  eachFoundRetro,
  type FilterOptions,
  NO_RETROS_YET,
  noRetroYet,
  optionLabels,
  queryFromOptions,
  retrosDir,
} from "./find-retros.js";
import { Warnings } from "./warnings.js";

export interface StatsOptions extends FilterOptions {
  by?: string;
  json?: boolean;
  color?: boolean;
}

/**
 * The filtered retros' figures, the charts from the first month holding a
 * retro to --until's (or this one). Retros are folded into the figures as they are
 * read; `alsoSee` sees each one too, with its answers' text (the report picks
 * the recent "next time" answers that way). Without it, no answer text is read.
 */
export async function gatherStats(
  options: StatsOptions,
  world: World,
  warnings: Warnings,
  alsoSee?: (retro: Retro) => void,
): Promise<Stats> {
  if (options.by !== undefined && !(GROUPINGS as readonly string[]).includes(options.by)) {
    throw new UsageError(`--by takes ${GROUPINGS.join(", ")}`);
  }
  const query = queryFromOptions(options, world.now());
  const dir = await retrosDir(options, world);
  const lastMonth = (query.until ?? localDate(world.now())).slice(0, 7);
  const tally = new StatsTally(lastMonth, options.by as Grouping | undefined);
  await eachFoundRetro(
    dir,
    query,
    warnings,
    { withoutAnswerText: alsoSee === undefined },
    ({ retro }) => {
      tally.add(retro);
      alsoSee?.(retro);
    },
  );
  // Checklist options are shown by their labels, which only the templates hold.
  return tally.result(tally.counts(checklist) ? await optionLabels(options, world) : undefined);
}

export async function statsCommand(options: StatsOptions, world: World): Promise<number> {
  const warnings = new Warnings(world);
  const stats = await gatherStats(options, world, warnings);
  if (options.json) {
    world.stdout.write(statsJson(stats));
  } else {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    world.stdout.write(`${renderStats(stats, palette).join("\n")}\n`);
    if (stats.total === 0 && noRetroYet(options, warnings)) world.stderr.write(NO_RETROS_YET);
  }
  return ExitCode.ok;
}
