import { VALUE_FIELDS } from "./answer-kinds/index.js";
import { contextFieldProblem } from "./context-fields.js";
import type { DataIssue } from "./issues.js";
import { isRecord } from "./issues.js";
import { checkRetro } from "./retro-check.js";

/**
 * Everything `validate` checks about one file, beyond what reading needs:
 * every problem (not just the first), unknown fields, and that the file sits
 * where its id says (`<YYYY>/<id>.yaml`, the id starting with its date).
 */

const FIELDS = new Set([
  "schema",
  "id",
  "date",
  "recorded_at",
  "expires_on",
  "template",
  "lang",
  "interviewer",
  "candidate",
  "role",
  "stage",
  "tags",
  "answers",
]);
const ANSWER_FIELDS = new Set(["question", "answer", ...VALUE_FIELDS]);

export interface FilePlace {
  /** The file name without `.yaml`. */
  stem: string;
  /** The name of the folder holding the file. */
  folder: string;
}

export function validateRetro(data: unknown, place: FilePlace): DataIssue[] {
  const { retro, issues } = checkRetro(data);
  const all = [...issues];
  if (!isRecord(data)) return all;
  for (const key of Object.keys(data)) {
    if (!FIELDS.has(key)) all.push({ path: [key], message: `unknown field "${key}"` });
  }
  if (isRecord(data.answers)) {
    for (const [id, answer] of Object.entries(data.answers)) {
      if (!isRecord(answer)) continue;
      for (const key of Object.keys(answer)) {
        if (!ANSWER_FIELDS.has(key))
          all.push({
            path: ["answers", id, key],
            message: `unknown field "${key}" in answer "${id}"`,
          });
      }
    }
  }
  if (!retro) return all;
  // The rule `new` applies when it writes these, so a file it could not have written fails here.
  for (const field of ["candidate", "role", "stage", "interviewer"] as const) {
    const value = retro[field];
    const problem = value === undefined ? undefined : contextFieldProblem(field, value);
    if (problem) all.push({ path: [field], message: problem });
  }
  retro.tags.forEach((tag, index) => {
    const problem = contextFieldProblem("tag", tag);
    if (problem) all.push({ path: ["tags", index], message: problem });
  });
  if (retro.id !== place.stem) {
    all.push({
      path: ["id"],
      message: `id "${retro.id}" must equal the file name "${place.stem}"`,
    });
  }
  if (!retro.id.startsWith(`${retro.date}-`)) {
    all.push({ path: ["id"], message: `id must start with the date ${retro.date}` });
  }
  if (/^\d{4}$/.test(place.folder) && place.folder !== retro.date.slice(0, 4)) {
    all.push({
      path: ["date"],
      message: `a retro of ${retro.date} belongs in the folder ${retro.date.slice(0, 4)}/, not ${place.folder}/`,
    });
  }
  return all;
}
