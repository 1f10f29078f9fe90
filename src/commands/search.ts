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
import { jsonArrayWriter } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { asJsonRecord, eachFoundNewestFirst, type FilterOptions } from "./find-retros.js";
import { streamOutput } from "./stream-output.js";

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
  const palette =
    options.json || options.paths
      ? undefined
      : await loadPalette(shouldColor(world.stdout, world.env, options.color));
  const columns = world.stdout.isTTY ? (world.stdout.columns ?? 80) : undefined;
  let found = 0;
  // Each file is searched as it is read, and its matches written at once, newest first.
  const warnings = await streamOutput(world, async (write, drained) => {
    const json = options.json ? jsonArrayWriter(write) : undefined;
    const warnings = await eachFoundNewestFirst(
      options,
      world,
      { rawTerms: rawTermsFor(spec), pause: drained },
      (stored) => {
        const hits = searchRetro(stored.retro, matcher);
        if (hits.length === 0) return undefined;
        const path = displayPath(world.cwd, stored.path);
        if (json) json.item({ ...asJsonRecord(world.cwd, stored), matches: hits });
        else if (palette)
          write(
            `${found > 0 ? "\n" : ""}${renderSearchResult(path, hits, palette, columns).join("\n")}\n`,
          );
        else write(`${path}\n`);
        found++;
        return undefined;
      },
    );
    json?.end();
    return warnings;
  });
  if (found === 0) return ExitCode.problem;
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}
