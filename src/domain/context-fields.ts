import { HUMAN_DATE_HELP, parseHumanDate } from "./human-date.js";
import type { Lang } from "./lang.js";

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

/** The reasons a context value is refused, in the languages `new` asks in. */
const SAY = {
  en: {
    field: (field: ContextField) => field,
    empty: (what: string) => `${what} is empty`,
    control: (what: string) => `${what} must be one line of printable text`,
    long: (what: string, limit: number) => `${what} is longer than ${limit} characters`,
    tag: "a tag is one word, without spaces or commas",
    date: `date must be ${HUMAN_DATE_HELP}`,
    after: (today: string) =>
      `date is after today (${today}): a retro is written after its interview`,
    before: (first: string) => `date is before ${first}: no interview retro is that old`,
  },
  fr: {
    field: (field: ContextField) =>
      ({
        candidate: "la référence",
        role: "le poste",
        stage: "l'étape",
        interviewer: "le nom",
        tag: "le tag",
      })[field],
    empty: (what: string) => `${what} est vide`,
    control: (what: string) => `${what} doit tenir sur une ligne de texte imprimable`,
    long: (what: string, limit: number) => `${what} dépasse ${limit} caractères`,
    tag: "un tag est un seul mot, sans espace ni virgule",
    date: "la date doit être un jour comme 2026-11-27, aujourd'hui, hier, un jour de la semaine (lundi : le dernier), ou -2 pour avant-hier",
    after: (today: string) =>
      `la date est après aujourd'hui (${today}) : un retro s'écrit après son entretien`,
    before: (first: string) =>
      `la date est avant ${first} : aucun retro d'entretien n'est aussi ancien`,
  },
} as const;

/** Returns the reason a value is refused, or undefined when it is fine. */
export function contextFieldProblem(
  field: ContextField,
  value: string,
  lang: Lang = "en",
): string | undefined {
  const say = SAY[lang];
  const what = say.field(field);
  const trimmed = value.trim();
  if (trimmed === "") return say.empty(what);
  if (CONTROL.test(trimmed)) return say.control(what);
  if (trimmed.length > FIELD_LIMITS[field]) return say.long(what, FIELD_LIMITS[field]);
  if (field === "tag" && /[,\s]/.test(trimmed)) return say.tag;
  return undefined;
}

/** The first day an interview retro may be dated: before it, a date is a typo. */
const FIRST_DAY = "1970-01-01";

/**
 * The interview day: a real day, written YYYY-MM-DD, from 1970 to `today`. A
 * later day cannot have had its interview yet, and one far off would give an
 * expiry date the tool could not write, list or erase.
 */
export function dateProblem(value: string, today: string, lang: Lang = "en"): string | undefined {
  const say = SAY[lang];
  const day = parseHumanDate(value, today);
  if (day === undefined) return say.date;
  if (day > today) return say.after(today);
  if (day < FIRST_DAY) return say.before(FIRST_DAY);
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
