import { KINDS } from "./answer-kinds/index.js";
import { isIsoDate } from "./dates.js";
import { type DataIssue, isRecord } from "./issues.js";
import { type Retro, SCHEMA_VERSION } from "./retro.js";

/**
 * Checks that parsed data is a retro this version understands. Used when
 * reading (a file that fails is skipped with a warning) and by `validate`.
 */
export function checkRetro(data: unknown): { retro?: Retro; issues: DataIssue[] } {
  if (!isRecord(data))
    return { issues: [{ path: [], message: "not a retro: expected a mapping of fields" }] };
  if (data.schema !== SCHEMA_VERSION) {
    const message =
      typeof data.schema === "number"
        ? `schema ${data.schema} is not supported by this version of interview-retro (it reads schema ${SCHEMA_VERSION})`
        : `not a retro: "schema: ${SCHEMA_VERSION}" is missing`;
    return { issues: [{ path: data.schema === undefined ? [] : ["schema"], message }] };
  }
  const issues: DataIssue[] = [];
  const text = (key: string, required: boolean) => {
    const value = data[key];
    if (value === undefined && !required) return;
    if (typeof value !== "string" || value === "")
      issues.push({ path: [key], message: `${key} must be non-empty text` });
  };
  text("id", true);
  text("candidate", true);
  for (const key of ["interviewer", "role", "stage", "recorded_at", "lang"]) text(key, false);
  for (const key of ["date", "expires_on"]) {
    const value = data[key];
    if (value === undefined && key === "expires_on") continue;
    if (typeof value !== "string" || !isIsoDate(value))
      issues.push({ path: [key], message: `${key} must be a date written YYYY-MM-DD` });
  }
  const template = data.template;
  if (
    !isRecord(template) ||
    typeof template.id !== "string" ||
    typeof template.version !== "number"
  ) {
    issues.push({
      path: ["template"],
      message: "template must be {id: <text>, version: <number>}",
    });
  }
  if (
    data.tags !== undefined &&
    (!Array.isArray(data.tags) || data.tags.some((tag) => typeof tag !== "string"))
  ) {
    issues.push({ path: ["tags"], message: "tags must be a list of words" });
  }
  if (!isRecord(data.answers)) {
    issues.push({ path: ["answers"], message: "answers must be a mapping of question ids" });
  } else {
    for (const [id, answer] of Object.entries(data.answers)) {
      if (!isRecord(answer)) {
        issues.push({
          path: ["answers", id],
          message: `answer "${id}" must hold question and answer fields`,
        });
        continue;
      }
      if (typeof answer.question !== "string")
        issues.push({ path: ["answers", id], message: `answer "${id}" has no question text` });
      // Free text has no field of its own: its text is the `answer`, as every kind's notes are.
      for (const kind of KINDS) {
        const field = kind.field ?? "answer";
        const value = answer[field];
        const problem = value === undefined ? undefined : kind.storedProblem(value);
        if (problem) issues.push({ path: ["answers", id, field], message: problem });
      }
    }
  }
  if (issues.length > 0) return { issues };
  return { retro: { ...data, tags: data.tags ?? [] } as unknown as Retro, issues };
}
