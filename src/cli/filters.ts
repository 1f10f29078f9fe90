import type { Command } from "commander";
import { collect } from "./collect.js";
import { RETROS_DIR_HELP } from "./common.js";

/** The filters shared by list, search, stats, report and export; they combine with AND. */
export function addFilterOptions(command: Command): Command {
  return command
    .option(
      "--since <when>",
      "on or after a day (2026-01-31) or a span back from today (30d, 6w, 6m, 1y)",
    )
    .option("--until <when>", "on or before a day or a span back from today")
    .option("--role <role>", "this role only (ignoring case)")
    .option("--stage <stage>", "this interview stage only")
    .option("--interviewer <name>", "interviewers whose name contains this")
    .option("--candidate <ref>", "this candidate reference only")
    .option(
      "--tag <tag>",
      "retros with this tag; repeat for several (all must be present)",
      collect,
    )
    .option("--template <id>", "retros written with this template")
    .option(
      "--verdict <id=verdict>",
      "a verdict question's answer, e.g. candidate_strengths=no (repeatable)",
      collect,
    )
    .option("--dir <path>", RETROS_DIR_HELP);
}

/** The output switches of list and search, with the filters. */
export function addListingOptions(command: Command): Command {
  return addFilterOptions(command)
    .option("--json", "print an array of records, with their paths, as JSON")
    .option("--paths", "print one file path a line (for xargs)")
    .option("--strict", "exit 1 when a file had to be skipped");
}
