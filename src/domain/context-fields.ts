import { HUMAN_DATE_HELP, parseHumanDate } from "./human-date.js";

/**
 * Checks for the short context fields (candidate, role, stage, interviewer,
 * tags). They are one line of printable text: they end up in file names,
 * table columns and commit messages. Messages never repeat the value.
 */

/** Control characters, line separators, and the bidirectional controls that make text read otherwise. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const FIELD_LIMITS = {
  candidate: 100,
  role: 60,
  stage: 60,
  interviewer: 100,
  tag: 40,
} as const;
export type ContextField = keyof typeof FIELD_LIMITS;

/** Returns the reason a value is refused, or undefined when it is fine. */
export function contextFieldProblem(field: ContextField, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return `${field} is empty`;
  if (CONTROL.test(trimmed)) return `${field} must be one line of printable text`;
  if (trimmed.length > FIELD_LIMITS[field])
    return `${field} is longer than ${FIELD_LIMITS[field]} characters`;
  if (field === "tag" && /[,\s]/.test(trimmed))
    return "a tag is one word, without spaces or commas";
  return undefined;
}

/** The first day an interview retro may be dated: before it, a date is a typo. */
const FIRST_DAY = "1970-01-01";

/**
 * The interview day: a real day, written YYYY-MM-DD, from 1970 to `today`. A
 * later day cannot have had its interview yet, and one far off would give an
 * expiry date the tool could not write, list or erase.
 */
export function dateProblem(value: string, today: string): string | undefined {
  const day = parseHumanDate(value, today);
  if (day === undefined) return `date must be ${HUMAN_DATE_HELP}`;
  if (day > today) return `date is after today (${today}): a retro is written after its interview`;
  if (day < FIRST_DAY) return `date is before ${FIRST_DAY}: no interview retro is that old`;
  return undefined;
}

/** `--tag` values: a list for each flag, split at commas; spaces stay, for the check to refuse. */
export const tagsOfFlags = (flags: readonly string[]): string[] => [
  ...new Set(
    flags
      .flatMap((flag) => flag.split(","))
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/** `remote, pairing` → `["remote", "pairing"]`; duplicates dropped, order kept. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
