import { type DataIssue, isRecord } from "./issues.js";
import type { GivenAnswers } from "./retro.js";
import {
  isVerdict,
  parseScore,
  type Question,
  SCALE_MAX,
  SCALE_MIN,
  type Template,
  VERDICTS,
} from "./template.js";

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
        } else if (part === "verdict" || part === "score" || part === "checked") {
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

/** What `--answer <id>=…` takes for each kind of question, for messages. */
function flagForm(question: Question): string {
  switch (question.kind) {
    case "text":
      return `--answer ${question.id}=<text>`;
    case "verdict":
      return `--answer ${question.id}=<${VERDICTS.join("|")}>`;
    case "scale":
      return `--answer ${question.id}=<${SCALE_MIN}-${SCALE_MAX}>`;
    case "checklist":
      return `--answer ${question.id}=<${(question.options ?? []).map((o) => o.id).join(",")}> (any of them, comma-separated)`;
  }
}

function applyEntry(
  question: Question,
  part: string | undefined,
  tooDeep: boolean,
  value: string,
  target: GivenAnswers[string],
): string | undefined {
  const { id } = question;
  if (tooDeep || (part !== undefined && (part !== "notes" || question.kind === "text"))) {
    const notes = question.kind === "text" ? "" : ` and --answer ${id}.notes=<text>`;
    return `unknown part "${id}.${part}"; "${id}" takes ${flagForm(question)}${notes}`;
  }
  if (part === "notes" || question.kind === "text") {
    target.text = value;
    return undefined;
  }
  if (question.kind === "verdict") {
    if (!isVerdict(value)) {
      return `the verdict of "${id}" must be ${VERDICTS.join(", ")}: pass --answer ${id}=partly, and the text as --answer ${id}.notes=<text>`;
    }
    target.verdict = value;
  } else if (question.kind === "scale") {
    const score = parseScore(value);
    if (score === undefined)
      return `the score of "${id}" must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}: ${flagForm(question)}`;
    target.score = score;
  } else {
    const known = new Set((question.options ?? []).map((option) => option.id));
    const checked = [
      ...new Set(
        value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = checked.filter((item) => !known.has(item));
    if (unknown.length > 0)
      return `"${id}" has no option ${unknown.map((u) => `"${u}"`).join(", ")}: ${flagForm(question)}`;
    target.checked = checked;
  }
  return undefined;
}

/** The message for required answers that are still missing, naming the flag that supplies each. */
export function missingAnswersMessage(missing: readonly Question[]): string {
  const what = {
    text: "answer to",
    verdict: "verdict for",
    scale: "score for",
    checklist: "choice for",
  } as const;
  return missing
    .map((q) => `missing ${what[q.kind]} "${q.id}" (${q.text}): pass ${flagForm(q)}`)
    .join("\n");
}
