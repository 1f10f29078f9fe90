import { type Command, Option } from "commander";
import { EXPORT_FORMATS } from "../ui/export-formats.js";
import { type CommandGroupContext, RETROS_DIR_HELP } from "./common.js";
import { addFilterOptions } from "./filters.js";

/** prune, forget and export: candidate data over its life. */
export function registerData({ program, run }: CommandGroupContext): void {
  const eraseOptions = (command: Command) =>
    command
      .option("--dry-run", "list what would be deleted, and delete nothing")
      .option("-y, --yes", "do not ask for confirmation")
      .option("--commit", "commit the deletions (and only them)")
      .option("--no-input", "never prompt (then --yes is needed)")
      .option("--dir <path>", RETROS_DIR_HELP);

  eraseOptions(
    program
      .command("prune")
      .description("delete the retros past their retention date (expires_on)"),
  )
    .addHelpText(
      "after",
      `
In a git repository the deletions are staged (and committed with --commit).
Git history still holds the files: prune prints the commands that purge it,
without running them.

Examples:
  $ interview-retro prune --dry-run
  $ interview-retro prune --yes --commit`,
    )
    .action(run(async () => (await import("../commands/prune.js")).pruneCommand));

  eraseOptions(
    program
      .command("forget")
      .description("delete every retro of one candidate (a request for erasure), and their drafts")
      .argument("<candidate-ref>", "the candidate reference, as stored"),
  )
    .addHelpText(
      "after",
      `
Examples:
  $ interview-retro forget ats-48213 --dry-run
  $ interview-retro forget ats-48213 --yes --commit`,
    )
    .action(run(async () => (await import("../commands/forget.js")).forgetCommand));

  addFilterOptions(
    program
      .command("export")
      .description(`the filtered retros as one document: ${Object.keys(EXPORT_FORMATS).join(", ")}`)
      .addOption(
        new Option(
          "--format <format>",
          "the document's format (default: md with --candidate, else csv)",
        ).choices(Object.keys(EXPORT_FORMATS)),
      )
      .option("-o, --output <file>", "write to this file instead of stdout"),
  )
    .addHelpText(
      "after",
      `
CSV has one row per retro and one column per context field and question field;
it starts with a byte-order mark so spreadsheets read it as UTF-8, and a cell
that starts like a formula (= + - @) gets a leading apostrophe.

Examples:
  $ interview-retro export --candidate ats-48213 -o ats-48213.md   # a request of access
  $ interview-retro export --since 1y --role backend -o retros.csv
  $ interview-retro export --format json | jq length`,
    )
    .action(run(async () => (await import("../commands/export.js")).exportCommand));
}
