import type { DigestInput, PromisedAction, QuestionThemes } from "../domain/digest.js";
import { figuresLine, someIds } from "./figures-line.js";
import { mdInline, mdQuote } from "./markdown-text.js";
import { periodWords } from "./render-digest.js";

/**
 * The digest as Markdown, to paste in a pull request, a wiki page or the
 * notes of a team's weekly meeting: answers quoted whole, never acted on.
 */

/** A quote under a list item. */
const quoteInList = (text: string) =>
  mdQuote(text)
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

export function themesMarkdown(themes: readonly QuestionThemes[]): string[] {
  if (themes.every((question) => question.themes.length === 0)) return ["_none_"];
  return themes.flatMap((question) => [
    `**${mdInline(question.text)}** (\`${question.question}\`, ${question.answered} answered)`,
    "",
    ...(question.themes.length === 0
      ? ["_none_"]
      : [
          "| Theme | Retros | Share | Trend | Where |",
          "|---|---:|---:|---|---|",
          ...question.themes.map(
            (theme) =>
              `| ${mdInline(theme.phrase)} | ${theme.retros} | ${Math.round(theme.share * 100)}% | ${theme.trend ?? ""} | ${someIds(theme.ids, theme.retros)} |`,
          ),
        ]),
    "",
  ]);
}

export function* actionsMarkdown(actions: readonly PromisedAction[]): Generator<string> {
  if (actions.length === 0) yield "_none_";
  for (const action of actions) {
    yield `- **${action.date}** · ${mdInline([action.interviewer, action.role].filter(Boolean).join(", ") || "—")} · ${action.id}`;
    yield* ["", quoteInList(action.text), ""];
  }
}

/** The digest as Markdown, a line at a time (a line may hold a quote of several). */
export function* digestMarkdown(input: DigestInput): Generator<string> {
  // One blank line between blocks, however many the parts below put there.
  let blank = false;
  for (const line of markdownLines(input)) {
    if (line === "" && blank) continue;
    blank = line === "";
    yield line;
  }
}

function* markdownLines({ digest, since, until, generatedOn }: DigestInput): Generator<string> {
  yield "# Interview retros: the digest";
  yield "";
  yield `_${digest.total} retros, ${periodWords({ since, until })}${digest.by === "none" ? "" : `, by ${digest.by}`}. Generated on ${generatedOn} by interview-retro._`;
  if (digest.sections.length === 0) yield* ["", "_No retro in this period._"];
  for (const section of digest.sections) {
    yield* ["", `## Template \`${section.template}\``];
    for (const question of section.questions) {
      yield* ["", `### ${mdInline(question.text)}`, ""];
      if (question.figures) yield* [mdInline(figuresLine(question.figures.chart)), ""];
      for (const group of question.groups) {
        if (group.key) yield* [`#### ${mdInline(group.key)}`, ""];
        for (const answer of group.answers) {
          const who = answer.interviewer ? ` · ${mdInline(answer.interviewer)}` : "";
          const value = answer.value ? ` · **${mdInline(answer.value.label)}**` : "";
          yield `- ${answer.date} · ${answer.id}${who}${value}`;
          if (answer.text) yield* ["", quoteInList(answer.text)];
          yield "";
        }
      }
    }
  }
  yield* ["", "## Recurring themes", ""];
  yield* themesMarkdown(digest.themes);
  yield* ["", "## Promised actions", ""];
  yield* actionsMarkdown(digest.actions);
}
