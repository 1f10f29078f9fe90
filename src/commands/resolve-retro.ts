import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { isIsoDate } from "../domain/dates.js";
import { formatLocated } from "../domain/located.js";
import { referenceTerms } from "../domain/search.js";
import { UsageError } from "../errors.js";
import { newestRetro } from "../io/newest-retro.js";
import {
  eachRetroIn,
  newestFirst,
  readRetros,
  type StoredRetro,
  scanRetros,
} from "../io/retro-store.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { retrosDir } from "./find-retros.js";
import { Warnings } from "./warnings.js";

/**
 * The retro a command names (`show`, `edit`): `latest`, a file path, an id,
 * or a prefix of an id that matches one retro (several matches is an error
 * that lists them), or a candidate reference: that candidate's latest retro,
 * with the `others` about them.
 */
export async function resolveRetro(
  target: string,
  options: { dir?: string },
  world: World,
): Promise<StoredRetro & { others?: StoredRetro[] }> {
  const asPath = resolve(world.cwd, target);
  if (
    (target.includes("/") || target.endsWith(".yaml")) &&
    existsSync(asPath) &&
    statSync(asPath).isFile()
  ) {
    return readOne(asPath, world);
  }
  const dir = await retrosDir(options, world);
  const warnings = new Warnings(world);
  if (target === "latest") {
    const newest = await newestRetro({ dir, onWarning: warnings.report });
    if (newest === undefined)
      throw new UsageError(`no retros in ${displayPath(world.cwd, dir)} yet`);
    // Read once more with its text: the scan keeps no text, to stay light on 10,000 files.
    return readOne(newest.path, world);
  }
  const prefix = basename(target).replace(/\.yaml$/, "");
  // An id starts with its day: only that year's folder, and that day's names, are read.
  const day = prefix.slice(0, 10);
  const bounds = isIsoDate(day) ? { since: day, until: day } : {};
  const matches = (
    await scanRetros({ dir, namePrefix: prefix, onWarning: warnings.report, ...bounds })
  ).filter((stored) => stored.retro.id.startsWith(prefix));
  const exact = matches.filter((stored) => stored.retro.id === prefix);
  if (exact.length > 1) {
    const paths = exact.map((stored) => `  ${displayPath(world.cwd, stored.path)}`).join("\n");
    throw new UsageError(
      `${exact.length} files hold the retro "${safeOneLine(prefix)}": keep one (interview-retro validate tells which is misplaced), or show it by its path:\n${paths}`,
    );
  }
  if (exact[0]) return readOne(exact[0].path, world);
  if (matches.length === 1) return readOne((matches[0] as StoredRetro).path, world);
  if (matches.length === 0) {
    // A candidate reference (an ATS id) names that candidate's latest retro.
    const wanted = target.trim().toLowerCase();
    // Only the files holding the reference are parsed, and only that candidate's
    // retros kept, without their answers.
    const ofCandidate: StoredRetro[] = [];
    const reading = {
      dir,
      withoutAnswerText: true,
      rawTerms: referenceTerms(target),
      onWarning: () => {},
    };
    await eachRetroIn(reading, (stored) => {
      if (stored.retro.candidate.toLowerCase() === wanted) ofCandidate.push(stored);
    });
    ofCandidate.sort(newestFirst);
    const [latest, ...others] = ofCandidate;
    if (latest) return { ...(await readOne(latest.path, world)), others };
    throw new UsageError(
      `no retro matches "${safeOneLine(target)}", as an id or a candidate reference: try "interview-retro list" to see ids`,
    );
  }
  const shown = matches.sort(newestFirst).slice(0, 10);
  const more =
    matches.length > shown.length ? `\n  … and ${matches.length - shown.length} more` : "";
  throw new UsageError(
    `"${safeOneLine(target)}" matches ${matches.length} retros; give more of the id:\n${shown
      .map((stored) => `  ${stored.retro.id}`)
      .join("\n")}${more}`,
  );
}

async function readOne(path: string, world: World): Promise<StoredRetro> {
  let problem = `${displayPath(world.cwd, path)}: not a retro`;
  const [stored] = await readRetros([path], {
    keepText: true,
    onWarning: (warning) => {
      problem = formatLocated({
        ...warning,
        path: displayPath(world.cwd, warning.path),
        message: safeOneLine(warning.message),
      });
    },
  });
  if (stored) return stored;
  throw new UsageError(problem);
}
