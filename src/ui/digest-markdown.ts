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

export function actionsMarkdown(actions: readonly PromisedAction[]): string[] {
  if (actions.length === 0) return ["_none_"];
  return actions.flatMap((action) => [
    `- **${action.date}** · ${mdInline([action.interviewer, action.role].filter(Boolean).join(", ") || "—")} · ${action.id}`,
    "",
    quoteInList(action.text),
    "",
  ]);
}

export function digestMarkdown({ digest, since, until, generatedOn }: DigestInput): string {
  const lines = [
    "# Interview retros: the digest",
    "",
    `_${digest.total} retros, ${periodWords({ since, until })}${digest.by === "none" ? "" : `, by ${digest.by}`}. Generated on ${generatedOn} by interview-retro._`,
  ];
  if (digest.sections.length === 0) lines.push("", "_No retro in this period._");
  for (const section of digest.sections) {
    lines.push("", `## Template \`${section.template}\``);
    for (const question of section.questions) {
      lines.push("", `### ${mdInline(question.text)}`, "");
      if (question.figures) lines.push(mdInline(figuresLine(question.figures.chart)), "");
      for (const group of question.groups) {
        if (group.key) lines.push(`#### ${mdInline(group.key)}`, "");
        for (const answer of group.answers) {
          const who = answer.interviewer ? ` · ${mdInline(answer.interviewer)}` : "";
          const value = answer.value ? ` · **${mdInline(answer.value.label)}**` : "";
          lines.push(`- ${answer.date} · ${answer.id}${who}${value}`);
          if (answer.text) lines.push("", quoteInList(answer.text));
          lines.push("");
        }
      }
    }
  }
  lines.push("", "## Recurring themes", "", ...themesMarkdown(digest.themes));
  lines.push("", "## Promised actions", "");
  // A loop, not push(...): a long period's actions would overflow the call stack.
  for (const line of actionsMarkdown(digest.actions)) lines.push(line);
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
