import { VALUE_FIELDS } from "./answer-kinds/index.js";
import type { GivenAnswers, RetroAnswer, RetroContext } from "./retro.js";
import { isAnswered, storedAnswer } from "./retro.js";
import type { Template } from "./template.js";

/**
 * An unfinished retro: everything answered so far, saved after each answer
 * so that Ctrl-C, a closed terminal or a crash loses nothing that was entered.
 */
export const DRAFT_FORMAT = 1;

export interface Draft {
  draft: typeof DRAFT_FORMAT;
  id: string;
  started_at: string;
  updated_at: string;
  /** The retros folder the retro is meant for (absolute). */
  dir: string;
  /** The template as it was when the draft started, question texts included. */
  template: { id: string; version: number; questions: Record<string, string> };
  context: Partial<RetroContext>;
  answers: GivenAnswers;
}

export function newDraft(id: string, now: string, dir: string, template: Template): Draft {
  return {
    draft: DRAFT_FORMAT,
    id,
    started_at: now,
    updated_at: now,
    dir,
    template: {
      id: template.id,
      version: template.version,
      questions: Object.fromEntries(template.questions.map((q) => [q.id, q.text])),
    },
    context: {},
    answers: {},
  };
}

/** True once anything at all was entered: an empty draft is not worth keeping. */
export function hasContent(draft: Draft): boolean {
  return Object.keys(draft.context).length > 0 || Object.keys(draft.answers).length > 0;
}

/** `2/3`: the template's questions whose required part is answered. */
export function progress(draft: Draft, template: Template): { answered: number; total: number } {
  const answered = template.questions.filter((q) => isAnswered(q, draft.answers[q.id])).length;
  return { answered, total: template.questions.length };
}

/**
 * Answers to questions that the current template no longer asks: they are
 * kept in the retro under their old question text, never dropped.
 */
export function orphanAnswers(draft: Draft, template: Template): Record<string, RetroAnswer> {
  const current = new Set(template.questions.map((q) => q.id));
  const orphans: Record<string, RetroAnswer> = {};
  for (const [id, given] of Object.entries(draft.answers)) {
    if (current.has(id)) continue;
    // The template no longer says its kind: the draft's own field says it.
    const field = VALUE_FIELDS.find((name) => given[name] !== undefined);
    orphans[id] = storedAnswer(draft.template.questions[id] ?? id, given, field);
  }
  return orphans;
}
