import { formatLocated, type Located } from "../domain/located.js";
import { displayPath, relativePath } from "./display-path.js";
import { safeOneLine } from "./safe-text.js";

/** A problem in a retro file, or a privacy finding that is only a warning unless strict. */
export type Problem = Located & { severity: "error" | "warning" };

export interface Validation {
  checked: number;
  /**
   * Entries of the folder that could not be checked (a link leading out of
   * it, a year folder that cannot be opened): each one of the problems, and
   * not one of the retros counted in `checked`.
   */
  skipped: number;
  problems: Problem[];
}

/**
 * The problems as shown: paths from the current folder (escaped, but exact
 * for `--json`, whose reader opens the files), messages on one escaped line.
 */
export const shownProblems = (
  problems: readonly Problem[],
  cwd: string,
  { exactPaths = false } = {},
): Problem[] =>
  problems.map((problem) => ({
    ...problem,
    path: (exactPaths ? relativePath : displayPath)(cwd, problem.path),
    message: safeOneLine(problem.message),
  }));

/** How many files have at least one error (a warning alone does not fail a file). */
export const failingFiles = (problems: readonly Problem[]): number =>
  new Set(problems.filter((p) => p.severity === "error").map((p) => p.path)).size;

/**
 * `validate`: each problem as `path:line:col: message` (for editors and CI
 * annotations), then a one-line summary for the person.
 */
export function renderValidation({ checked, skipped, problems }: Validation): {
  lines: string[];
  summary: string;
} {
  const lines = problems.map(({ severity, ...problem }) =>
    formatLocated({
      ...problem,
      message: severity === "warning" ? `warning: ${problem.message}` : problem.message,
    }),
  );
  const failing = failingFiles(problems) - skipped;
  const outcome =
    failing > 0
      ? `, ${failing} with problems`
      : problems.length > skipped
        ? ", valid (with privacy warnings)"
        : ", all valid";
  const notChecked =
    skipped > 0
      ? `; ${skipped} other ${skipped === 1 ? "entry" : "entries"} could not be checked`
      : "";
  return {
    lines,
    summary: `${checked} ${checked === 1 ? "retro" : "retros"} checked${outcome}${notChecked}.`,
  };
}
