import type { Chart } from "../domain/answer-kinds/answer-kind.js";
import type { ReportInput } from "../domain/report.js";
import type { Count } from "../domain/stats.js";
import { actionsMarkdown, themesMarkdown } from "./digest-markdown.js";
import { earlierActions, pct } from "./figures-line.js";
import { mdInline, mermaidText } from "./markdown-text.js";

/**
 * The report as a Markdown document: tables and Mermaid charts, which GitHub
 * and GitLab draw. Figures in, text out.
 */

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

function countTable(title: string, counts: readonly Count[]): string[] {
  if (counts.length === 0) return ["_none_"];
  return [
    `| ${title} | Retros |`,
    "|---|---:|",
    ...counts.map((c) => `| ${mdInline(c.key)} | ${c.count} |`),
  ];
}

function chartMarkdown(title: string, chart: Chart): string[] {
  const out = chart.summary ? [`${chart.summary}.`, ""] : [];
  if (chart.shape === "counts") {
    return [
      ...out,
      "| | Answers |",
      "|---|---:|",
      ...chart.rows.map((row) => `| ${mdInline(row.label)} | ${row.counts[0] ?? 0} |`),
    ];
  }
  const overall = chart.rows[0]?.counts ?? [];
  out.push(
    "```mermaid",
    `pie title "${mermaidText(title)}"`,
    ...chart.legend.map((part, i) => `  "${part.label}" : ${overall[i] ?? 0}`),
    "```",
    "",
    `| | ${chart.legend.map((part) => part.label).join(" | ")} | answers |`,
    `|---|${chart.legend.map(() => "---:|").join("")}---:|`,
  );
  for (const row of chart.rows) {
    const total = sum(row.counts);
    out.push(
      `| ${mdInline(row.label)} | ${row.counts.map((count) => pct(count, total)).join(" | ")} | ${total} |`,
    );
  }
  return out;
}

export function reportMarkdown(report: ReportInput): string {
  const { stats, themes, actions, generatedOn } = report;
  const out = [
    "# Interview retros: what they say",
    "",
    `_${stats.total} retros${stats.first ? `, ${stats.first} to ${stats.last}` : ""}. Generated on ${generatedOn} by interview-retro._`,
  ];
  if (stats.total === 0) return `${out.join("\n")}\n`;
  out.push(
    "",
    "## Retros per month",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Retros per month"',
    `  x-axis [${stats.months.map((m) => `"${m.key}"`).join(", ")}]`,
    `  bar [${stats.months.map((m) => m.count).join(", ")}]`,
    "```",
    "",
    ...countTable("Month", stats.months),
    "",
    "## By role",
    "",
    ...countTable("Role", stats.roles),
    "",
    "## By interviewer",
    "",
    ...countTable("Interviewer", stats.interviewers),
  );
  if (stats.questions.length > 0) out.push("", "## Answers");
  for (const figures of stats.questions) {
    out.push(
      "",
      `### ${mdInline(figures.text)}`,
      "",
      `\`${figures.question}\``,
      "",
      ...chartMarkdown(figures.text, figures.chart),
    );
  }
  if (stats.tags.length > 0)
    out.push("", "## Most frequent tags", "", ...countTable("Tag", stats.tags));
  out.push("", "## Recurring themes", "", ...themesMarkdown(themes));
  out.push("", "## Promised actions", "");
  // A loop, not push(...): a long period's lines would overflow the call stack.
  for (const line of actionsMarkdown(actions)) out.push(line);
  const earlier = earlierActions(actions.length, report.actionsPromised);
  if (earlier) out.push("", `_${earlier}_`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
