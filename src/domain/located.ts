/** A problem in a file, at a position when there is one: printed as `path:line:col: message`. */
export interface Located {
  path: string;
  line?: number;
  col?: number;
  message: string;
}

export function formatLocated(problem: Located): string {
  const where =
    problem.line === undefined ? problem.path : `${problem.path}:${problem.line}:${problem.col}`;
  return `${where}: ${problem.message}`;
}
