import { isVerdict, VERDICTS } from "./answer-kinds/verdict.js";
import { DATE_BOUND_HELP, parseDateBound } from "./date-bound.js";
import { fold, precomposed } from "./fold.js";
import { QUESTION_ID } from "./question.js";
import type { Retro } from "./retro.js";

/**
 * The filters of `list`, `search`, `stats`, `report` and `export`, declared
 * once: each row gives its flag, its help, and how a value becomes a
 * condition. The command line, the query and the prefilter all read this
 * table, so a new filter is one row. All conditions must hold (AND).
 */

/** What one filter value asks of a retro. */
export interface Condition {
  matches(retro: Retro): boolean;
  /** Text that every matching file holds as is, for a test before parsing. */
  terms?: string[];
  /** A date bound: lets whole year folders be skipped. */
  since?: string;
  until?: string;
}

export interface Filter {
  /** The flag's long name: `role` for `--role`. */
  name: string;
  /** The value's name in `--help`. */
  value: string;
  help: string;
  repeatable?: boolean;
  /** The condition a value sets (none for an empty text), or what is wrong with it. */
  parse(value: string, today: Date): Condition | undefined | { problem: string };
}

const same = (a: string | undefined, b: string) =>
  a !== undefined && precomposed(a).toLowerCase() === b.toLowerCase();

/**
 * A context field that must equal the value (ignoring case), or hold it with
 * `part` (ignoring accents too when the value has none: `lea` finds Léa).
 */
const textFilter = (
  name: string,
  value: string,
  help: string,
  field: (retro: Retro) => string | undefined,
  part = false,
): Filter => ({
  name,
  value,
  help,
  parse: (raw) => {
    // Accented letters may be written precomposed or decomposed (Léa, Le\u0301a): they
    // are compared precomposed.
    const wanted = precomposed(raw.trim());
    if (wanted === "") return undefined;
    const lower = wanted.toLowerCase();
    if (part && fold(wanted) === lower) {
      // The file may hold the name with its accents: no raw text to look for first.
      return { matches: (retro) => fold(field(retro) ?? "").includes(lower) };
    }
    return {
      matches: (retro) =>
        part
          ? precomposed(field(retro) ?? "")
              .toLowerCase()
              .includes(lower)
          : same(field(retro), wanted),
      terms: [wanted],
    };
  },
});

const dateFilter = (name: "since" | "until", help: string): Filter => ({
  name,
  value: "when",
  help,
  parse: (raw, today) => {
    const day = parseDateBound(raw, today);
    if (day === undefined) return { problem: `--${name} takes ${DATE_BOUND_HELP}` };
    return {
      matches: (retro) => (name === "since" ? retro.date >= day : retro.date <= day),
      [name]: day,
    };
  },
});

export const FILTERS: readonly Filter[] = [
  dateFilter("since", "on or after a day (2026-01-31) or a span back from today (30d, 6w, 6m, 1y)"),
  dateFilter("until", "on or before a day or a span back from today"),
  textFilter("role", "role", "this role only (ignoring case)", (r) => r.role),
  textFilter("stage", "stage", "this interview stage only", (r) => r.stage),
  textFilter(
    "interviewer",
    "name",
    "interviewers whose name contains this (ignoring case, and accents when it has none)",
    (r) => r.interviewer,
    true,
  ),
  textFilter("candidate", "ref", "this candidate reference only", (r) => r.candidate),
  {
    name: "tag",
    value: "tag",
    help: "retros with this tag (one tag a flag); repeat for several, all must be present",
    repeatable: true,
    parse: (raw) => {
      const tag = precomposed(raw.trim());
      if (tag === "") return undefined;
      return { matches: (retro) => retro.tags.some((own) => same(own, tag)), terms: [tag] };
    },
  },
  textFilter("template", "id", "retros written with this template", (r) => r.template.id),
  {
    name: "verdict",
    value: "id=verdict",
    help: "a verdict question's answer, e.g. candidate_strengths=no (repeatable)",
    repeatable: true,
    parse: (raw) => {
      const [question = "", verdict = ""] = raw.split("=", 2);
      if (!QUESTION_ID.test(question) || !isVerdict(verdict)) {
        return {
          problem: `--verdict takes <question-id>=<${VERDICTS.join("|")}>, for example --verdict candidate_strengths=no`,
        };
      }
      return {
        matches: (retro) => retro.answers[question]?.verdict === verdict,
        terms: [question, verdict],
      };
    },
  },
];

/** The conditions of the filters given, with the date range they set. */
export interface Query {
  since?: string;
  until?: string;
  conditions: Condition[];
}

/**
 * The query from the filters' values as the command line gave them (a list
 * for a repeatable one), or every problem with them.
 */
export function buildQuery(
  values: Readonly<Record<string, string | readonly string[] | undefined>>,
  today: Date,
): { query: Query; problems: string[] } {
  const problems: string[] = [];
  const query: Query = { conditions: [] };
  for (const filter of FILTERS) {
    const given = values[filter.name];
    for (const value of typeof given === "string" ? [given] : (given ?? [])) {
      const condition = filter.parse(value, today);
      if (condition === undefined) continue;
      if ("problem" in condition) {
        problems.push(condition.problem);
        continue;
      }
      query.conditions.push(condition);
      if (condition.since !== undefined) query.since = condition.since;
      if (condition.until !== undefined) query.until = condition.until;
    }
  }
  if (query.since !== undefined && query.until !== undefined && query.since > query.until) {
    problems.push(`--since (${query.since}) is after --until (${query.until}): nothing can match`);
  }
  return { query, problems };
}

export const matchesQuery = (retro: Retro, query: Query): boolean =>
  query.conditions.every((condition) => condition.matches(retro));

/**
 * Printable ASCII that the file writer never escapes or quotes away: a value
 * made only of these characters appears as is in any file whose field holds it.
 */
const STORED_AS_IS = /^[A-Za-z0-9 _.,;:!?@+=()/-]+$/;

/**
 * Text that every matching file must contain somewhere (ignoring case), so a
 * file that lacks one can be skipped without parsing it.
 */
export const requiredTerms = (query: Query): string[] =>
  query.conditions.flatMap((condition) =>
    (condition.terms ?? []).filter((term) => STORED_AS_IS.test(term)),
  );
