import { localDate } from "../domain/dates.js";
import { recentNextTime } from "../domain/report.js";
import type { Retro } from "../domain/retro.js";
import { ExitCode, UsageError } from "../errors.js";
import { REPORT_FORMATS } from "../ui/report-formats.js";
import type { World } from "../world.js";
import { emitDocument } from "./emit-document.js";
import { gatherStats, type StatsOptions } from "./stats.js";

export interface ReportOptions extends StatsOptions {
  format?: string;
  output?: string;
}

/** The figures of stats as a Markdown document or one self-contained HTML page. */
export async function reportCommand(options: ReportOptions, world: World): Promise<number> {
  const format = options.format ?? "md";
  const draw = Object.hasOwn(REPORT_FORMATS, format) ? REPORT_FORMATS[format] : undefined;
  if (!draw) throw new UsageError(`--format takes ${Object.keys(REPORT_FORMATS).join(" or ")}`);
  const withNextTime: Retro[] = [];
  const stats = await gatherStats(options, world, (retro) => {
    if (retro.answers.next_time?.answer) withNextTime.push(retro);
  });
  const input = {
    stats,
    nextTime: recentNextTime(withNextTime),
    generatedOn: localDate(world.now()),
  };
  const text = draw(input);
  await emitDocument(world, options.output, text, "the report");
  return ExitCode.ok;
}
