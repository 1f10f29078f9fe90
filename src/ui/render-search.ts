import type { Hit } from "../domain/search.js";
import type { Palette } from "./color.js";
import { safeOneLine } from "./safe-text.js";
import { width } from "./text-width.js";

/**
 * `search`: the file, then one line per matching line: the field or question
 * id it is in, and the line with each match highlighted. Text is escaped
 * piece by piece, so highlighting survives and no escape code gets through.
 */
export function renderSearchResult(
  path: string,
  hits: readonly Hit[],
  palette: Palette,
  terminalWidth?: number,
): string[] {
  const lines = [palette.magenta(path)];
  for (const hit of hits) {
    const label = `  ${hit.field}: `;
    const room =
      terminalWidth === undefined ? undefined : Math.max(20, terminalWidth - width(label));
    lines.push(`${palette.cyan(label.trimEnd())} ${highlight(hit, palette, room)}`);
  }
  return lines;
}

function highlight(hit: Hit, palette: Palette, room: number | undefined): string {
  let { line } = hit;
  let ranges = hit.ranges;
  let prefix = "";
  let suffix = "";
  if (room !== undefined && width(line) > room) {
    // Keep the first match in view: start a little before it.
    const first = ranges[0]?.[0] ?? 0;
    const start = Math.max(0, Math.min(first - 20, line.length - room));
    const end = Math.min(line.length, start + room - 2);
    prefix = start > 0 ? "…" : "";
    suffix = end < line.length ? "…" : "";
    line = line.slice(start, end);
    ranges = ranges
      .map(([a, b]): [number, number] => [Math.max(0, a - start), Math.min(line.length, b - start)])
      .filter(([a, b]) => b > a);
  }
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    out += safeOneLine(line.slice(at, start)) + palette.match(safeOneLine(line.slice(start, end)));
    at = end;
  }
  return prefix + out + safeOneLine(line.slice(at)) + suffix;
}
