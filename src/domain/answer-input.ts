import { kindOf, VALUE_FIELDS } from "./answer-kinds/index.js";
import { type DataIssue, isRecord } from "./issues.js";
import type { Question } from "./question.js";
import type { GivenAnswers } from "./retro.js";
import type { Template } from "./template.js";

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
  // A list is a checklist's checked options; in a nested map, verdict / score / checked is the answer itself.
  const asText = (value: unknown) =>
    typeof value === "string"
      ? value
      : Array.isArray(value) && value.every((v) => typeof v === "string")
        ? value.join(",")
        : undefined;
  for (const [key, value] of Object.entries(data)) {
    const text = asText(value);
    if (text !== undefined) {
      entries.push({ key, value: text, origin });
    } else if (isRecord(value)) {
      for (const [part, inner] of Object.entries(value)) {
        const innerText = asText(inner);
        if (innerText === undefined) {
          issues.push({ path: [key, part], message: `${key}.${part} must be text` });
        } else if (VALUE_FIELDS.includes(part)) {
          entries.push({ key, value: innerText, origin });
        } else {
          entries.push({ key: `${key}.${part}`, value: innerText, origin });
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

/** What `--answer <id>=…` takes, for messages. */
const flagForm = (question: Question) =>
  `--answer ${question.id}=${kindOf(question).flagValue(question)}`;

function applyEntry(
  question: Question,
  part: string | undefined,
  tooDeep: boolean,
  value: string,
  target: GivenAnswers[string],
): string | undefined {
  const { id } = question;
  const kind = kindOf(question);
  // Only a kind with a chosen value takes notes beside it.
  if (tooDeep || (part !== undefined && (part !== "notes" || kind.field === undefined))) {
    const notes = kind.field === undefined ? "" : ` and --answer ${id}.notes=<text>`;
    return `unknown part "${id}.${part}"; "${id}" takes ${flagForm(question)}${notes}`;
  }
  if (part === "notes" || kind.field === undefined) {
    target.text = value;
    return undefined;
  }
  const parsed = kind.parse(question, value);
  if ("problem" in parsed) return parsed.problem;
  target[kind.field] = parsed.value;
  return undefined;
}

/** The message for required answers that are still missing, naming the flag that supplies each. */
export function missingAnswersMessage(missing: readonly Question[]): string {
  return missing
    .map((q) => `missing ${kindOf(q).what} "${q.id}" (${q.text}): pass ${flagForm(q)}`)
    .join("\n");
}
