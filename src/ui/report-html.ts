import type { Chart, Tone } from "../domain/answer-kinds/answer-kind.js";
import type { ReportInput } from "../domain/report.js";
import type { Count } from "../domain/stats.js";
import { pct } from "./report-markdown.js";
import { documentText } from "./safe-text.js";

/**
 * The report as one self-contained HTML page: inline SVG, no script, nothing
 * fetched. Figures in, text out.
 */

const html = (text: string) =>
  documentText(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const COLORS: Record<Tone, string> = {
  good: "#2e7d32",
  mixed: "#f9a825",
  bad: "#c62828",
  plain: "#3f51b5",
};

const svg = (height: number, content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${height}" role="img" font-size="12" font-family="sans-serif">${content}</svg>`;

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

function svgStacked(label: string, counts: readonly number[], chart: Chart): string {
  const total = counts.reduce((a, b) => a + b, 0);
  let x = 170;
  const parts = chart.legend
    .map((part, i) => {
      const count = counts[i] ?? 0;
      const w = total === 0 ? 0 : (count / total) * 360;
      const rect = `<rect x="${x.toFixed(1)}" y="3" width="${w.toFixed(1)}" height="16" fill="${COLORS[part.tone]}"><title>${html(part.label)} ${pct(count, total)}</title></rect>`;
      x += w;
      return rect;
    })
    .join("");
  return svg(
    22,
    `<text x="0" y="15">${html(label)}</text>${parts}<text x="536" y="15">${total}</text>`,
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

export function reportHtml({ stats, nextTime, generatedOn }: ReportInput): string {
  const body = [
    "<h1>Interview retros: what they say</h1>",
    `<p><em>${stats.total} retros${stats.first ? `, ${html(stats.first)} to ${html(stats.last ?? "")}` : ""}. Generated on ${html(generatedOn)} by interview-retro.</em></p>`,
  ];
  if (stats.total > 0) {
    body.push(
      "<h2>Retros per month</h2>",
      svgBars(stats.months),
      "<h2>By role</h2>",
      svgBars(stats.roles),
      "<h2>By interviewer</h2>",
      svgBars(stats.interviewers),
    );
    if (stats.questions.length > 0) body.push("<h2>Answers</h2>");
    for (const figures of stats.questions) {
      body.push(
        `<h3>${html(figures.text)} <code>${html(figures.question)}</code></h3>`,
        ...chartHtml(figures.chart),
      );
    }
    if (stats.tags.length > 0) body.push("<h2>Most frequent tags</h2>", svgBars(stats.tags));
    if (nextTime.length > 0) {
      body.push(
        "<h2>Recent “next time” answers</h2><ul>",
        ...nextTime.map(
          (i) => `<li><strong>${html(i.date)}</strong> (${html(i.id)}): ${html(i.text)}</li>`,
        ),
        "</ul>",
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Interview retros</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}svg{display:block;margin:2px 0}code{color:#666;font-size:.8em}.legend span{display:inline-block;width:1em;height:1em;vertical-align:middle}</style>
</head><body>
${body.join("\n")}
</body></html>
`;
}
