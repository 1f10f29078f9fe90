import type { Config } from "./config.js";
import { contextFieldProblem } from "./context-fields.js";
import type { Lang } from "./lang.js";
import { TOO_SLOW, testInTime } from "./timed-match.js";

/**
 * The team's rules for the context fields, from the config: the roles and
 * stages on offer, and what a candidate reference must look like.
 */
export interface ContextRules {
  roles: string[];
  allowOtherRoles: boolean;
  stages: string[];
  allowOtherStages: boolean;
  candidatePattern?: RegExp;
  candidateHint?: string;
}

export function rulesFrom(config: Config): ContextRules {
  return {
    roles: config.roles,
    allowOtherRoles: config.allow_other_roles,
    stages: config.stages,
    allowOtherStages: config.allow_other_stages,
    ...(config.candidate_pattern
      ? { candidatePattern: new RegExp(config.candidate_pattern, "u") }
      : {}),
    ...(config.candidate_hint ? { candidateHint: config.candidate_hint } : {}),
  };
}

export function candidateProblem(
  value: string,
  rules: ContextRules,
  lang: Lang = "en",
): string | undefined {
  const basic = contextFieldProblem("candidate", value, lang);
  if (basic) return basic;
  const pattern = rules.candidatePattern;
  const matched = pattern ? testInTime(pattern, value.trim()) : true;
  if (matched === TOO_SLOW) {
    return lang === "fr"
      ? "le candidate_pattern de l'équipe met trop de temps à vérifier cette référence : il faut le corriger (interview-retro config dit où il est défini)"
      : "the team's candidate_pattern takes too long to check this reference: it needs fixing (interview-retro config says where it is set)";
  }
  if (pattern && !matched) {
    return lang === "fr"
      ? `la référence ne ressemble pas à celles de l'équipe : ${rules.candidateHint ?? `elle doit correspondre à ${pattern.source}`}`
      : `the candidate reference does not look like the team's: ${rules.candidateHint ?? `it must match ${pattern.source}`}`;
  }
  return undefined;
}

/** For a role or stage typed by flag: one of the team's list, unless the team allows others. */
export function choiceProblem(
  field: "role" | "stage",
  value: string,
  rules: ContextRules,
  lang: Lang = "en",
): string | undefined {
  const [list, allowOther] =
    field === "role"
      ? [rules.roles, rules.allowOtherRoles]
      : [rules.stages, rules.allowOtherStages];
  if (
    allowOther ||
    list.length === 0 ||
    list.some((item) => item.toLowerCase() === value.trim().toLowerCase())
  ) {
    return undefined;
  }
  return lang === "fr"
    ? `les ${field === "role" ? "postes" : "étapes"} de l'équipe sont : ${list.join(", ")}`
    : `the team's ${field}s are: ${list.join(", ")}`;
}
