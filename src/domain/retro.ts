import { kindOf } from "./answer-kinds/index.js";
import { addDays } from "./dates.js";
import type { Question } from "./question.js";
import type { Template } from "./template.js";

/**
 * The retro record, exactly as it is stored. Field names are part of the file
 * format: keep them stable, and bump SCHEMA_VERSION when they change.
 */

export const SCHEMA_VERSION = 1;
export const DEFAULT_RETENTION_DAYS = 180;

export interface RetroAnswer {
  /** The question's text is stored beside the answer, so a file still reads right after the template changes. */
  question: string;
  /** Free text: the answer; beside a chosen value, its notes. */
  answer?: string;
  /** The chosen value under its kind's field (`verdict: partly`, `score: 4`, `checked: [a, b]`). */
  readonly [field: string]: unknown;
}

export interface Retro {
  schema: typeof SCHEMA_VERSION;
  id: string;
  /** The interview day, local. */
  date: string;
  /** When the retro was written, local time with its UTC offset. */
  recorded_at: string;
  expires_on: string;
  template: { id: string; version: number };
  /** The language the questions were asked in, when not English. */
  lang?: string;
  interviewer?: string;
  /** An opaque reference (an ATS id), never a name or an email. */
  candidate: string;
  role?: string;
  stage?: string;
  tags: string[];
  answers: Record<string, RetroAnswer>;
}

/** What the interviewer said about the interview itself, before the questions. */
export interface RetroContext {
  date: string;
  candidate: string;
  role?: string;
  stage?: string;
  interviewer?: string;
  tags: string[];
}

/** One question's answer while it is being collected: its value under its kind's field, and text. */
export interface GivenAnswer {
  /** Free text: the answer; beside a chosen value, its notes. */
  text?: string;
  [field: string]: unknown;
}

export type GivenAnswers = Record<string, GivenAnswer>;

/** The part of a question a user must give: the text of a text question, the value of the others. */
export function isAnswered(question: Question, given: GivenAnswer | undefined): boolean {
  const field = kindOf(question).field;
  if (field !== undefined) return given?.[field] !== undefined;
  return given?.text !== undefined && given.text.trim() !== "";
}

export function unansweredRequired(template: Template, answers: GivenAnswers): Question[] {
  return template.questions.filter((q) => q.required && !isAnswered(q, answers[q.id]));
}

export interface BuildRetroInput {
  id: string;
  template: Template;
  context: RetroContext;
  answers: GivenAnswers;
  recordedAt: string;
  retentionDays: number;
}

export function buildRetro(input: BuildRetroInput): Retro {
  const { context, template } = input;
  const answers: Record<string, RetroAnswer> = {};
  for (const question of template.questions) {
    const given = input.answers[question.id] ?? {};
    answers[question.id] = storedAnswer(question.text, given, kindOf(question).field);
  }
  return {
    schema: SCHEMA_VERSION,
    id: input.id,
    date: context.date,
    recorded_at: input.recordedAt,
    expires_on: addDays(context.date, input.retentionDays),
    template: { id: template.id, version: template.version },
    ...(template.lang ? { lang: template.lang } : {}),
    ...(context.interviewer ? { interviewer: context.interviewer } : {}),
    candidate: context.candidate,
    ...(context.role ? { role: context.role } : {}),
    ...(context.stage ? { stage: context.stage } : {}),
    tags: context.tags,
    answers,
  };
}

/**
 * An answer as a file holds it: the question's text, the value under `field`
 * (the kind's), then any text. Blank text is no answer.
 */
export function storedAnswer(
  question: string,
  given: GivenAnswer,
  field: string | undefined,
): RetroAnswer {
  const value = field === undefined ? undefined : given[field];
  const text = given.text !== undefined && given.text.trim() !== "" ? given.text : undefined;
  return {
    question,
    ...(field !== undefined && value !== undefined ? { [field]: value } : {}),
    ...(text !== undefined ? { answer: text } : {}),
  };
}

/** Newest first: by date, then by the time it was written, then by id. */
export function newestRetroFirst(
  a: Pick<Retro, "date" | "recorded_at" | "id">,
  b: Pick<Retro, "date" | "recorded_at" | "id">,
): number {
  return (
    compareDesc(a.date, b.date) ||
    compareDesc(a.recorded_at ?? "", b.recorded_at ?? "") ||
    compareDesc(a.id, b.id)
  );
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
