import { localDate } from "../domain/dates.js";
import { LatestActions, promisedActions, ThemeCount } from "../domain/digest.js";
import { isOneOf, REPORT_FORMAT_NAMES } from "../domain/learn-choices.js";
import { THEME_IDS_SHOWN } from "../domain/themes.js";
import { ExitCode, UsageError } from "../errors.js";
import { REPORT_FORMATS } from "../ui/report-formats.js";
import type { World } from "../world.js";
import { emitDocument, refuseOutputInRetros } from "./emit-document.js";
import { learningPeriod, previousThemes } from "./learning-period.js";
import { gatherStats, type StatsOptions } from "./stats.js";

/** A report shows the latest fifty promised actions. */
const ACTIONS_SHOWN = 50;

export interface ReportOptions extends StatsOptions {
  format?: string;
  output?: string;
}

/** The figures of stats, then the themes and the promised actions, as a Markdown document or one HTML page. */
export async function reportCommand(options: ReportOptions, world: World): Promise<number> {
  const format = options.format ?? "md";
  if (!isOneOf(REPORT_FORMAT_NAMES, format))
    throw new UsageError(`--format takes ${REPORT_FORMAT_NAMES.join(" or ")}`);
  const draw = REPORT_FORMATS[format];
  // Only the phrases of the answers are kept, with the few ids a theme shows,
  // and the latest promised actions: not the retros.
  const themeCount = new ThemeCount(THEME_IDS_SHOWN);
  const actions = new LatestActions(ACTIONS_SHOWN);
  const period = await learningPeriod(options, world);
  refuseOutputInRetros(world, options.output, period.dir);
  const stats = await gatherStats(options, world, period.warnings, (retro) => {
    themeCount.add(retro);
    actions.add(promisedActions(retro));
  });
  const input = {
    stats,
    themes: themeCount.themes(await previousThemes(period), new Map(), period.texts.wording),
    actions: actions.list(),
    actionsPromised: actions.count,
    generatedOn: localDate(world.now()),
  };
  const text = draw(input);
  await emitDocument(world, options.output, text, "the report");
  return ExitCode.ok;
}
