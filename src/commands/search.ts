import {
  compileMatcher,
  type Hit,
  InvalidPatternError,
  type Matcher,
  rawTermsFor,
  searchRetro,
} from "../domain/search.js";
import {
  mayBacktrackLong,
  SEARCH_LIMIT_MS,
  type TimedSearch,
  timedSearch,
} from "../domain/timed-search.js";
import { ExitCode, UsageError } from "../errors.js";
import type { StoredRetro } from "../io/retro-store.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { renderSearchResult } from "../ui/render-search.js";
import { jsonArrayWriter } from "../ui/safe-text.js";
import { terminalColumns, type World } from "../world.js";
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

const TOO_SLOW_HERE = `the pattern took over ${SEARCH_LIMIT_MS / 1000} s on this file and was stopped: not searched (some patterns, like (a+)+ or \\w+\\w+, can take for ever on some text)`;

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
  const columns = terminalColumns(world.stdout);
  let found = 0;
  // Each file is searched as it is read, and its matches written at once, newest first.
  const warnings = await streamOutput(world, async (write, drained) => {
    const json = options.json ? jsonArrayWriter(write) : undefined;
    const show = (stored: StoredRetro, hits: Hit[]) => {
      if (hits.length === 0) return;
      const path = displayPath(world.cwd, stored.path);
      if (json) json.item({ ...asJsonRecord(world.cwd, stored), matches: hits });
      else if (palette)
        write(
          `${found > 0 ? "\n" : ""}${renderSearchResult(path, hits, palette, columns).join("\n")}\n`,
        );
      else write(`${path}\n`);
      found++;
    };
    // The patterns the tool makes of a word take linear time; some regular expressions, for ever.
    let timed: TimedSearch<StoredRetro> | undefined;
    const warnings = await eachFoundNewestFirst(
      options,
      world,
      { rawTerms: rawTermsFor(spec), pause: drained },
      (stored, warn) => {
        if (!spec.regex) show(stored, searchRetro(stored.retro, matcher));
        else {
          timed ??= timedSearch(
            matcher,
            show,
            ({ path }) => warn({ path, message: TOO_SLOW_HERE }),
            { everyRetro: mayBacktrackLong(pattern) },
          );
          timed.add(stored);
        }
        return undefined;
      },
    );
    timed?.end();
    json?.end();
    return warnings;
  });
  if (found === 0) {
    // As list says it: an empty output alone leaves a person wondering whether search ran.
    world.stderr.write("No retros match.\n");
    return ExitCode.problem;
  }
  return options.strict && warnings.count > 0 ? ExitCode.problem : ExitCode.ok;
}
