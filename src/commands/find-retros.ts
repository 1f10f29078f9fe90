import { existsSync, statSync } from "node:fs";
import { buildQuery, FILTERS, matchesQuery, type Query, requiredTerms } from "../domain/filters.js";
import { newestRetroFirst, type Retro } from "../domain/retro.js";
import { UsageError } from "../errors.js";
import type { RawTerm } from "../io/byte-search.js";
import { loadConfig } from "../io/config.js";
import { eachRetroIn, type StoredRetro } from "../io/retro-store.js";
import { displayPath } from "../ui/display-path.js";
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
  return templateTexts(templateDirs((await configWithDir(options, world)).values)).labels;
}

export async function retrosDir(options: { dir?: string }, world: World): Promise<string> {
  return existingRetrosDir((await configWithDir(options, world)).values.dir, world);
}

/** The retros folder the settings name, when it is there. */
export function existingRetrosDir(dir: string, world: World): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `no retros folder at ${displayPath(world.cwd, dir)}: write a retro with "interview-retro new", or pass --dir`,
    );
  }
  return dir;
}

export interface ReadChoices {
  /** Text each file must hold (search). */
  rawTerms?: RawTerm[];
  /** Leave the answers' text out (stats). */
  withoutAnswerText?: boolean;
}

/** The retros that the filters of `options` select, newest first, and the warnings met reading them. */
export const findByOptions = (options: FilterOptions, world: World, read: ReadChoices = {}) =>
  findKeeping(options, world, read, (stored) => stored);

/**
 * What `keep` takes from each retro the filters select (nothing, to leave one
 * out), newest first: the retros themselves are let go as they are read, so
 * that a command holds only what its output needs.
 */
export async function findKeeping<T>(
  options: FilterOptions,
  world: World,
  read: ReadChoices,
  keep: (stored: StoredRetro) => T | undefined,
): Promise<{ found: T[]; warnings: Warnings }> {
  const query = queryFromOptions(options, world.now());
  const dir = await retrosDir(options, world);
  const warnings = new Warnings(world);
  const kept: { order: Pick<Retro, "date" | "recorded_at" | "id">; value: T }[] = [];
  await eachFoundRetro(dir, query, warnings, read, (stored) => {
    const value = keep(stored);
    const { date, recorded_at, id } = stored.retro;
    if (value !== undefined) kept.push({ order: { date, recorded_at, id }, value });
  });
  kept.sort((a, b) => newestRetroFirst(a.order, b.order));
  return { found: kept.map(({ value }) => value), warnings };
}

/** Each retro matching the filters, in no particular order, as soon as it is read. */
export async function eachFoundRetro(
  dir: string,
  query: Query,
  warnings: Warnings,
  { rawTerms = [], withoutAnswerText }: ReadChoices,
  onRetro: (stored: StoredRetro) => void,
): Promise<void> {
  const terms = [...requiredTerms(query).map((text) => ({ text, ignoreCase: true })), ...rawTerms];
  const { world } = warnings;
  await eachRetroIn(
    {
      dir,
      ...(query.since !== undefined ? { since: query.since } : {}),
      ...(query.until !== undefined ? { until: query.until } : {}),
      rawTerms: terms,
      ...(withoutAnswerText ? { withoutAnswerText } : {}),
      onWarning: warnings.report,
      onProgress: (count) => world.progress({ type: "reading", count }),
    },
    (stored) => {
      if (matchesQuery(stored.retro, query)) onRetro(stored);
    },
  );
  world.progress({ type: "read" });
}

/** The record as `--json` prints it: its path first, then its fields. */
export const asJsonRecord = (cwd: string, stored: StoredRetro) => ({
  path: displayPath(cwd, stored.path),
  ...stored.retro,
});
