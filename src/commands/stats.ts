import { localDate } from "../domain/dates.js";
import type { Retro } from "../domain/retro.js";
import {
  computeStats,
  GROUPINGS,
  type Grouping,
  monthsEnding,
  type Stats,
} from "../domain/stats.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { renderStats } from "../ui/render-stats.js";
import type { World } from "../world.js";
import {
  type FilterOptions,
  findRetros,
  queryFromOptions,
  retrosDir,
  Warnings,
} from "./find-retros.js";

export interface StatsOptions extends FilterOptions {
  by?: string;
  json?: boolean;
  color?: boolean;
}

/**
 * The filtered retros' figures, and the months the charts cover (the last 12,
 * or --since to --until). `answerText`: the report lists recent "next time"
 * answers; stats needs no answer text, and reads faster without it.
 */
export async function gatherStats(
  options: StatsOptions,
  world: World,
  answerText = false,
): Promise<{ stats: Stats; retros: Retro[] }> {
  if (options.by !== undefined && !(GROUPINGS as readonly string[]).includes(options.by)) {
    throw new UsageError(`--by takes ${GROUPINGS.join(", ")}`);
  }
  const query = queryFromOptions(options, world.now());
  const dir = await retrosDir(options, world);
  const found = await findRetros(dir, query, new Warnings(world), [], {
    withoutAnswerText: !answerText,
  });
  const last = (query.until ?? localDate(world.now())).slice(0, 7);
  const first = query.since?.slice(0, 7);
  const span = first ? Math.max(1, monthsBetween(first, last) + 1) : 12;
  const retros = found.map((stored) => stored.retro);
  const stats = computeStats(
    retros,
    monthsEnding(last, Math.min(span, 120)),
    options.by as Grouping | undefined,
  );
  return { stats, retros };
}

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

export async function statsCommand(options: StatsOptions, world: World): Promise<number> {
  const { stats } = await gatherStats(options, world);
  if (options.json) {
    world.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  } else {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    world.stdout.write(`${renderStats(stats, palette).join("\n")}\n`);
  }
  return ExitCode.ok;
}
