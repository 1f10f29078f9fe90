import { addDays } from "./dates.js";
import type { Question, Template, Verdict } from "./template.js";

/**
 * The retro record, exactly as it is stored. Field names are part of the file
 * format: keep them stable, and bump SCHEMA_VERSION when they change.
 */

export const SCHEMA_VERSION = 1;
export const DEFAULT_RETENTION_DAYS = 180;

export interface RetroAnswer {
  /** The question's text is stored beside the answer, so a file still reads right after the template changes. */
  question: string;
  verdict?: Verdict;
  /** A scale question's score, 1 to 5. */
  score?: number;
  /** A checklist question's checked options, by id. */
  checked?: string[];
  answer?: string;
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

/** One question's answer while it is being collected: its verdict, score or checked options, and text. */
export interface GivenAnswer {
  verdict?: Verdict;
  score?: number;
  checked?: string[];
  text?: string;
}

export type GivenAnswers = Record<string, GivenAnswer>;

/** The part of a question a user must give: the text of a text question, the verdict of a verdict question. */
export function isAnswered(question: Question, given: GivenAnswer | undefined): boolean {
  switch (question.kind) {
    case "verdict":
      return given?.verdict !== undefined;
    case "scale":
      return given?.score !== undefined;
    case "checklist":
      return given?.checked !== undefined;
    case "text":
      return given?.text !== undefined && given.text.trim() !== "";
  }
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
    const entry: RetroAnswer = { question: question.text };
    if (question.kind === "verdict" && given.verdict !== undefined) entry.verdict = given.verdict;
    if (question.kind === "scale" && given.score !== undefined) entry.score = given.score;
    if (question.kind === "checklist" && given.checked !== undefined) entry.checked = given.checked;
    if (given.text !== undefined && given.text.trim() !== "") entry.answer = given.text;
    answers[question.id] = entry;
  }
  return {
    schema: SCHEMA_VERSION,
    id: input.id,
    date: context.date,
    recorded_at: input.recordedAt,
    expires_on: addDays(context.date, input.retentionDays),
    template: { id: template.id, version: template.version },
    ...(context.interviewer ? { interviewer: context.interviewer } : {}),
    candidate: context.candidate,
    ...(context.role ? { role: context.role } : {}),
    ...(context.stage ? { stage: context.stage } : {}),
    tags: context.tags,
    answers,
  };
}

/** Newest first: by date, then by the time it was written, then by id. */
export function newestRetroFirst(a: Retro, b: Retro): number {
  return (
    compareDesc(a.date, b.date) ||
    compareDesc(a.recorded_at ?? "", b.recorded_at ?? "") ||
    compareDesc(a.id, b.id)
  );
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
