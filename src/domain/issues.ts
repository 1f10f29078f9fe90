/**
 * A problem found while checking data read from a file, with the path of keys
 * that leads to it. The io layer turns the key path into `file:line:col`,
 * so the pure checks here never need to know about YAML positions.
 */
export interface DataIssue {
  path: readonly (string | number)[];
  message: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
