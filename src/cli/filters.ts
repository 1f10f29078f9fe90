import type { Command } from "commander";
import { FILTERS } from "../domain/filters.js";
import { collect } from "./collect.js";
import { RETROS_DIR_HELP } from "./common.js";

/** The filters shared by list, search, stats, report and export (`domain/filters.ts`); they combine with AND. */
export function addFilterOptions(command: Command): Command {
  for (const filter of FILTERS) {
    const flags = `--${filter.name} <${filter.value}>`;
    if (filter.repeatable) command.option(flags, filter.help, collect);
    else command.option(flags, filter.help);
  }
  return command.option("--dir <path>", RETROS_DIR_HELP);
}

/** The output switches of list and search, with the filters. */
export function addListingOptions(command: Command): Command {
  return addFilterOptions(command)
    .option("--json", "print an array of records, with their paths, as JSON")
    .option("--paths", "print one file path a line (for xargs)")
    .option("--strict", "exit 1 when a file had to be skipped");
}
