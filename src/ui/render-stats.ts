import type { Chart, Tone } from "../domain/answer-kinds/answer-kind.js";
import { KINDS } from "../domain/answer-kinds/index.js";
import type { Count, Stats } from "../domain/stats.js";
import { type Palette, toneColor } from "./color.js";
import { safeOneLine, toJson } from "./safe-text.js";
import { padEnd, truncate, width } from "./text-width.js";

/**
 * `stats` in the terminal: bars made of characters that still read without
 * colour (█ good, ▒ mixed, ░ bad: yes, partly, no), coloured when colour is on.
 */

const BAR = 30;
const STACK = 20;
const GLYPH: Record<Tone, string> = { good: "█", mixed: "▒", bad: "░", plain: "▓" };

const percent = (part: number, total: number) =>
  total === 0 ? 0 : Math.round((part / total) * 100);

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * One bar a count, the first `limit` of them; a time series (`newest`) keeps
 * its last ones instead, the months a team looks at, and says how many
 * earlier ones it left out above them.
 */
function bars(counts: readonly Count[], limit = 12, newest = false): string[] {
  // A section with nothing to count says so, rather than leaving a bare heading.
  if (counts.length === 0) return ["  none"];
  const shown = newest ? counts.slice(-limit) : counts.slice(0, limit);
  let max = 1;
  let labelWidth = 4;
  for (const c of shown) {
    max = Math.max(max, c.count);
    labelWidth = Math.max(labelWidth, width(c.key));
  }
  labelWidth = Math.min(24, labelWidth);
  const lines = shown.map(
    (c) =>
      `  ${padEnd(truncate(safeOneLine(c.key), labelWidth), labelWidth)}  ${"█".repeat(Math.round((c.count / max) * BAR))}${c.count > 0 ? " " : ""}${c.count}`,
  );
  const left = counts.length - shown.length;
  if (left > 0 && newest) lines.unshift(`  … ${left} earlier months (--until shows them)`);
  else if (left > 0) lines.push(`  … and ${left} more`);
  return lines;
}

/** One stacked bar over the legend's parts; largest remainders, so the cells always fill the bar. */
function stackedBar(
  counts: readonly number[],
  tones: readonly Tone[],
  palette: Palette,
  cells = STACK,
): string {
  const total = sum(counts);
  if (total === 0) return " ".repeat(cells);
  const exact = counts.map((count) => (count / total) * cells);
  const whole = exact.map(Math.floor);
  let left = cells - sum(whole);
  for (const i of exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, index]) => index)) {
    if (left-- <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
  }
  const paint = toneColor(palette);
  return tones.map((tone, i) => paint[tone](GLYPH[tone].repeat(whole[i] ?? 0))).join("");
}

function chartLines(chart: Chart, palette: Palette): string[] {
  const lines = chart.summary ? [`  ${chart.summary}`] : [];
  if (chart.shape === "counts") {
    return [
      ...lines,
      ...bars(chart.rows.map((row) => ({ key: row.label, count: row.counts[0] ?? 0 }))),
    ];
  }
  const tones = chart.legend.map((part) => part.tone);
  lines.push(`  ${chart.legend.map((part) => `${GLYPH[part.tone]} ${part.label}`).join("  ")}`);
  const labelWidth = Math.min(
    32,
    chart.rows.reduce((most, row) => Math.max(most, width(row.label)), 10),
  );
  for (const row of chart.rows) {
    const total = sum(row.counts);
    const shares = chart.legend
      .map((part, i) => `${part.label} ${percent(row.counts[i] ?? 0, total)}%`)
      .join(" · ");
    const label = padEnd(truncate(safeOneLine(row.label), labelWidth), labelWidth);
    lines.push(`    ${label} ${stackedBar(row.counts, tones, palette)}  ${shares}  (${total})`);
  }
  return lines;
}

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
    ...bars(stats.months, 24, true),
  );
  lines.push(...heading("By role"), ...bars(stats.roles));
  lines.push(...heading("By interviewer"), ...bars(stats.interviewers));
  if (stats.tags.length > 0) lines.push(...heading("Most frequent tags"), ...bars(stats.tags, 10));
  for (const figures of stats.questions) {
    lines.push(
      ...heading(
        `${safeOneLine(figures.text)} ${palette.dim(`(${figures.question}, ${figures.kind.name})`)}`,
      ),
      ...chartLines(figures.chart, palette),
    );
  }
  return lines;
}

/**
 * `stats --json`: the figures, each question under its kind's key
 * (`verdicts`, `scales`, `checklists`), as scripts read them.
 */
export function statsJson(stats: Stats): string {
  const { questions, groupedBy, ...counts } = stats;
  const byKind = Object.fromEntries(
    KINDS.flatMap((kind) =>
      kind.statsKey
        ? [
            [
              kind.statsKey,
              questions
                .filter((figures) => figures.kind === kind)
                .map(({ question, text, json }) => ({ question, text, ...json })),
            ],
          ]
        : [],
    ),
  );
  return toJson({ ...counts, ...byKind, ...(groupedBy ? { groupedBy } : {}) });
}
