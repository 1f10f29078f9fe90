import type { Verdict } from "./answer-kinds/verdict.js";
import type { Retro } from "./retro.js";

/**
 * The filters shared by `list`, `search` (and later `stats` and `export`).
 * All of them must hold (AND). Text filters ignore case; `interviewer`
 * matches part of the name, the others match the whole value.
 */
export interface Query {
  since?: string;
  until?: string;
  role?: string;
  stage?: string;
  interviewer?: string;
  candidate?: string;
  template?: string;
  tags: string[];
  verdicts: { question: string; verdict: Verdict }[];
}

const same = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

export function dateInRange(date: string, query: Pick<Query, "since" | "until">): boolean {
  return (
    (query.since === undefined || date >= query.since) &&
    (query.until === undefined || date <= query.until)
  );
}

export function matchesQuery(retro: Retro, query: Query): boolean {
  if (!dateInRange(retro.date, query)) return false;
  if (query.role !== undefined && !same(retro.role, query.role)) return false;
  if (query.stage !== undefined && !same(retro.stage, query.stage)) return false;
  if (query.candidate !== undefined && !same(retro.candidate, query.candidate)) return false;
  if (query.template !== undefined && !same(retro.template.id, query.template)) return false;
  if (
    query.interviewer !== undefined &&
    !(retro.interviewer ?? "").toLowerCase().includes(query.interviewer.toLowerCase())
  ) {
    return false;
  }
  if (!query.tags.every((tag) => retro.tags.some((own) => same(own, tag)))) return false;
  return query.verdicts.every(
    ({ question, verdict }) => retro.answers[question]?.verdict === verdict,
  );
}

/**
 * Printable ASCII that the file writer never escapes or quotes away: a value
 * made only of these characters appears as is in any file whose field holds it.
 */
const STORED_AS_IS = /^[A-Za-z0-9 _.,;:!?@+=()/-]+$/;

/**
 * Text that every matching file must contain somewhere (ignoring case), so a
 * file that lacks one can be skipped without parsing it.
 */
export function requiredTerms(query: Query): string[] {
  const terms = [
    query.role,
    query.stage,
    query.candidate,
    query.template,
    query.interviewer,
    ...query.tags,
  ];
  for (const { question, verdict } of query.verdicts) terms.push(question, verdict);
  return terms.filter((term): term is string => term !== undefined && STORED_AS_IS.test(term));
}
