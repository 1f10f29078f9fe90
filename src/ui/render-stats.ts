import { type Count, type Stats, type VerdictCounts, verdictTotal } from "../domain/stats.js";
import { VERDICTS } from "../domain/template.js";
import type { Palette } from "./color.js";
import { safeOneLine } from "./safe-text.js";
import { padEnd, truncate, width } from "./text-width.js";

/**
 * `stats` in the terminal: bars made of characters that still read without
 * colour (█ yes, ▒ partly, ░ no), coloured when colour is on.
 */

const BAR = 30;
const STACK = 20;
const GLYPH = { yes: "█", partly: "▒", no: "░" } as const;

const percent = (part: number, total: number) =>
  total === 0 ? 0 : Math.round((part / total) * 100);

function bars(counts: readonly Count[], limit = 12): string[] {
  const shown = counts.slice(0, limit);
  const max = Math.max(1, ...shown.map((c) => c.count));
  const labelWidth = Math.min(24, Math.max(...shown.map((c) => width(c.key)), 4));
  const lines = shown.map(
    (c) =>
      `  ${padEnd(truncate(safeOneLine(c.key), labelWidth), labelWidth)}  ${"█".repeat(Math.round((c.count / max) * BAR))}${c.count > 0 ? " " : ""}${c.count}`,
  );
  if (counts.length > limit) lines.push(`  … and ${counts.length - limit} more`);
  return lines;
}

export function stackedBar(counts: VerdictCounts, palette: Palette, cells = STACK): string {
  const total = verdictTotal(counts);
  if (total === 0) return " ".repeat(cells);
  const paint = { yes: palette.green, partly: palette.yellow, no: palette.red };
  // Largest remainders, so the cells always add up to the bar's width.
  const exact = VERDICTS.map((verdict) => (counts[verdict] / total) * cells);
  const whole = exact.map(Math.floor);
  let left = cells - whole.reduce((a, b) => a + b, 0);
  for (const i of exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, index]) => index)) {
    if (left-- <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
  }
  return VERDICTS.map((verdict, i) => paint[verdict](GLYPH[verdict].repeat(whole[i] ?? 0))).join(
    "",
  );
}

const shares = (counts: VerdictCounts) => {
  const total = verdictTotal(counts);
  return `yes ${percent(counts.yes, total)}% · partly ${percent(counts.partly, total)}% · no ${percent(counts.no, total)}%  (${total})`;
};

export function renderStats(stats: Stats, palette: Palette): string[] {
  const heading = (text: string) => ["", palette.bold(text)];
  const lines = [
    palette.bold(
      `${stats.total} ${stats.total === 1 ? "retro" : "retros"}${stats.first ? `, ${stats.first} to ${stats.last}` : ""}`,
    ),
  ];
  if (stats.total === 0) return lines;
  lines.push(
    ...heading(`Retros per month (${stats.months[0]?.key} to ${stats.months.at(-1)?.key})`),
    ...bars(stats.months, 24),
  );
  lines.push(...heading("By role"), ...bars(stats.roles));
  lines.push(...heading("By interviewer"), ...bars(stats.interviewers));
  if (stats.tags.length > 0) lines.push(...heading("Most frequent tags"), ...bars(stats.tags, 10));
  if (stats.verdicts.length > 0) {
    lines.push(
      ...heading("Verdicts"),
      `  ${GLYPH.yes} yes  ${GLYPH.partly} partly  ${GLYPH.no} no`,
    );
  }
  for (const figures of stats.verdicts) {
    lines.push("", `  ${safeOneLine(figures.text)} ${palette.dim(`(${figures.question})`)}`);
    lines.push(
      `    ${padEnd("overall", 10)} ${stackedBar(figures.overall, palette)}  ${shares(figures.overall)}`,
    );
    for (const month of figures.byMonth) {
      if (verdictTotal(month) > 0)
        lines.push(
          `    ${padEnd(month.month, 10)} ${stackedBar(month, palette)}  ${shares(month)}`,
        );
    }
    if (figures.byGroup && stats.groupedBy) {
      lines.push(`    ${palette.dim(`by ${stats.groupedBy}`)}`);
      for (const group of figures.byGroup) {
        lines.push(
          `    ${padEnd(truncate(safeOneLine(group.key), 20), 20)} ${stackedBar(group, palette)}  ${shares(group)}`,
        );
      }
    }
  }
  for (const figures of stats.scales) {
    lines.push(...heading(`${safeOneLine(figures.text)} (scale 1-5)`));
    lines.push(
      `  mean ${figures.mean.toFixed(2)} · spread ${figures.spread.toFixed(2)} · ${figures.count} answers`,
    );
    lines.push(
      ...bars(
        [1, 2, 3, 4, 5].map((score) => ({
          key: String(score),
          count: figures.distribution[score] ?? 0,
        })),
      ),
    );
  }
  for (const figures of stats.checklists) {
    lines.push(...heading(`${safeOneLine(figures.text)} (checklist, ${figures.count} answers)`));
    lines.push(
      ...bars(
        figures.items.map((item) => ({
          key: `${item.option} ${percent(item.count, figures.count)}%`,
          count: item.count,
        })),
      ),
    );
  }
  return lines;
}
