import { isVerdict } from "../domain/answer-kinds/verdict.js";
import type { Retro } from "../domain/retro.js";
import type { Palette } from "./color.js";
import { safeOneLine } from "./safe-text.js";
import { padEnd, truncate, width } from "./text-width.js";

/**
 * `list`: one line per retro. Columns are aligned; on a terminal they are cut
 * to fit its width, the widest first, and never in a pipe.
 */

/** The verdicts' letters only read beside the template: each template asks its own questions. */
const COLUMNS = [
  "date",
  "id",
  "role",
  "stage",
  "candidate",
  "interviewer",
  "template",
  "verdicts",
] as const;
type Column = (typeof COLUMNS)[number];
/** Which columns give up room first when the terminal is narrow, and how far. */
const SHRINKABLE: [Column, number][] = [
  ["interviewer", 6],
  ["id", 16],
  ["template", 4],
  ["stage", 6],
  ["role", 6],
  ["candidate", 8],
];

/** Under the table on a terminal: what the letters say. */
export const VERDICTS_LEGEND = "Y yes · P partly · N no, in the order of the template's questions";

const VERDICT_LETTER = { yes: "Y", partly: "P", no: "N" } as const;

/** The verdicts in question order, one letter each: Y(es), P(artly), N(o). */
export function verdictLetters(retro: Retro): string {
  return Object.values(retro.answers)
    .map((answer) => (isVerdict(answer.verdict) ? VERDICT_LETTER[answer.verdict] : ""))
    .join("");
}

/** One retro's line, as its cells: all `list` keeps of a retro. */
export type ListRow = Record<Column, string>;

export function listRow(retro: Retro): ListRow {
  const raw: ListRow = {
    date: retro.date,
    id: retro.id,
    role: retro.role ?? "",
    stage: retro.stage ?? "",
    candidate: retro.candidate,
    interviewer: retro.interviewer ?? "",
    template: retro.template.id,
    verdicts: verdictLetters(retro),
  };
  return Object.fromEntries(COLUMNS.map((c) => [c, safeOneLine(raw[c])])) as ListRow;
}

export function renderList(
  rows: readonly ListRow[],
  palette: Palette,
  terminalWidth?: number,
): string[] {
  const widths = Object.fromEntries(
    // A loop, not Math.max(...): spreading 120,000 rows overflows the call stack.
    COLUMNS.map((c) => [c, rows.reduce((most, row) => Math.max(most, width(row[c])), c.length)]),
  ) as Record<Column, number>;
  if (terminalWidth !== undefined) shrinkToFit(widths, terminalWidth);
  const line = (values: Record<Column, string>, paint: (column: Column, text: string) => string) =>
    COLUMNS.map((c, i) => {
      const text = truncate(values[c], widths[c]);
      return paint(c, i === COLUMNS.length - 1 ? text : padEnd(text, widths[c]));
    })
      .join("  ")
      .trimEnd();
  const header = line(
    Object.fromEntries(COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<Column, string>,
    (_, text) => palette.dim(text),
  );
  return [
    header,
    ...rows.map((row) => line(row, (column, text) => paintCell(column, text, palette))),
  ];
}

function paintCell(column: Column, text: string, palette: Palette): string {
  if (column === "id") return palette.bold(text);
  if (column !== "verdicts") return text;
  return text.replace(/[YPN]/g, (letter) =>
    letter === "Y"
      ? palette.green(letter)
      : letter === "P"
        ? palette.yellow(letter)
        : palette.red(letter),
  );
}

function shrinkToFit(widths: Record<Column, number>, terminalWidth: number): void {
  const total = () => COLUMNS.reduce((sum, c) => sum + widths[c], 0) + 2 * (COLUMNS.length - 1);
  for (const [column, minimum] of SHRINKABLE) {
    const excess = total() - terminalWidth;
    if (excess <= 0) return;
    widths[column] = Math.max(minimum, widths[column] - excess);
  }
}
