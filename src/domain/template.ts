import { KINDS, kindNamed } from "./answer-kinds/index.js";
import { type DataIssue, isRecord } from "./issues.js";
import { isLang, LANGS, type Lang } from "./lang.js";
import { QUESTION_ID, type Question } from "./question.js";

/**
 * A template is a question set, kept as data under `templates/`. Adding a
 * question never means adding code: the prompt loop and the file writer read
 * these fields and nothing else.
 */

export interface Template {
  id: string;
  version: number;
  /** The language its questions are written in; English when absent. */
  lang?: Lang;
  title: string;
  description?: string;
  questions: Question[];
}

export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

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
  const known = new Set(["id", "version", "lang", "title", "description", "questions"]);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) issue([key], `unknown key "${key}"`);
  }
  if (typeof data.id !== "string" || !TEMPLATE_ID.test(data.id)) {
    issue(["id"], "id must be lower-case letters, digits and dashes");
  }
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
    issue(["version"], "version must be a whole number from 1");
  }
  if (data.lang !== undefined && !isLang(data.lang))
    issue(["lang"], `lang must be one of ${LANGS.join(", ")}`);
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
      ...(isLang(data.lang) && data.lang !== "en" ? { lang: data.lang } : {}),
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
  const kind = typeof raw.kind === "string" ? kindNamed(raw.kind) : undefined;
  if (!kind) fail("kind", `kind must be one of: ${KINDS.map((k) => k.name).join(", ")}`);
  const known = new Set(["id", "text", "kind", "required", "hint", ...(kind?.settings ?? [])]);
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    const owner = KINDS.find((k) => k.settings.includes(key));
    fail(key, owner ? `${key} is only for kind ${owner.name}` : `unknown key "${key}"`);
  }
  if (typeof raw.id !== "string" || !QUESTION_ID.test(raw.id)) {
    fail("id", "question id must start with a letter and hold only a-z, 0-9 and _");
  }
  if (typeof raw.text !== "string" || raw.text.trim() === "")
    fail("text", "question text is missing");
  if (raw.required !== undefined && typeof raw.required !== "boolean")
    fail("required", "required must be true or false");
  if (raw.hint !== undefined && typeof raw.hint !== "string") fail("hint", "hint must be text");
  const settings = kind?.checkSettings(raw, fail);
  if (!before.ok || !kind) return undefined;
  return {
    id: raw.id as string,
    text: raw.text as string,
    kind: kind.name,
    required: (raw.required as boolean | undefined) ?? true,
    ...(typeof raw.hint === "string" ? { hint: raw.hint } : {}),
    ...settings,
  };
}
