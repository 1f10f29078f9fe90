import { type CommandGroupContext, RETROS_DIR_HELP } from "./common.js";
import { addListingOptions } from "./filters.js";

/** list, search and show: finding past retros. */
export function registerFind({ program, run }: CommandGroupContext): void {
  addListingOptions(
    program
      .command("list")
      .description("one line per retro, newest first")
      .option("--limit <n>", "at most n retros"),
  )
    .addHelpText(
      "after",
      `
Columns: date, id, role, stage, candidate, interviewer, and the verdicts in
question order: Y yes, P partly, N no.

Examples:
  $ interview-retro list --limit 10
  $ interview-retro list --since 1y --role backend
  $ interview-retro list --verdict candidate_strengths=no --since 6m
  $ interview-retro list --interviewer alex --paths | xargs grep -l "system design"`,
    )
    .action(run(async () => (await import("../commands/list.js")).listCommand));

  addListingOptions(
    program
      .command("search")
      .description("retros whose answers or fields contain a pattern (exit 1 when none, like grep)")
      .argument(
        "<pattern>",
        "text to find (literal, ignoring case, and accents when it has none, unless --regex / --case-sensitive / --exact-accents)",
      )
      .option(
        "--regex",
        "the pattern is a regular expression (JavaScript syntax; one that can take for ever is stopped after a second a file)",
      )
      .option("--case-sensitive", "match case exactly")
      .option("--exact-accents", "match accents exactly: lea no longer finds Léa"),
  )
    .addHelpText(
      "after",
      `
Examples:
  $ interview-retro search "system design" --role backend --since 2026-03-01
  $ interview-retro search --regex "LRU|cache" --verdict questions_appropriate=no
  $ interview-retro search kafka --json | jq '.[].path'`,
    )
    .action(run(async () => (await import("../commands/search.js")).searchCommand));

  program
    .command("show")
    .description("one retro, readable")
    .argument(
      "<id|path|latest|candidate>",
      "an id (or a prefix that matches one retro), a file path, latest, or a candidate reference (their latest retro)",
    )
    .option("--yaml", "print the file as stored")
    .option("--json", "print the record as JSON")
    .option("--dir <path>", RETROS_DIR_HELP)
    .addHelpText(
      "after",
      `
Examples:
  $ interview-retro show latest
  $ interview-retro show ats-48213
  $ interview-retro show 2026-11-27-backend-ats-48213
  $ interview-retro show retros/2026/2026-11-27-backend-ats-48213-k7f3.yaml --yaml`,
    )
    .action(run(async () => (await import("../commands/show.js")).showCommand));
}
