import type { DigestInput, PromisedAction, QuestionThemes } from "../domain/digest.js";
import type { Theme } from "../domain/themes.js";
import { type Palette, toneColor } from "./color.js";
import { figuresLine, someIds } from "./figures-line.js";
import { safeMultiline, safeOneLine } from "./safe-text.js";
import { indentedLines, width } from "./text-width.js";

/**
 * `digest` and `themes` in the terminal: every answer whole, indented under
 * its question and group, wrapped between words to a terminal's width (not
 * in a pipe or a file, where lines stay whole for grep); text from the
 * retros shown with its control characters escaped.
 */

const indent = (text: string, by: string, columns: number | undefined) =>
  indentedLines(safeMultiline(text), by, columns).join("\n");

/** "between 2026-11-25 and 2026-12-02", or "up to 2026-12-02" for a period with no first day. */
export const periodWords = ({ since, until }: { since?: string; until: string }) =>
  since ? `${since} to ${until}` : `up to ${until}`;

/**
 * `system design  5 retros (42%)  rising  2026-12-01-…, 2026-11-30-… and 3 more`;
 * on a terminal too narrow for the line, the ids go under it, wrapped.
 */
function themeLines(theme: Theme, palette: Palette, columns: number | undefined): string[] {
  const ids = someIds(theme.ids, theme.retros, 3);
  const phrase = safeOneLine(theme.phrase);
  const retros = `${theme.retros} retro${theme.retros === 1 ? "" : "s"} (${Math.round(theme.share * 100)}%)`;
  const head = `    ${palette.bold(phrase)}  ${retros}${theme.trend ? `  ${palette.cyan(theme.trend)}` : ""}`;
  if (!ids) return [head];
  const whole = `    ${phrase}  ${retros}${theme.trend ? `  ${theme.trend}` : ""}  ${ids}`;
  if (columns === undefined || width(whole) <= columns) return [`${head}  ${palette.dim(ids)}`];
  return [head, ...indentedLines(ids, "      ", columns).map((line) => palette.dim(line))];
}

export function renderThemes(
  themes: readonly QuestionThemes[],
  palette: Palette,
  columns?: number,
): string[] {
  if (themes.every((question) => question.themes.length === 0)) return ["  none"];
  return themes.flatMap((question) => [
    `  ${safeOneLine(question.text)} ${palette.dim(`(${question.question}, ${question.answered} answered)`)}`,
    ...(question.themes.length > 0
      ? question.themes.flatMap((theme) => themeLines(theme, palette, columns))
      : ["    none"]),
  ]);
}

function* renderActions(
  actions: readonly PromisedAction[],
  palette: Palette,
  columns: number | undefined,
): Generator<string> {
  if (actions.length === 0) yield "  none";
  for (const action of actions) {
    yield `  ${palette.bold(action.date)}  ${safeOneLine([action.interviewer, action.role].filter(Boolean).join(", ") || "—")}  ${palette.dim(action.id)}`;
    yield indent(action.text, "    ", columns);
  }
}

/** The digest in the terminal (`columns` wide, when it is one), a line at a time (a line may hold an answer of several). */
export function* renderDigest(
  { digest, since, until }: DigestInput,
  palette: Palette,
  columns?: number,
): Generator<string> {
  const paint = toneColor(palette);
  yield palette.bold(
    `Digest: ${digest.total} retro${digest.total === 1 ? "" : "s"}, ${periodWords({ since, until })}`,
  ) + (digest.by === "none" ? "" : palette.dim(`, by ${digest.by}`));
  if (digest.sections.length === 0) yield* ["", "  No retro in this period."];
  for (const section of digest.sections) {
    yield* ["", palette.bold(`Template ${safeOneLine(section.template)}`)];
    for (const question of section.questions) {
      yield* ["", `${palette.bold(safeOneLine(question.text))} ${palette.dim(`(${question.id})`)}`];
      if (question.figures) yield `  ${figuresLine(question.figures.chart)}`;
      for (const group of question.groups) {
        if (group.key) yield `  ${palette.cyan(safeOneLine(group.key))}`;
        for (const answer of group.answers) {
          const head = [
            answer.date,
            answer.id,
            ...(answer.interviewer ? [safeOneLine(answer.interviewer)] : []),
            ...(answer.value ? [paint[answer.value.tone](safeOneLine(answer.value.label))] : []),
          ].join("  ");
          yield `${group.key ? "    " : "  "}${head}`;
          if (answer.text) yield indent(answer.text, group.key ? "      " : "    ", columns);
        }
      }
    }
  }
  yield* ["", palette.bold("Recurring themes"), ...renderThemes(digest.themes, palette, columns)];
  yield* ["", palette.bold("Promised actions (oldest first)")];
  yield* renderActions(digest.actions, palette, columns);
}
