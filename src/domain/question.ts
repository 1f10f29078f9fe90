/** Stable key of an answer in every retro file, and of a checklist option: lower-case letters, digits and `_`. */
export const QUESTION_ID = /^[a-z][a-z0-9_]{0,63}$/;

export interface Question {
  id: string;
  text: string;
  /** The name of its answer kind (`answer-kinds/`): text, verdict, scale, checklist. */
  kind: string;
  /** For free text, the answer itself; for the others, their verdict, score or choice (notes stay optional). */
  required: boolean;
  hint?: string;
  /** The kind's own settings as the template gives them: a scale's `low` and `high`, a checklist's `options`. */
  readonly [setting: string]: unknown;
}
