import { existsSync, statSync } from "node:fs";
import { buildQuery, FILTERS, matchesQuery, type Query, requiredTerms } from "../domain/filters.js";
import type { Located } from "../domain/located.js";
import { UsageError } from "../errors.js";
import type { RawTerm } from "../io/byte-search.js";
import { loadConfig } from "../io/config.js";
import {
  eachRetroIn,
  eachRetroNewestFirst,
  type ScanOptions,
  type StoredRetro,
} from "../io/retro-store.js";
import { displayPath, relativePath } from "../ui/display-path.js";
import type { World } from "../world.js";
import { Warnings } from "./warnings.js";

/**
 * What `list`, `search`, `stats`, `report` and `export` share: the retros
 * folder, the filters, reading the folder, and warnings for broken files.
 */

/** The values of the filters (`domain/filters.ts`), by flag name, with the retros folder. */
export interface FilterOptions {
  dir?: string;
  strict?: boolean;
  [filter: string]: unknown;
}

export function queryFromOptions(options: FilterOptions, today: Date): Query {
  const values: Record<string, string | string[]> = {};
  for (const { name } of FILTERS) {
    const value = options[name];
    if (typeof value === "string" || Array.isArray(value)) values[name] = value;
  }
  const { query, problems } = buildQuery(values, today);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return query;
}

/**
 * Whether none was found because the folder has no retro yet: no filter left
 * one out and no file was skipped. A team's first `list` or `stats`, right
 * after `init`, is then told what to do next (NO_RETROS_YET).
 */
export const noRetroYet = (options: FilterOptions, warnings: Warnings) =>
  warnings.count === 0 && FILTERS.every(({ name }) => options[name] === undefined);

export const NO_RETROS_YET = 'No retros yet: write one with "interview-retro new".\n';

/** The settings, with `--dir` over the config's `dir`. */
export const configWithDir = (options: { dir?: string }, world: World) =>
  loadConfig({ cwd: world.cwd, env: world.env, flags: { dir: options.dir } });

/**
 * Each checklist option's label in the templates, by question: read with the
 * YAML library, which is loaded only then.
 */
export async function optionLabels(
  options: { dir?: string },
  world: World,
): Promise<Map<string, Map<string, string>>> {
  const { templateDirs, templateTexts } = await import("../io/templates.js");
  return (await templateTexts(templateDirs((await configWithDir(options, world)).values))).labels;
}

export async function retrosDir(options: { dir?: string }, world: World): Promise<string> {
  return existingRetrosDir((await configWithDir(options, world)).values.dir, world);
}

/** The retros folder the settings name, when it is there. */
export function existingRetrosDir(dir: string, world: World): string {
  const shown = displayPath(world.cwd, dir);
  if (!existsSync(dir))
    throw new UsageError(
      `no retros folder at ${shown}: write a retro with "interview-retro new", or pass --dir`,
    );
  if (!statSync(dir).isDirectory())
    throw new UsageError(`${shown} is not a folder: pass the retros folder with --dir`);
  return dir;
}

export interface ReadChoices {
  /** Text each file must hold (search). */
  rawTerms?: RawTerm[];
  /** Leave the answers' text out (stats). */
  withoutAnswerText?: boolean;
  /** Awaited between days, newest first: the output's reader may have fallen behind. */
  pause?: () => Promise<void> | undefined;
}

/**
 * Each retro the filters of `options` select, newest first, handed to
 * `onRetro` as the folder is read, until it returns true: a command writes
 * its output as it goes and holds no more than that output needs.
 */
export async function eachFoundNewestFirst(
  options: FilterOptions,
  world: World,
  read: ReadChoices,
  onRetro: (stored: StoredRetro, warn: (warning: Located) => void) => boolean | undefined,
): Promise<Warnings> {
  const query = queryFromOptions(options, world.now());
  const dir = await retrosDir(options, world);
  const warnings = new Warnings(world);
  // Written out as it comes, each retro is then dropped: nothing of its file's text is kept.
  await eachRetroNewestFirst(
    { ...scanOptions(dir, query, warnings, read), transient: true },
    (stored) => (matchesQuery(stored.retro, query) ? onRetro(stored, warnings.report) : undefined),
  );
  world.progress({ type: "read" });
  return warnings;
}

/** Each retro matching the filters, in no particular order, as soon as it is read. */
export async function eachFoundRetro(
  dir: string,
  query: Query,
  warnings: Warnings,
  read: ReadChoices,
  onRetro: (stored: StoredRetro) => void,
): Promise<void> {
  await eachRetroIn(scanOptions(dir, query, warnings, read), (stored) => {
    if (matchesQuery(stored.retro, query)) onRetro(stored);
  });
  warnings.world.progress({ type: "read" });
}

/** What the reader is asked for: the files that may hold the query's and the pattern's words, in its dates. */
function scanOptions(
  dir: string,
  query: Query,
  warnings: Warnings,
  { rawTerms = [], withoutAnswerText, pause }: ReadChoices,
): ScanOptions {
  const { world } = warnings;
  return {
    dir,
    ...(query.since !== undefined ? { since: query.since } : {}),
    ...(query.until !== undefined ? { until: query.until } : {}),
    rawTerms: [...requiredTerms(query).map((text) => ({ text, ignoreCase: true })), ...rawTerms],
    ...(withoutAnswerText ? { withoutAnswerText } : {}),
    ...(pause ? { pause } : {}),
    onWarning: warnings.report,
    onProgress: (count) => world.progress({ type: "reading", count }),
  };
}

/** The record as `--json` prints it: its path first, then its fields. */
export const asJsonRecord = (cwd: string, stored: StoredRetro) => ({
  path: relativePath(cwd, stored.path),
  ...stored.retro,
});
