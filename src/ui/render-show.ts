import { chosenValue } from "../domain/answer-kinds/index.js";
import type { Retro } from "../domain/retro.js";
import { type Palette, toneColor } from "./color.js";
import { safeMultiline, safeOneLine } from "./safe-text.js";
import { indentedLines, numberedLines, padEnd, width } from "./text-width.js";

/**
 * `show`: the context, then each question with its verdict and answer,
 * wrapped to the terminal (not wrapped in a pipe, so lines stay greppable).
 */
export function renderShow(
  retro: Retro,
  path: string,
  palette: Palette,
  terminalWidth?: number,
): string[] {
  const context: [string, string | undefined][] = [
    ["date", retro.date],
    ["candidate", retro.candidate],
    ["role", retro.role],
    ["stage", retro.stage],
    ["interviewer", retro.interviewer],
    ["tags", retro.tags.length > 0 ? retro.tags.join(", ") : undefined],
    ["template", `${retro.template.id} v${retro.template.version}`],
    ["recorded at", retro.recorded_at],
    ["expires on", retro.expires_on],
    ["file", path],
  ];
  const lines = [palette.bold(safeOneLine(retro.id))];
  for (const [label, value] of context) {
    if (value !== undefined) lines.push(`  ${palette.dim(padEnd(label, 13))}${safeOneLine(value)}`);
  }
  const paint = toneColor(palette);
  Object.values(retro.answers).forEach((answer, index) => {
    lines.push("");
    const value = chosenValue(answer);
    const heading = numberedLines(`${index + 1}. `, safeOneLine(answer.question), terminalWidth);
    lines.push(...heading.map((line) => palette.bold(line)));
    if (value) {
      const label = safeOneLine(value.label);
      // After the question, or under it when it would run past the terminal's edge.
      const beside =
        terminalWidth === undefined ||
        width(heading.at(-1) ?? "") + 2 + width(label) <= terminalWidth;
      if (beside) lines[lines.length - 1] += `  ${paint[value.tone](label)}`;
      else lines.push(`   ${paint[value.tone](label)}`);
    }
    if (answer.answer === undefined) {
      // A chosen value needs no notes; an empty free-text answer is worth saying.
      if (!value) lines.push(`   ${palette.dim("(no answer)")}`);
      return;
    }
    const text = safeMultiline(answer.answer.replace(/\r\n?/g, "\n"));
    lines.push(...indentedLines(text, "   ", terminalWidth));
  });
  return lines;
}

/** The other retros about the candidate shown, newest first: `show <id>` shows any of them. */
export function renderOthers(others: readonly { retro: Retro }[]): string[] {
  return [
    `${others.length} other ${others.length === 1 ? "retro" : "retros"} about this candidate:`,
    ...others.map(({ retro }) => `  ${safeOneLine(retro.id)}`),
  ];
}
