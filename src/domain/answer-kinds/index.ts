import type { AnswerKind, Tone } from "./answer-kind.js";
import { checklist } from "./checklist.js";
import { scale } from "./scale.js";
import { text } from "./text.js";
import { verdict } from "./verdict.js";

/** Every kind of answer a template may ask for. A new kind is a module and a line here. */
export const KINDS: readonly AnswerKind[] = [text, verdict, scale, checklist];

export const kindNamed = (name: string): AnswerKind | undefined =>
  KINDS.find((kind) => kind.name === name);

/** The fields that hold a chosen value, in drafts and retro files. */
export const VALUE_FIELDS = KINDS.flatMap((kind) => (kind.field ? [kind.field] : []));

/**
 * The kind of an answer read from a file, which does not name it: the kind
 * whose field it holds, else free text.
 */
export const kindOfStored = (answer: Readonly<Record<string, unknown>>): AnswerKind =>
  KINDS.find((kind) => kind.field !== undefined && answer[kind.field] !== undefined) ?? text;

/** A question's kind; a template's questions were checked when it loaded, so the name is known. */
export const kindOf = (question: { kind: string }): AnswerKind => kindNamed(question.kind) ?? text;

/**
 * An answer's chosen value, if it holds one: its field, its text as the file
 * writes it (`partly`, `4`, `pairing, design`), and as its kind shows it
 * (`4/5`) with a tone for colour.
 */
export function chosenValue(
  answer: Readonly<Record<string, unknown>>,
): { field: string; text: string; label: string; tone: Tone } | undefined {
  const kind = kindOfStored(answer);
  const value = kind.field === undefined ? undefined : answer[kind.field];
  if (kind.field === undefined || value === undefined) return undefined;
  return {
    field: kind.field,
    text: Array.isArray(value) ? value.join(", ") : String(value),
    label: kind.label(value),
    tone: kind.tone(value),
  };
}
