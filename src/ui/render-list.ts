import { isVerdict } from "../domain/answer-kinds/verdict.js";
import type { Retro, RetroAnswer } from "../domain/retro.js";
import { type Palette, PLAIN } from "./color.js";
import { safeOneLine } from "./safe-text.js";
import { padEnd, truncate, width } from "./text-width.js";

/**
 * `list`: one line per retro. Columns are aligned; on a terminal too narrow
 * for the table they give way (never in a pipe): long names are cut, then
 * whole columns are left out, so that the id, which `show` and `edit` take,
 * stays whole to be copied.
 */

/**
 * The verdicts' letters read beside the template, whose questions they
 * answer; on a narrow terminal the template gives way before them.
 */
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
type Shrink = [Column, number][];
/** First, names past the width that most names fit in. */
const LONG_NAMES: Shrink = [
  ["interviewer", 20],
  ["candidate", 20],
];
/** Then whole columns, in this order: the date first, as each id starts with it. */
const LEFT_OUT: Column[] = ["date", "template", "interviewer", "stage", "role"];
/** Last, when the id, the candidate and the verdicts alone are too wide. */
const LAST_RESORT: Shrink = [
  ["candidate", 8],
  ["id", 16],
];

/** Under the table on a terminal: what the letters say. */
export const VERDICTS_LEGEND = "Y yes · P partly · N no, in the order of the template's questions";

const VERDICT_LETTER = { yes: "Y", partly: "P", no: "N" } as const;

/** The verdicts in question order, one letter each: Y(es), P(artly), N(o). */
export function verdictLetters(retro: Retro): string {
  let letters = "";
  // for…in: no array per retro (see retro-check.ts).
  for (const id in retro.answers) {
    const { verdict } = retro.answers[id] as RetroAnswer;
    if (isVerdict(verdict)) letters += VERDICT_LETTER[verdict];
  }
  return letters;
}

/**
 * The rows `list` keeps until it can align them: one line of text per retro,
 * its cells joined by tabs (a cell never holds a raw tab: `safeOneLine`
 * escapes it), and the width of each column so far.
 */
export class ListTable {
  readonly rows: string[] = [];
  readonly widths: number[] = COLUMNS.map((column) => column.length);

  add(retro: Retro): void {
    const raw: Record<Column, string> = {
      date: retro.date,
      id: retro.id,
      role: retro.role ?? "",
      stage: retro.stage ?? "",
      candidate: retro.candidate,
      interviewer: retro.interviewer ?? "",
      template: retro.template.id,
      verdicts: verdictLetters(retro),
    };
    const cells = COLUMNS.map((column, i) => {
      const cell = safeOneLine(raw[column]);
      this.widths[i] = Math.max(this.widths[i] as number, width(cell));
      return cell;
    });
    this.rows.push(cells.join("\t"));
  }
}

/** The table's lines, header first, made one at a time. */
export function* renderList(
  table: ListTable,
  palette: Palette,
  terminalWidth?: number,
): Generator<string, void, undefined> {
  const widths = [...table.widths];
  const shown = COLUMNS.map((_, i) => i);
  if (terminalWidth !== undefined) fitToWidth(widths, shown, terminalWidth);
  // Only a column shrunk to fit has cells wider than itself, to cut.
  const shrunk = widths.map((columnWidth, i) => columnWidth < (table.widths[i] as number));
  const last = shown[shown.length - 1];
  const line = (cells: readonly string[], paint: (column: Column, text: string) => string) => {
    const painted: string[] = [];
    for (const i of shown) {
      const columnWidth = widths[i] as number;
      const cell = shrunk[i] ? truncate(cells[i] as string, columnWidth) : (cells[i] as string);
      painted.push(paint(COLUMNS[i] as Column, i === last ? cell : padEnd(cell, columnWidth)));
    }
    return painted.join("  ").trimEnd();
  };
  yield line(
    COLUMNS.map((column) => column.toUpperCase()),
    (_, text) => palette.dim(text),
  );
  // Without colour, the cells are left as they are: painting them would walk each one for nothing.
  const paint =
    palette === PLAIN
      ? (_: Column, text: string) => text
      : (column: Column, text: string) => paintCell(column, text, palette);
  for (const row of table.rows) yield line(row.split("\t"), paint);
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

/** Narrows `widths` and leaves columns out of `shown` (indexes in COLUMNS) until the table fits. */
function fitToWidth(widths: number[], shown: number[], terminalWidth: number): void {
  const excess = () =>
    shown.reduce((sum, i) => sum + (widths[i] as number), 0) +
    2 * (shown.length - 1) -
    terminalWidth;
  const shrink = (columns: Shrink) => {
    for (const [column, minimum] of columns) {
      const i = COLUMNS.indexOf(column);
      const current = widths[i] as number;
      if (excess() > 0 && current > minimum) widths[i] = Math.max(minimum, current - excess());
    }
  };
  shrink(LONG_NAMES);
  for (const column of LEFT_OUT)
    if (excess() > 0) shown.splice(shown.indexOf(COLUMNS.indexOf(column)), 1);
  shrink(LAST_RESORT);
}
