import { chosenValue } from "../domain/answer-kinds/index.js";
import { type Draft, orphanAnswers, progress } from "../domain/draft.js";
import { isAnswered } from "../domain/retro.js";
import type { Template } from "../domain/template.js";
import { safeOneLine } from "./safe-text.js";
import type { Words } from "./words.js";

/** `20261127-153012-k7f3  ats-48213  2/3 answered  (updated 2026-11-27 15:30)` */
export function describeDraft(draft: Draft): string {
  const answered = Object.keys(draft.answers).length;
  const total = Object.keys(draft.template.questions).length;
  const candidate = safeOneLine(draft.context.candidate ?? "(no candidate yet)");
  const updated = draft.updated_at.slice(0, 16).replace("T", " ");
  return `${draft.id}  ${candidate}  ${answered}/${total} answered  (updated ${updated})`;
}

/** What `resume` says before it asks: how far the draft got, and each answer it holds. */
export function renderKeptAnswers(draft: Draft, template: Template, words: Words): string[] {
  const { answered, total } = progress(draft, template);
  const lines = [words.resuming(draft.id, answered, total)];
  template.questions.forEach((question, index) => {
    const given = draft.answers[question.id];
    if (!given || !isAnswered(question, given)) return;
    const parts = [chosenValue(given)?.label, given.text?.split("\n")[0]]
      .filter(Boolean)
      .join(" · ");
    lines.push(`✔ ${index + 1}/${total} ${safeOneLine(question.text)} ${safeOneLine(parts)}`);
  });
  return lines;
}

/** When the template changed since the draft began: its new version, and the questions no longer asked. */
export function renderTemplateChange(draft: Draft, template: Template): string[] {
  const orphans = Object.keys(orphanAnswers(draft, template));
  if (draft.template.version === template.version && orphans.length === 0) return [];
  return [
    `This draft was started with template "${template.id}" v${draft.template.version}; it is now v${template.version}.`,
    ...orphans.map(
      (id) =>
        `  The question "${safeOneLine(draft.template.questions[id] ?? id)}" is no longer asked: its answer is kept in the retro under that question.`,
    ),
  ];
}

/**
 * `1 unfinished retro is waiting (ats-48213, 2 hours old)`: which candidate,
 * and how old, so the interviewer knows which interview it was.
 */
export function renderWaitingDrafts(
  drafts: readonly Draft[],
  now: Date,
  words: Words,
): string | undefined {
  if (drafts.length === 0) return undefined;
  const shown = drafts.slice(0, 3).map((draft) => {
    const candidate = safeOneLine(draft.context.candidate ?? words.noCandidateYet);
    return `${candidate}, ${age(now.getTime() - Date.parse(draft.updated_at), words)}`;
  });
  if (drafts.length > shown.length) shown.push(words.more(drafts.length - shown.length));
  return words.waiting(drafts.length, shown);
}

/** `5 minutes old`, `2 hours old`, `3 days old`. */
function age(ms: number, words: Words): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const [amount, unit] =
    minutes < 60
      ? ([minutes, "minute"] as const)
      : minutes < 48 * 60
        ? ([Math.round(minutes / 60), "hour"] as const)
        : ([Math.round(minutes / (24 * 60)), "day"] as const);
  return amount < 1 ? words.justNow : words.age(amount, unit);
}
