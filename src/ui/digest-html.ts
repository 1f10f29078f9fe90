import type { DigestInput } from "../domain/digest.js";
import { figuresLine } from "./figures-line.js";
import { actionsHtml, html, htmlPage, TONE_COLORS, themesHtml } from "./html-page.js";
import { periodWords } from "./render-digest.js";

/** The digest as one HTML page: every answer whole, the themes, the actions. */
export function digestHtml({ digest, since, until, generatedOn }: DigestInput): string {
  const body = [
    "<h1>Interview retros: the digest</h1>",
    `<p><em>${digest.total} retros, ${html(periodWords({ since, until }))}${digest.by === "none" ? "" : `, by ${html(digest.by)}`}. Generated on ${html(generatedOn)} by interview-retro.</em></p>`,
  ];
  if (digest.sections.length === 0) body.push("<p>No retro in this period.</p>");
  for (const section of digest.sections) {
    body.push(`<h2>Template <code>${html(section.template)}</code></h2>`);
    for (const question of section.questions) {
      body.push(`<h3>${html(question.text)} <code>${html(question.id)}</code></h3>`);
      if (question.figures) body.push(`<p>${html(figuresLine(question.figures.chart))}</p>`);
      for (const group of question.groups) {
        if (group.key) body.push(`<h4>${html(group.key)}</h4>`);
        body.push("<ul>");
        // A loop, not push(...): a year's answers to one question would overflow the call stack.
        for (const answer of group.answers) {
          const who = answer.interviewer ? ` · ${html(answer.interviewer)}` : "";
          const value = answer.value
            ? ` · <strong style="color:${TONE_COLORS[answer.value.tone]}">${html(answer.value.label)}</strong>`
            : "";
          const text = answer.text ? `<blockquote>${html(answer.text)}</blockquote>` : "";
          body.push(
            `<li>${html(answer.date)} · <code>${html(answer.id)}</code>${who}${value}${text}</li>`,
          );
        }
        body.push("</ul>");
      }
    }
  }
  body.push("<h2>Recurring themes</h2>", ...themesHtml(digest.themes));
  body.push("<h2>Promised actions</h2>");
  // A loop, not push(...): a long period's actions would overflow the call stack.
  for (const line of actionsHtml(digest.actions)) body.push(line);
  return htmlPage("Interview retros: the digest", body);
}
