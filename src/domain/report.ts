import { newestRetroFirst, type Retro } from "./retro.js";
import { type Count, type Stats, type VerdictCounts, verdictTotal } from "./stats.js";
import { VERDICTS } from "./template.js";

/**
 * The shareable report: the figures of `stats` as a Markdown document (tables
 * and Mermaid charts, which GitHub and GitLab draw) or one self-contained HTML
 * page (inline SVG, no script, nothing fetched). Pure: figures in, text out.
 */

export interface ReportInput {
  stats: Stats;
  /** Recent answers to a "next time" question, newest first. */
  nextTime: { date: string; id: string; text: string }[];
  generatedOn: string;
}

/** The most recent answers to the `next_time` question, when a template has one. */
export function recentNextTime(retros: readonly Retro[], limit = 10): ReportInput["nextTime"] {
  return [...retros]
    .filter((retro) => retro.answers.next_time?.answer)
    .sort(newestRetroFirst)
    .slice(0, limit)
    .map((retro) => ({
      date: retro.date,
      id: retro.id,
      text: retro.answers.next_time?.answer ?? "",
    }));
}

const pct = (part: number, total: number) =>
  total === 0 ? "–" : `${Math.round((part / total) * 100)}%`;
/** Markdown table cells: no pipes or line breaks inside. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const mermaidText = (text: string) => text.replace(/["\n\r]/g, " ");

function countTable(title: string, counts: readonly Count[]): string[] {
  return [
    `| ${title} | Retros |`,
    "|---|---:|",
    ...counts.map((c) => `| ${cell(c.key)} | ${c.count} |`),
  ];
}

function verdictRow(label: string, counts: VerdictCounts): string {
  const total = verdictTotal(counts);
  return `| ${cell(label)} | ${VERDICTS.map((v) => pct(counts[v], total)).join(" | ")} | ${total} |`;
}

export function reportMarkdown({ stats, nextTime, generatedOn }: ReportInput): string {
  const out = [
    "# Interview retros: what they say",
    "",
    `_${stats.total} retros${stats.first ? `, ${stats.first} to ${stats.last}` : ""}. Generated on ${generatedOn} by interview-retro._`,
  ];
  if (stats.total === 0) return `${out.join("\n")}\n`;
  out.push(
    "",
    "## Retros per month",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Retros per month"',
  );
  out.push(
    `  x-axis [${stats.months.map((m) => `"${m.key}"`).join(", ")}]`,
    `  bar [${stats.months.map((m) => m.count).join(", ")}]`,
    "```",
  );
  out.push("", ...countTable("Month", stats.months));
  out.push(
    "",
    "## By role",
    "",
    ...countTable("Role", stats.roles),
    "",
    "## By interviewer",
    "",
    ...countTable("Interviewer", stats.interviewers),
  );
  if (stats.verdicts.length > 0) out.push("", "## Verdicts");
  for (const figures of stats.verdicts) {
    out.push(
      "",
      `### ${cell(figures.text)}`,
      "",
      `\`${figures.question}\``,
      "",
      "```mermaid",
      `pie title "${mermaidText(figures.text)}"`,
    );
    for (const verdict of VERDICTS) out.push(`  "${verdict}" : ${figures.overall[verdict]}`);
    out.push(
      "```",
      "",
      "| | yes | partly | no | answers |",
      "|---|---:|---:|---:|---:|",
      verdictRow("overall", figures.overall),
    );
    for (const month of figures.byMonth)
      if (verdictTotal(month) > 0) out.push(verdictRow(month.month, month));
    for (const group of figures.byGroup ?? [])
      out.push(verdictRow(`${stats.groupedBy}: ${group.key}`, group));
  }
  for (const figures of stats.scales) {
    out.push(
      "",
      `### ${cell(figures.text)}`,
      "",
      `Mean ${figures.mean.toFixed(2)}, spread ${figures.spread.toFixed(2)}, ${figures.count} answers.`,
      "",
    );
    out.push(
      "| Score | Answers |",
      "|---:|---:|",
      ...[1, 2, 3, 4, 5].map((s) => `| ${s} | ${figures.distribution[s] ?? 0} |`),
    );
  }
  for (const figures of stats.checklists) {
    out.push("", `### ${cell(figures.text)}`, "", "| Option | Used in |", "|---|---:|");
    out.push(
      ...figures.items.map(
        (item) => `| ${cell(item.option)} | ${pct(item.count, figures.count)} (${item.count}) |`,
      ),
    );
  }
  if (stats.tags.length > 0)
    out.push("", "## Most frequent tags", "", ...countTable("Tag", stats.tags));
  if (nextTime.length > 0) {
    out.push("", "## Recent “next time” answers", "");
    for (const item of nextTime) out.push(`- **${item.date}** (${item.id}): ${cell(item.text)}`);
  }
  return `${out.join("\n")}\n`;
}

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const COLORS = { yes: "#2e7d32", partly: "#f9a825", no: "#c62828" } as const;

function svgBars(counts: readonly Count[]): string {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const row = 22;
  const height = counts.length * row;
  const rows = counts
    .map((c, i) => {
      const w = Math.round((c.count / max) * 360);
      const y = i * row;
      return `<text x="0" y="${y + 15}">${html(c.key)}</text><rect x="170" y="${y + 3}" width="${w}" height="16" fill="#3f51b5"/><text x="${176 + w}" y="${y + 15}">${c.count}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${height}" role="img" font-size="12" font-family="sans-serif">${rows}</svg>`;
}

function svgStacked(label: string, counts: VerdictCounts): string {
  const total = verdictTotal(counts);
  let x = 170;
  const parts = VERDICTS.map((verdict) => {
    const w = total === 0 ? 0 : (counts[verdict] / total) * 360;
    const part = `<rect x="${x.toFixed(1)}" y="3" width="${w.toFixed(1)}" height="16" fill="${COLORS[verdict]}"><title>${verdict} ${pct(counts[verdict], total)}</title></rect>`;
    x += w;
    return part;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="22" role="img" font-size="12" font-family="sans-serif"><text x="0" y="15">${html(label)}</text>${parts}<text x="536" y="15">${total}</text></svg>`;
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
    if (stats.verdicts.length > 0) {
      body.push(
        "<h2>Verdicts</h2>",
        `<p class="legend">${VERDICTS.map((v) => `<span style="background:${COLORS[v]}"></span> ${v}`).join(" ")}</p>`,
      );
    }
    for (const figures of stats.verdicts) {
      body.push(
        `<h3>${html(figures.text)} <code>${html(figures.question)}</code></h3>`,
        svgStacked("overall", figures.overall),
      );
      for (const month of figures.byMonth)
        if (verdictTotal(month) > 0) body.push(svgStacked(month.month, month));
      for (const group of figures.byGroup ?? [])
        body.push(svgStacked(`${stats.groupedBy}: ${group.key}`, group));
    }
    for (const figures of stats.scales) {
      body.push(
        `<h3>${html(figures.text)}</h3><p>Mean ${figures.mean.toFixed(2)}, spread ${figures.spread.toFixed(2)}, ${figures.count} answers.</p>`,
      );
      body.push(
        svgBars(
          [1, 2, 3, 4, 5].map((s) => ({ key: String(s), count: figures.distribution[s] ?? 0 })),
        ),
      );
    }
    for (const figures of stats.checklists) {
      body.push(
        `<h3>${html(figures.text)}</h3>`,
        svgBars(figures.items.map((i) => ({ key: i.option, count: i.count }))),
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
