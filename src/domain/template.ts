import { type DataIssue, isRecord } from "./issues.js";

/**
 * A template is a question set, kept as data under `templates/`. Adding a
 * question never means adding code: the prompt loop and the file writer read
 * these fields and nothing else.
 */

export const VERDICTS = ["yes", "partly", "no"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const QUESTION_KINDS = ["text", "verdict", "scale", "checklist"] as const;
/**
 * `text`: free text. `verdict`: yes / partly / no. `scale`: a whole number
 * from 1 to 5. `checklist`: any of a list of options. All but `text` take
 * optional free-text notes too.
 */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export interface ChecklistOption {
  /** Stored in the retro: lower-case letters, digits and `_`. */
  id: string;
  label: string;
}

export interface Question {
  /** Stable key of the answer in every retro file: lower-case letters, digits and `_`. */
  id: string;
  text: string;
  kind: QuestionKind;
  /** For `text`, the answer itself; for the others, their verdict, score or choice (notes stay optional). */
  required: boolean;
  hint?: string;
  /** For `scale`: what 1 and 5 mean. */
  low?: string;
  high?: string;
  /** For `checklist`. */
  options?: ChecklistOption[];
}

export interface Template {
  id: string;
  version: number;
  title: string;
  description?: string;
  questions: Question[];
}

export const QUESTION_ID = /^[a-z][a-z0-9_]{0,63}$/;
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const isVerdict = (value: string): value is Verdict =>
  (VERDICTS as readonly string[]).includes(value);

type Checked<T> = { value: T; issues: [] } | { value?: undefined; issues: DataIssue[] };

/** Checks parsed YAML against the template shape; every problem is reported, not just the first. */
export function checkTemplate(data: unknown): Checked<Template> {
  const issues: DataIssue[] = [];
  const issue = (path: DataIssue["path"], message: string) => issues.push({ path, message });
  if (!isRecord(data)) {
    return {
      issues: [
        { path: [], message: "a template must be a mapping with id, version and questions" },
      ],
    };
  }
  const known = new Set(["id", "version", "title", "description", "questions"]);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) issue([key], `unknown key "${key}"`);
  }
  if (typeof data.id !== "string" || !TEMPLATE_ID.test(data.id)) {
    issue(["id"], "id must be lower-case letters, digits and dashes");
  }
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
    issue(["version"], "version must be a whole number from 1");
  }
  if (data.title !== undefined && typeof data.title !== "string")
    issue(["title"], "title must be text");
  if (data.description !== undefined && typeof data.description !== "string") {
    issue(["description"], "description must be text");
  }
  const questions: Question[] = [];
  if (!Array.isArray(data.questions) || data.questions.length === 0) {
    issue(["questions"], "questions must be a non-empty list");
  } else {
    const seen = new Set<string>();
    data.questions.forEach((raw, index) => {
      const question = checkQuestion(raw, ["questions", index], issue);
      if (!question) return;
      if (seen.has(question.id))
        issue(["questions", index, "id"], `duplicate question id "${question.id}"`);
      seen.add(question.id);
      questions.push(question);
    });
  }
  if (issues.length > 0) return { issues };
  return {
    value: {
      id: data.id as string,
      version: data.version as number,
      title: (data.title as string | undefined) ?? (data.id as string),
      ...(typeof data.description === "string" ? { description: data.description } : {}),
      questions,
    },
    issues: [],
  };
}

function checkQuestion(
  raw: unknown,
  at: (string | number)[],
  issue: (path: DataIssue["path"], message: string) => void,
): Question | undefined {
  if (!isRecord(raw)) {
    issue(at, "each question must be a mapping with id, text and kind");
    return undefined;
  }
  const before = { ok: true };
  const fail = (key: string, message: string) => {
    before.ok = false;
    issue([...at, key], message);
  };
  const known = new Set(["id", "text", "kind", "required", "hint", "low", "high", "options"]);
  for (const key of Object.keys(raw)) if (!known.has(key)) fail(key, `unknown key "${key}"`);
  if (typeof raw.id !== "string" || !QUESTION_ID.test(raw.id)) {
    fail("id", "question id must start with a letter and hold only a-z, 0-9 and _");
  }
  if (typeof raw.text !== "string" || raw.text.trim() === "")
    fail("text", "question text is missing");
  if (typeof raw.kind !== "string" || !(QUESTION_KINDS as readonly string[]).includes(raw.kind)) {
    fail("kind", `kind must be one of: ${QUESTION_KINDS.join(", ")}`);
  }
  if (raw.required !== undefined && typeof raw.required !== "boolean")
    fail("required", "required must be true or false");
  if (raw.hint !== undefined && typeof raw.hint !== "string") fail("hint", "hint must be text");
  for (const key of ["low", "high"] as const) {
    if (raw[key] !== undefined && (raw.kind !== "scale" || typeof raw[key] !== "string")) {
      fail(key, `${key} is the text of a scale's end: only for kind scale`);
    }
  }
  const options = raw.kind === "checklist" ? checkOptions(raw.options, fail) : undefined;
  if (raw.kind !== "checklist" && raw.options !== undefined)
    fail("options", "options are only for kind checklist");
  if (!before.ok) return undefined;
  return {
    id: raw.id as string,
    text: raw.text as string,
    kind: raw.kind as QuestionKind,
    required: (raw.required as boolean | undefined) ?? true,
    ...(typeof raw.hint === "string" ? { hint: raw.hint } : {}),
    ...(typeof raw.low === "string" ? { low: raw.low } : {}),
    ...(typeof raw.high === "string" ? { high: raw.high } : {}),
    ...(options ? { options } : {}),
  };
}

/** A checklist's options: `[code_review, …]` or `[{id: code_review, label: Code review}, …]`. */
function checkOptions(
  raw: unknown,
  fail: (key: string, message: string) => void,
): ChecklistOption[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail("options", "a checklist needs a list of options");
    return undefined;
  }
  const options: ChecklistOption[] = [];
  for (const item of raw) {
    const id = typeof item === "string" ? item : isRecord(item) ? item.id : undefined;
    const label =
      typeof item === "string" ? item : isRecord(item) ? (item.label ?? item.id) : undefined;
    if (typeof id !== "string" || !QUESTION_ID.test(id) || typeof label !== "string") {
      fail("options", "each option is an id (a-z, 0-9, _) or {id, label}");
      return undefined;
    }
    if (options.some((option) => option.id === id)) {
      fail("options", `duplicate option "${id}"`);
      return undefined;
    }
    options.push({ id, label });
  }
  return options;
}

/** `4` → 4 for a scale answer given as text; undefined when it is not a whole number in range. */
export function parseScore(text: string): number | undefined {
  const score = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  return Number.isInteger(score) && score >= SCALE_MIN && score <= SCALE_MAX ? score : undefined;
}
