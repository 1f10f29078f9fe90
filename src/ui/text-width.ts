/** Width in terminal cells, counted in code points (wide CJK characters count as one: a known approximation). */
export const width = (text: string): number => {
  // Most text has no character outside the Basic Multilingual Plane: one test, not a walk.
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
};

const SURROGATE = /[\ud800-\udfff]/;

/** Cuts `text` to `max` cells, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  return `${[...text].slice(0, max - 1).join("")}…`;
}

export const padEnd = (text: string, size: number): string =>
  text + " ".repeat(Math.max(0, size - width(text)));

/** Greedy word wrap to `columns` cells; words longer than a line are cut. Existing line breaks are kept. */
export function wrap(text: string, columns: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/(?<= )/)) {
      let rest = word;
      // A space at the end of a line does not count: it is dropped when the line breaks there.
      if (line !== "" && width(`${line}${rest}`.trimEnd()) > columns) {
        out.push(line.trimEnd());
        line = "";
      }
      while (width(rest.trimEnd()) > columns) {
        const chars = [...rest];
        out.push(chars.slice(0, columns).join(""));
        rest = chars.slice(columns).join("");
      }
      line += rest;
    }
    out.push(line.trimEnd());
  }
  return out;
}

/**
 * `text` under `indent`, each line; wrapped between words to a terminal's
 * `columns`, or its lines whole without one (a pipe, a file: kept for grep).
 * An empty line stays empty.
 */
export function indentedLines(text: string, indent: string, columns: number | undefined): string[] {
  const lines =
    columns === undefined ? text.split("\n") : wrap(text, Math.max(20, columns - width(indent)));
  return lines.map((line) => (line === "" ? "" : `${indent}${line}`));
}

/** `indentedLines` with a list item's number (`3. `) standing in the first line's indentation. */
export function numberedLines(number: string, text: string, columns: number | undefined): string[] {
  const under = " ".repeat(width(number));
  const [first = "", ...rest] = indentedLines(text, under, columns);
  return [`${number}${first.slice(under.length)}`, ...rest];
}
