import type { DigestInput } from "../domain/digest.js";
import { figuresLine } from "./figures-line.js";
import { actionsHtml, html, htmlPageLines, TONE_COLORS, themesHtml } from "./html-page.js";
import { periodWords } from "./render-digest.js";

/** The digest as one HTML page, a line at a time: every answer whole, the themes, the actions. */
export const digestHtml = (input: DigestInput): Generator<string> =>
  htmlPageLines("Interview retros: the digest", digestBody(input));

function* digestBody({ digest, since, until, generatedOn }: DigestInput): Generator<string> {
  yield "<h1>Interview retros: the digest</h1>";
  yield `<p><em>${digest.total} retros, ${html(periodWords({ since, until }))}${digest.by === "none" ? "" : `, by ${html(digest.by)}`}. Generated on ${html(generatedOn)} by interview-retro.</em></p>`;
  if (digest.sections.length === 0) yield "<p>No retro in this period.</p>";
  for (const section of digest.sections) {
    yield `<h2>Template <code>${html(section.template)}</code></h2>`;
    for (const question of section.questions) {
      yield `<h3>${html(question.text)} <code>${html(question.id)}</code></h3>`;
      if (question.figures) yield `<p>${html(figuresLine(question.figures.chart))}</p>`;
      for (const group of question.groups) {
        if (group.key) yield `<h4>${html(group.key)}</h4>`;
        yield "<ul>";
        for (const answer of group.answers) {
          const who = answer.interviewer ? ` · ${html(answer.interviewer)}` : "";
          const value = answer.value
            ? ` · <strong style="color:${TONE_COLORS[answer.value.tone]}">${html(answer.value.label)}</strong>`
            : "";
          const text = answer.text ? `<blockquote>${html(answer.text)}</blockquote>` : "";
          yield `<li>${html(answer.date)} · <code>${html(answer.id)}</code>${who}${value}${text}</li>`;
        }
        yield "</ul>";
      }
    }
  }
  yield "<h2>Recurring themes</h2>";
  yield* themesHtml(digest.themes);
  yield "<h2>Promised actions</h2>";
  yield* actionsHtml(digest.actions);
}
