import { type DataIssue, isRecord } from "./issues.js";
import type { GivenAnswers } from "./retro.js";
import { isVerdict, type Question, type Template, VERDICTS } from "./template.js";

/**
 * Answers given without a terminal: `--answer id=text` (repeatable) and
 * `--from file` (a YAML or JSON map of the same). For a verdict question,
 * `id=partly` sets the verdict and `id.notes=…` its free-text notes.
 *
 * Error messages name the question id and the flag, never the answer text:
 * answers are personal data and must not end up in a terminal log.
 */

export interface AnswerEntry {
  /** `id` or `id.notes`. */
  key: string;
  value: string;
  /** How the user wrote it, for error messages: `--answer`, or the `--from` file. */
  origin: string;
}

/** Splits `id=text` at the first `=`; the text may hold any character, `=` included. */
export function parseAnswerFlag(raw: string): AnswerEntry | DataIssue {
  const eq = raw.indexOf("=");
  if (eq <= 0) {
    return {
      path: [],
      message:
        "--answer takes <question-id>=<text>, for example --answer questions_appropriate=partly",
    };
  }
  return { key: raw.slice(0, eq), value: raw.slice(eq + 1), origin: "--answer" };
}

/**
 * Flattens a `--from` map (already parsed, all scalars as strings) into
 * entries. A verdict question may be written `id: partly` plus `id.notes: …`,
 * or nested as `id: { verdict: partly, notes: … }`.
 */
export function entriesFromMap(
  data: unknown,
  origin: string,
): { entries: AnswerEntry[]; issues: DataIssue[] } {
  const entries: AnswerEntry[] = [];
  const issues: DataIssue[] = [];
  if (!isRecord(data)) {
    return {
      entries,
      issues: [{ path: [], message: "expected a map of question ids to answers" }],
    };
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === "string") {
      entries.push({ key, value, origin });
    } else if (isRecord(value)) {
      for (const [part, inner] of Object.entries(value)) {
        if (typeof inner !== "string") {
          issues.push({ path: [key, part], message: `${key}.${part} must be text` });
        } else if (part === "verdict") {
          entries.push({ key, value: inner, origin });
        } else {
          entries.push({ key: `${key}.${part}`, value: inner, origin });
        }
      }
    } else {
      issues.push({ path: [key], message: `${key} must be text, or a map with verdict and notes` });
    }
  }
  return { entries, issues };
}

/** Applies entries in order (later ones win) and reports every problem at once. */
export function applyEntries(
  template: Template,
  entries: readonly AnswerEntry[],
): { answers: GivenAnswers; problems: string[] } {
  const byId = new Map(template.questions.map((q) => [q.id, q]));
  const answers: GivenAnswers = {};
  const problems: string[] = [];
  for (const entry of entries) {
    const [id = "", part, ...rest] = entry.key.split(".");
    const question = byId.get(id);
    if (!question) {
      problems.push(
        `${entry.origin}: unknown question "${entry.key}"; the template "${template.id}" asks: ${[...byId.keys()].join(", ")}`,
      );
      continue;
    }
    const target = answers[id] ?? {};
    answers[id] = target;
    const problem = applyEntry(question, part, rest.length > 0, entry.value, target);
    if (problem) problems.push(`${entry.origin}: ${problem}`);
  }
  return { answers, problems };
}

function applyEntry(
  question: Question,
  part: string | undefined,
  tooDeep: boolean,
  value: string,
  target: GivenAnswers[string],
): string | undefined {
  const { id } = question;
  if (question.kind === "text") {
    if (part !== undefined || tooDeep)
      return `"${id}" is a free-text question: pass --answer ${id}=<text>`;
    target.text = value;
    return undefined;
  }
  if (part === undefined && !tooDeep) {
    if (!isVerdict(value)) {
      return `the verdict of "${id}" must be ${VERDICTS.join(", ")}: pass --answer ${id}=partly, and the text as --answer ${id}.notes=<text>`;
    }
    target.verdict = value;
    return undefined;
  }
  if (part === "notes" && !tooDeep) {
    target.text = value;
    return undefined;
  }
  return `unknown part "${id}.${part}"; a verdict question takes --answer ${id}=<${VERDICTS.join("|")}> and --answer ${id}.notes=<text>`;
}

/** The message for required answers that are still missing, naming the flag that supplies each. */
export function missingAnswersMessage(missing: readonly Question[]): string {
  return missing
    .map((q) =>
      q.kind === "verdict"
        ? `missing verdict for "${q.id}" (${q.text}): pass --answer ${q.id}=<${VERDICTS.join("|")}>`
        : `missing answer to "${q.id}" (${q.text}): pass --answer ${q.id}=<text>`,
    )
    .join("\n");
}
