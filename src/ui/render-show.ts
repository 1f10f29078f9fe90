import type { Retro } from "../domain/retro.js";
import type { Palette } from "./color.js";
import { safeMultiline, safeOneLine } from "./safe-text.js";
import { padEnd, wrap } from "./text-width.js";

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
  const VERDICT_PAINT = { yes: palette.green, partly: palette.yellow, no: palette.red } as const;
  Object.values(retro.answers).forEach((answer, index) => {
    lines.push("");
    const verdict = answer.verdict
      ? `  ${VERDICT_PAINT[answer.verdict](answer.verdict)}`
      : answer.score !== undefined
        ? `  ${palette.bold(`${answer.score}/5`)}`
        : answer.checked !== undefined
          ? `  ${answer.checked.length > 0 ? safeOneLine(answer.checked.join(", ")) : palette.dim("(none)")}`
          : "";
    lines.push(`${palette.bold(`${index + 1}. ${safeOneLine(answer.question)}`)}${verdict}`);
    if (answer.answer === undefined) {
      // A verdict, score or checklist needs no notes; an empty free-text answer is worth saying.
      if (verdict === "") lines.push(`   ${palette.dim("(no answer)")}`);
      return;
    }
    const text = safeMultiline(answer.answer.replace(/\r\n?/g, "\n"));
    const body =
      terminalWidth === undefined ? text.split("\n") : wrap(text, Math.max(20, terminalWidth - 3));
    for (const line of body) lines.push(line === "" ? "" : `   ${line}`);
  });
  return lines;
}
