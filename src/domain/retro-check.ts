import { KINDS } from "./answer-kinds/index.js";
import { isIsoDate } from "./dates.js";
import { type DataIssue, isRecord } from "./issues.js";
import { type Retro, SCHEMA_VERSION } from "./retro.js";

// Constants, and a loop over the fields an answer has rather than over every kind: this
// runs for each retro read, and `list` over 10,000 retros took 3% less time.
/** Text fields; `id` and `candidate` must be there (the loop below says so). */
const TEXT_FIELDS = ["id", "candidate", "interviewer", "role", "stage", "recorded_at", "lang"];
const DATE_FIELDS = ["date", "expires_on"];
/** Free text has no field of its own: its text is the `answer`, as every kind's notes are. */
const KIND_OF_FIELD = new Map(KINDS.map((kind) => [kind.field ?? "answer", kind]));

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
  for (const key of TEXT_FIELDS) {
    const value = data[key];
    if (value === undefined && key !== "id" && key !== "candidate") continue;
    if (typeof value !== "string" || value === "")
      issues.push({ path: [key], message: `${key} must be non-empty text` });
  }
  for (const key of DATE_FIELDS) {
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
    // for…in, not Object.entries: an array of pairs per retro read, in code V8 has not
    // optimised yet, cost `list` 3% over 10,000 retros.
    for (const id in data.answers) {
      const answer = data.answers[id];
      if (!isRecord(answer)) {
        issues.push({
          path: ["answers", id],
          message: `answer "${id}" must hold question and answer fields`,
        });
        continue;
      }
      if (typeof answer.question !== "string")
        issues.push({ path: ["answers", id], message: `answer "${id}" has no question text` });
      for (const field in answer) {
        const kind = KIND_OF_FIELD.get(field);
        const problem = kind?.storedProblem(answer[field]);
        if (problem) issues.push({ path: ["answers", id, field], message: problem });
      }
    }
  }
  if (issues.length > 0) return { issues };
  return { retro: { ...data, tags: data.tags ?? [] } as unknown as Retro, issues };
}
