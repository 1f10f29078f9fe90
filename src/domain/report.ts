import { newestRetroFirst, type Retro } from "./retro.js";
import type { Stats } from "./stats.js";

/**
 * What the shareable report holds: the figures of `stats`, and the recent
 * answers to a "next time" question. `ui/report-markdown.ts` and
 * `ui/report-html.ts` draw it.
 */

export interface ReportInput {
  stats: Stats;
  /** Recent answers to a "next time" question, newest first. */
  nextTime: { date: string; id: string; text: string }[];
  generatedOn: string;
}

/** The most recent answers to the `next_time` question, when a template has one. */
export function recentNextTime(retros: readonly Retro[], limit = 10): ReportInput["nextTime"] {
  return [...retros]
    .filter((retro) => retro.answers.next_time?.answer)
    .sort(newestRetroFirst)
    .slice(0, limit)
    .map((retro) => ({
      date: retro.date,
      id: retro.id,
      text: retro.answers.next_time?.answer ?? "",
    }));
}
