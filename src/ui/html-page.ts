import type { Tone } from "../domain/answer-kinds/answer-kind.js";
import type { PromisedAction, QuestionThemes } from "../domain/digest.js";
import { someIds } from "./figures-line.js";
import { documentText } from "./safe-text.js";

/**
 * What the HTML pages of `report` and `digest` share: escaping, one page
 * with no script and nothing fetched, a palette colour-blind readers can
 * tell apart, and a layout that prints on A4 without cutting a chart.
 */

export const html = (text: string) =>
  documentText(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/**
 * Okabe and Ito's palette, told apart with any colour vision: yes blue,
 * partly orange, no vermilion; every figure is also written as text.
 */
export const TONE_COLORS: Record<Tone, string> = {
  good: "#0072B2",
  mixed: "#E69F00",
  bad: "#D55E00",
  plain: "#009E73",
};

const STYLE = [
  "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}",
  "svg{display:block;max-width:100%;height:auto;margin:2px 0}",
  "code{color:#555;font-size:.85em}",
  ".legend span{display:inline-block;width:1em;height:1em;vertical-align:middle}",
  "blockquote{margin:.3rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #ccc;white-space:pre-wrap;overflow-wrap:anywhere}",
  "table{border-collapse:collapse;width:100%;table-layout:fixed}",
  "td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
  ".figure,tr,blockquote{break-inside:avoid}",
  "h1,h2,h3,h4{break-after:avoid}",
  "@page{size:A4;margin:15mm}",
  "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}}",
].join("");

/** One HTML page, a line at a time: a digest's page may hold a year of answers. */
export function* htmlPageLines(title: string, body: Iterable<string>): Generator<string> {
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head><body>`;
  yield* body;
  yield "</body></html>";
}

export const htmlPage = (title: string, body: readonly string[]): string =>
  `${[...htmlPageLines(title, body)].join("\n")}\n`;

export function themesHtml(themes: readonly QuestionThemes[]): string[] {
  if (themes.every((question) => question.themes.length === 0)) return ["<p>none</p>"];
  return themes.flatMap((question) => [
    `<h3>${html(question.text)} <code>${html(question.question)}</code></h3>`,
    `<p>${question.answered} answered</p>`,
    question.themes.length === 0
      ? "<p>none</p>"
      : `<table class="themes"><colgroup><col style="width:28%"><col style="width:10%"><col style="width:10%"><col style="width:12%"><col></colgroup><tr><th>Theme</th><th>Retros</th><th>Share</th><th>Trend</th><th>Where</th></tr>${question.themes
          .map(
            (theme) =>
              `<tr><td>${html(theme.phrase)}</td><td>${theme.retros}</td><td>${Math.round(theme.share * 100)}%</td><td>${theme.trend ?? ""}</td><td><code>${html(someIds(theme.ids, theme.retros))}</code></td></tr>`,
          )
          .join("")}</table>`,
  ]);
}

export function* actionsHtml(actions: readonly PromisedAction[]): Generator<string> {
  if (actions.length === 0) {
    yield "<p>none</p>";
    return;
  }
  yield '<ul class="actions">';
  for (const action of actions)
    yield `<li><strong>${html(action.date)}</strong> · ${html([action.interviewer, action.role].filter(Boolean).join(", ") || "—")} · <code>${html(action.id)}</code><blockquote>${html(action.text)}</blockquote></li>`;
  yield "</ul>";
}
