import { addDays, daysBetween, localDate } from "../domain/dates.js";
import { ThemeCount } from "../domain/digest.js";
import type { Query } from "../domain/filters.js";
import { UsageError } from "../errors.js";
import { newestNamedDay } from "../io/newest-retro.js";
import { type TemplateTexts, templateDirs, templateTexts } from "../io/templates.js";
import type { World } from "../world.js";
import {
  configWithDir,
  eachFoundRetro,
  existingRetrosDir,
  type FilterOptions,
  queryFromOptions,
} from "./find-retros.js";
import { Warnings } from "./warnings.js";

/**
 * What `digest`, `themes` and `report` share: the period the filters select,
 * the period before it (of the same length, for the themes' trends), and
 * the words of the questions.
 */
export interface LearningPeriod {
  dir: string;
  warnings: Warnings;
  current: Query;
  /** Only when the period has a first day. */
  previous?: Query;
  until: string;
  /** Each question's texts and hints in the templates, and its options' labels. */
  texts: TemplateTexts;
}

export async function learningPeriod(
  options: FilterOptions,
  world: World,
  /** `--since` when not given: the digest's week. */
  defaultSince?: string,
): Promise<LearningPeriod> {
  const since = typeof options.since === "string" ? options.since : defaultSince;
  const today = world.now();
  const current = queryFromOptions({ ...options, ...(since ? { since } : {}) }, today);
  const until = current.until ?? localDate(today);
  const { values } = await configWithDir(options, world);
  const base = {
    dir: existingRetrosDir(values.dir, world),
    warnings: new Warnings(world),
    current,
    until,
    texts: await templateTexts(templateDirs(values)),
  };
  if (current.since === undefined) return base;
  // Only without --until (the period ends today): the filters check the two together.
  if (current.since > until)
    throw new UsageError(`--since (${current.since}) is after today (${until}): nothing can match`);
  const length = daysBetween(current.since, until) + 1;
  const previous = queryFromOptions(
    {
      ...options,
      since: addDays(current.since, -length),
      until: addDays(current.since, -1),
    },
    today,
  );
  return { ...base, previous };
}

/**
 * The phrases of the previous period's answers, when there is one: only they
 * are kept, not the retros, nor their ids (the trends need only the counts).
 */
export async function previousThemes(period: LearningPeriod): Promise<ThemeCount | undefined> {
  if (!period.previous) return undefined;
  const count = new ThemeCount(0);
  await eachFoundRetro(period.dir, period.previous, period.warnings, {}, ({ retro }) =>
    count.add(retro),
  );
  return count;
}

/**
 * On stderr, when the default week held no retro because the newest is older:
 * its day, and how to look further back. A team that interviews every few
 * weeks otherwise reads "none" and cannot tell an empty week from a folder
 * with nothing to say.
 */
export function sayWhenOlder(
  found: number,
  options: FilterOptions,
  period: LearningPeriod,
  world: World,
): void {
  const since = period.current.since;
  if (found > 0 || options.since !== undefined || since === undefined) return;
  const newest = newestNamedDay(period.dir);
  if (newest !== undefined && newest < since)
    world.stderr.write(
      `No retro since ${since}: the newest is of ${newest}. Look further back with --since, such as --since ${newest}.\n`,
    );
}
