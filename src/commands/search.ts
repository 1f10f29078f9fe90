import {
  compileMatcher,
  InvalidPatternError,
  type Matcher,
  rawTermsFor,
  searchRetro,
} from "../domain/search.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { renderSearchResult } from "../ui/render-search.js";
import { toJson } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { asJsonRecord, type FilterOptions, findByOptions } from "./find-retros.js";

export interface SearchOptions extends FilterOptions {
  regex?: boolean;
  caseSensitive?: boolean;
  exactAccents?: boolean;
  json?: boolean;
  paths?: boolean;
  color?: boolean;
}

/** Like grep: exit 0 when something matched, 1 when nothing did, 2 on a bad pattern. */
export async function searchCommand(
  pattern: string,
  options: SearchOptions,
  world: World,
): Promise<number> {
  const spec = {
    pattern,
    regex: options.regex === true,
    caseSensitive: options.caseSensitive === true,
    exactAccents: options.exactAccents === true,
  };
  let matcher: Matcher;
  try {
    matcher = compileMatcher(spec);
  } catch (error) {
    if (error instanceof InvalidPatternError)
      throw new UsageError(`invalid pattern: ${error.message}`);
    throw error;
  }
  const { found: candidates, warnings } = await findByOptions(options, world, {
    rawTerms: rawTermsFor(spec),
  });
  const results = candidates
    .map((stored) => ({ stored, hits: searchRetro(stored.retro, matcher) }))
    .filter((result) => result.hits.length > 0);

  if (options.json) {
    const records = results.map(({ stored, hits }) => ({
      ...asJsonRecord(world.cwd, stored),
      matches: hits,
    }));
    world.stdout.write(toJson(records));
  } else if (options.paths) {
    world.stdout.write(
      results.map(({ stored }) => `${displayPath(world.cwd, stored.path)}\n`).join(""),
    );
  } else if (results.length > 0) {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const columns = world.stdout.isTTY ? (world.stdout.columns ?? 80) : undefined;
    const blocks = results.map(({ stored, hits }) =>
      renderSearchResult(displayPath(world.cwd, stored.path), hits, palette, columns).join("\n"),
    );
    world.stdout.write(`${blocks.join("\n\n")}\n`);
  }
  if (results.length === 0) return ExitCode.problem;
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}
