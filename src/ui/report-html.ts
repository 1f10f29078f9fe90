import type { Chart } from "../domain/answer-kinds/answer-kind.js";
import type { ReportInput } from "../domain/report.js";
import type { Count } from "../domain/stats.js";
import { earlierActions, pct } from "./figures-line.js";
import { actionsHtml, TONE_COLORS as COLORS, html, htmlPage, themesHtml } from "./html-page.js";

/**
 * The report as one self-contained HTML page: inline SVG, no script, nothing
 * fetched, every figure written beside its bar (a tooltip is lost in print
 * and in a screenshot). Figures in, text out.
 */

const svg = (height: number, content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${height}" viewBox="0 0 600 ${height}" role="img" font-size="12" font-family="sans-serif">${content}</svg>`;

function svgBars(counts: readonly Count[]): string {
  if (counts.length === 0) return "<p>none</p>";
  const max = counts.reduce((most, c) => Math.max(most, c.count), 1);
  const row = 22;
  const rows = counts
    .map((c, i) => {
      const w = Math.round((c.count / max) * 360);
      const y = i * row;
      return `<text x="0" y="${y + 15}">${html(c.key)}</text><rect x="170" y="${y + 3}" width="${w}" height="16" fill="${COLORS.plain}"/><text x="${176 + w}" y="${y + 15}">${c.count}</text>`;
    })
    .join("");
  return svg(counts.length * row, rows);
}

/** A stacked bar over the legend's parts, then their shares as text, in legend order. */
function svgStacked(label: string, counts: readonly number[], chart: Chart): string {
  const total = counts.reduce((a, b) => a + b, 0);
  let x = 170;
  const parts = chart.legend
    .map((part, i) => {
      const count = counts[i] ?? 0;
      const w = total === 0 ? 0 : (count / total) * 240;
      const rect = `<rect x="${x.toFixed(1)}" y="3" width="${w.toFixed(1)}" height="16" fill="${COLORS[part.tone]}"><title>${html(part.label)} ${pct(count, total)}</title></rect>`;
      x += w;
      return rect;
    })
    .join("");
  const shares = chart.legend.map((_, i) => pct(counts[i] ?? 0, total)).join(" / ");
  return svg(
    22,
    `<text x="0" y="15">${html(label)}</text>${parts}<text x="416" y="15">${shares} of ${total}</text>`,
  );
}

function chartHtml(chart: Chart): string[] {
  const out = chart.summary ? [`<p>${html(chart.summary)}.</p>`] : [];
  if (chart.shape === "counts") {
    return [
      ...out,
      svgBars(chart.rows.map((row) => ({ key: row.label, count: row.counts[0] ?? 0 }))),
    ];
  }
  return [
    ...out,
    `<p class="legend">${chart.legend.map((part) => `<span style="background:${COLORS[part.tone]}"></span> ${html(part.label)}`).join(" ")}</p>`,
    ...chart.rows.map((row) => svgStacked(row.label, row.counts, chart)),
  ];
}

export function reportHtml(report: ReportInput): string {
  const { stats, themes, actions, generatedOn } = report;
  const body = [
    "<h1>Interview retros: what they say</h1>",
    `<p><em>${stats.total} retros${stats.first ? `, ${html(stats.first)} to ${html(stats.last ?? "")}` : ""}. Generated on ${html(generatedOn)} by interview-retro.</em></p>`,
  ];
  if (stats.total > 0) {
    body.push(
      "<h2>Retros per month</h2>",
      figure([svgBars(stats.months)]),
      "<h2>By role</h2>",
      figure([svgBars(stats.roles)]),
      "<h2>By interviewer</h2>",
      figure([svgBars(stats.interviewers)]),
    );
    if (stats.questions.length > 0) body.push("<h2>Answers</h2>");
    for (const figures of stats.questions) {
      body.push(
        `<h3>${html(figures.text)} <code>${html(figures.question)}</code></h3>`,
        figure(chartHtml(figures.chart)),
      );
    }
    if (stats.tags.length > 0)
      body.push("<h2>Most frequent tags</h2>", figure([svgBars(stats.tags)]));
    body.push("<h2>Recurring themes</h2>", ...themesHtml(themes));
    body.push("<h2>Promised actions</h2>", ...actionsHtml(actions));
    const earlier = earlierActions(actions.length, report.actionsPromised);
    if (earlier) body.push(`<p>${html(earlier)}</p>`);
  }
  return htmlPage("Interview retros", body);
}

/** A chart kept whole on a printed page. */
const figure = (parts: readonly string[]) => `<div class="figure">${parts.join("\n")}</div>`;
