import { type DataIssue, isRecord } from "./issues.js";
import { isLang, LANGS, type Lang } from "./lang.js";
import { DEFAULT_RETENTION_DAYS } from "./retro.js";
import { TEMPLATE_ID } from "./template.js";

/**
 * The team's and the user's choices. Each setting is described once here:
 * its type, its default, and the environment variable that overrides it.
 * Precedence, lowest first: defaults < user config < repo config < env < flags.
 */

export interface Config {
  /** The retros folder (absolute once loaded). */
  dir: string;
  template: string;
  /** A folder of team templates, found before the shipped ones (absolute once loaded). */
  templates_dir?: string;
  retention_days: number;
  /** The language of the questions and prompts of new and resume; the locale's when absent. */
  lang?: Lang;
  roles: string[];
  allow_other_roles: boolean;
  stages: string[];
  allow_other_stages: boolean;
  candidate_pattern?: string;
  candidate_hint?: string;
  /** A YAML file of more words to flag, shaped like templates/privacy/words.yaml. */
  privacy_words?: string;
  /** Privacy findings are errors, not warnings. */
  privacy_strict: boolean;
  "git.commit": boolean;
  "git.push": boolean;
}

export type ConfigKey = keyof Config;

type Kind = "path" | "text" | "template" | "days" | "lang" | "list" | "boolean" | "pattern";

interface Setting {
  kind: Kind;
  env?: string;
  describe: string;
}

export const SETTINGS: Record<ConfigKey, Setting> = {
  dir: { kind: "path", env: "INTERVIEW_RETRO_DIR", describe: "the retros folder" },
  template: {
    kind: "template",
    env: "INTERVIEW_RETRO_TEMPLATE",
    describe: "the template new uses",
  },
  templates_dir: {
    kind: "path",
    env: "INTERVIEW_RETRO_TEMPLATES_DIR",
    describe: "a folder of team templates",
  },
  retention_days: {
    kind: "days",
    env: "INTERVIEW_RETRO_RETENTION_DAYS",
    describe: "days a retro is kept (expires_on)",
  },
  lang: {
    kind: "lang",
    describe: `the language new and resume ask in (${LANGS.join(", ")}; LC_ALL, LC_MESSAGES or LANG when unset)`,
  },
  roles: { kind: "list", describe: "roles offered at the prompt" },
  allow_other_roles: { kind: "boolean", describe: "whether a role outside the list may be typed" },
  stages: { kind: "list", describe: "interview stages offered at the prompt" },
  allow_other_stages: {
    kind: "boolean",
    describe: "whether a stage outside the list may be typed",
  },
  candidate_pattern: {
    kind: "pattern",
    env: "INTERVIEW_RETRO_CANDIDATE_PATTERN",
    describe: "a regular expression every candidate reference must match",
  },
  candidate_hint: {
    kind: "text",
    describe: "what a candidate reference looks like, shown when one does not match",
  },
  privacy_words: {
    kind: "path",
    env: "INTERVIEW_RETRO_PRIVACY_WORDS",
    describe: "a YAML file of more words to flag in answers",
  },
  privacy_strict: {
    kind: "boolean",
    env: "INTERVIEW_RETRO_PRIVACY_STRICT",
    describe: "treat privacy findings as errors",
  },
  "git.commit": {
    kind: "boolean",
    env: "INTERVIEW_RETRO_COMMIT",
    describe: "commit each new retro",
  },
  "git.push": { kind: "boolean", env: "INTERVIEW_RETRO_PUSH", describe: "push after committing" },
};

export const DEFAULTS: Config = {
  dir: "retros",
  template: "default",
  retention_days: DEFAULT_RETENTION_DAYS,
  roles: [],
  allow_other_roles: true,
  stages: [],
  allow_other_stages: true,
  privacy_strict: false,
  "git.commit": false,
  "git.push": false,
};

export type ConfigValues = Partial<Config>;

/** Checks one setting's value, as read from a file or from the environment (as text). */
export function checkSetting(
  key: ConfigKey,
  value: unknown,
): { value?: unknown; problem?: string } {
  const { kind } = SETTINGS[key];
  switch (kind) {
    case "path":
    case "text":
      return typeof value === "string" && value.trim() !== ""
        ? { value }
        : { problem: `${key} must be text` };
    case "template":
      return typeof value === "string" && TEMPLATE_ID.test(value)
        ? { value }
        : { problem: `${key} must be a template id (lower-case letters, digits and dashes)` };
    case "days": {
      const days = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
      return typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= 36_500
        ? { value: days }
        : { problem: `${key} must be a whole number of days from 1` };
    }
    case "lang":
      return isLang(value) ? { value } : { problem: `${key} must be one of ${LANGS.join(", ")}` };
    case "list":
      return Array.isArray(value) &&
        value.every((item) => typeof item === "string" && item.trim() !== "")
        ? { value }
        : { problem: `${key} must be a list of words, like [backend, frontend]` };
    case "boolean": {
      const flag =
        value === "true" || value === "1"
          ? true
          : value === "false" || value === "0"
            ? false
            : value;
      return typeof flag === "boolean"
        ? { value: flag }
        : { problem: `${key} must be true or false` };
    }
    case "pattern": {
      if (typeof value !== "string")
        return { problem: `${key} must be a regular expression, as text` };
      try {
        new RegExp(value, "u");
      } catch (error) {
        return { problem: `${key} is not a valid regular expression: ${(error as Error).message}` };
      }
      if (repeatsRepetition(value)) {
        return {
          problem: `${key} repeats a group that itself repeats or has alternatives, as (a+)+ or (a|ab)*: matching it can take for ever. Write it without the nested repetition`,
        };
      }
      return { value };
    }
  }
}

/** Reads the settings of one config file's data; unknown keys and bad values are issues with their key path. */
export function checkConfigData(data: unknown): { values: ConfigValues; issues: DataIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: DataIssue[] = [];
  if (data === null || data === undefined) return { values, issues };
  if (!isRecord(data))
    return { values, issues: [{ path: [], message: "the config must be a mapping of settings" }] };
  const known = new Set<string>(Object.keys(SETTINGS));
  for (const [key, value] of Object.entries(data)) {
    if (key === "git" && isRecord(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        collect(`git.${inner}`, innerValue, ["git", inner]);
      }
    } else {
      collect(key, value, [key]);
    }
  }
  function collect(key: string, value: unknown, path: string[]) {
    if (!known.has(key)) {
      issues.push({
        path,
        message: `unknown setting "${key}"; known settings: ${[...known].join(", ")}`,
      });
      return;
    }
    const checked = checkSetting(key as ConfigKey, value);
    if (checked.problem) issues.push({ path, message: checked.problem });
    else values[key] = checked.value;
  }
  return { values: values as ConfigValues, issues };
}

/**
 * Whether a regular expression repeats (`*`, `+`, `{n,}`) a group that holds
 * a repetition or an alternative: (a+)+, (a|aa)*, ((\w+)-)*. Such patterns
 * backtrack exponentially on a near miss, and a config comes from a cloned repo.
 */
export function repeatsRepetition(pattern: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  let riskyJustClosed = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const closed = riskyJustClosed;
    riskyJustClosed = false;
    if (char === "\\") {
      i++;
    } else if (inClass) {
      if (char === "]") inClass = false;
    } else if (char === "[") {
      inClass = true;
    } else if (char === "(") {
      groups.push(false);
    } else if (char === ")") {
      const risky = groups.pop() ?? false;
      riskyJustClosed = risky;
      if (risky && groups.length > 0) groups[groups.length - 1] = true;
    } else if (char === "|") {
      if (groups.length > 0) groups[groups.length - 1] = true;
    } else if (char === "*" || char === "+" || (char === "{" && /^\{\d*,/.test(pattern.slice(i)))) {
      if (closed) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
  }
  return false;
}
