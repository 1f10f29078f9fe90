/**
 * What `report` and `digest` take for --format and --by, by name alone: the
 * command line offers them at every start, and what draws the documents
 * (with the themes and word lists it needs) is set up only for those two
 * commands. `show latest` over 10,000 retros ran 177.5 M instructions
 * when every start set them up, 169 to 170 M since (valgrind).
 */

export const REPORT_FORMAT_NAMES = ["md", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMAT_NAMES)[number];

/** Beside `text`, the terminal's. */
export const DIGEST_FORMAT_NAMES = ["md", "html"] as const;
export type DigestFormat = (typeof DIGEST_FORMAT_NAMES)[number];

export const DIGEST_GROUPINGS = ["role", "interviewer", "stage", "month", "none"] as const;
export type DigestGrouping = (typeof DIGEST_GROUPINGS)[number];

/** Whether `value` is one of `names`, for a value typed on the command line. */
export const isOneOf = <T extends string>(names: readonly T[], value: string): value is T =>
  (names as readonly string[]).includes(value);
