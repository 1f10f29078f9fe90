import { kindOf } from "../domain/answer-kinds/index.js";
import type { Template } from "../domain/template.js";
import { safeMultiline, safeOneLine } from "./safe-text.js";
import { indentedLines, numberedLines, padEnd, width } from "./text-width.js";

/** A template and where it was found: `shipped`, or the path to show. */
export interface ShownTemplate {
  template: Template;
  where: string;
}

/**
 * `templates list`: one line each, `default  v1  3 questions  Title  (shipped)`.
 * A team's templates come from a cloned repo: their text is escaped.
 */
export function renderTemplateList(entries: readonly ShownTemplate[]): string[] {
  const rows = entries.map(({ template }) => [
    safeOneLine(template.id),
    `v${template.version}`,
    `${template.questions.length} questions`,
  ]);
  const widths = [0, 1, 2].map((column) =>
    rows.reduce((most, row) => Math.max(most, width(row[column] ?? "")), 0),
  );
  return rows.map((row, i) => {
    const entry = entries[i] as ShownTemplate;
    const cells = row.map((cell, column) => padEnd(cell, widths[column] ?? 0)).join("  ");
    return `${cells}  ${safeOneLine(entry.template.title)}  (${safeOneLine(entry.where)})`;
  });
}

/**
 * `templates show <id>`: each question with its id, its kind and its hint;
 * wrapped between words to a terminal's `columns`, when it is one.
 */
export function renderTemplate({ template, where }: ShownTemplate, columns?: number): string[] {
  const lines = [
    `${safeOneLine(template.id)} v${template.version}: ${safeOneLine(template.title)}`,
    `(${safeOneLine(where)})`,
  ];
  if (template.description)
    lines.push("", ...indentedLines(safeMultiline(template.description), "", columns));
  template.questions.forEach((question, index) => {
    lines.push(
      "",
      ...numberedLines(`${index + 1}. `, safeOneLine(question.text), columns),
      `   id: ${question.id} · ${safeOneLine(kindOf(question).describe(question))}${question.required ? "" : " · optional"}`,
    );
    if (question.hint) lines.push(...indentedLines(safeOneLine(question.hint), "   ", columns));
  });
  return lines;
}
