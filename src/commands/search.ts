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
import { asJsonRecord, type FilterOptions, findKeeping } from "./find-retros.js";

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
  // Each file is searched as it is read; of a match, only what the output shows is kept.
  const { found: results, warnings } = await findKeeping(
    options,
    world,
    { rawTerms: rawTermsFor(spec) },
    (stored) => {
      const hits = searchRetro(stored.retro, matcher);
      if (hits.length === 0) return undefined;
      return {
        path: displayPath(world.cwd, stored.path),
        hits,
        ...(options.json ? { record: asJsonRecord(world.cwd, stored) } : {}),
      };
    },
  );

  if (options.json) {
    world.stdout.write(toJson(results.map(({ record, hits }) => ({ ...record, matches: hits }))));
  } else if (options.paths) {
    world.stdout.write(results.map(({ path }) => `${path}\n`).join(""));
  } else if (results.length > 0) {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const columns = world.stdout.isTTY ? (world.stdout.columns ?? 80) : undefined;
    const blocks = results.map(({ path, hits }) =>
      renderSearchResult(path, hits, palette, columns).join("\n"),
    );
    world.stdout.write(`${blocks.join("\n\n")}\n`);
  }
  if (results.length === 0) return ExitCode.problem;
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}
