import { ThemeCount } from "../domain/digest.js";
import { THEME_IDS_SHOWN } from "../domain/themes.js";
import { ExitCode } from "../errors.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { periodWords, renderThemes } from "../ui/render-digest.js";
import { toJson } from "../ui/safe-text.js";
import { terminalColumns, type World } from "../world.js";
import { eachFoundRetro, type FilterOptions } from "./find-retros.js";
import { learningPeriod, previousThemes, sayWhenOlder } from "./learning-period.js";

export interface ThemesOptions extends FilterOptions {
  json?: boolean;
  color?: boolean;
}

/** The words and phrases that recur in each question's answers over the last week (or --since's period). */
export async function themesCommand(options: ThemesOptions, world: World): Promise<number> {
  const period = await learningPeriod(options, world, "7d");
  // The JSON lists every retro of a theme; the terminal names a few.
  const count = new ThemeCount(options.json ? Number.POSITIVE_INFINITY : THEME_IDS_SHOWN);
  let found = 0;
  await eachFoundRetro(period.dir, period.current, period.warnings, {}, ({ retro }) => {
    count.add(retro);
    found++;
  });
  const themes = count.themes(await previousThemes(period), new Map(), period.texts.wording);
  const since = period.current.since;
  if (options.json) {
    world.stdout.write(
      toJson({ ...(since ? { since } : {}), until: period.until, questions: themes }),
    );
  } else {
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    world.stdout.write(
      [
        palette.bold(
          `Recurring themes, ${periodWords({ ...(since ? { since } : {}), until: period.until })}`,
        ),
        ...renderThemes(themes, palette, terminalColumns(world.stdout)),
      ].join("\n") + "\n",
    );
  }
  sayWhenOlder(found, options, period, world);
  return ExitCode.ok;
}
