import type { PromisedAction, QuestionThemes } from "./digest.js";
import type { Stats } from "./stats.js";

/**
 * What the shareable report holds: the figures of `stats`, then the themes
 * that recur in the answers and the actions promised, as in the digest.
 * `ui/report-markdown.ts` and `ui/report-html.ts` draw it.
 */
export interface ReportInput {
  stats: Stats;
  themes: QuestionThemes[];
  /** The latest promised actions, oldest first. */
  actions: PromisedAction[];
  /** How many were promised in all: more than are listed over a long period. */
  actionsPromised: number;
  generatedOn: string;
}
