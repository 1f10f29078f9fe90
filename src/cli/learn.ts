import { Option } from "commander";
import {
  DIGEST_FORMAT_NAMES,
  DIGEST_GROUPINGS,
  REPORT_FORMAT_NAMES,
} from "../domain/learn-choices.js";
import type { CommandGroupContext } from "./common.js";
import { addFilterOptions } from "./filters.js";

/** templates, stats, report, digest and themes: learning across interviews. */
export function registerLearn({ program, run }: CommandGroupContext): void {
  program
    .command("templates")
    .description("the question sets on offer: shipped, and the team's (templates_dir)")
    .argument("[action]", "list (the default) or show")
    .argument("[id]", "with show: the template's id")
    .option("--json", "as JSON")
    .addHelpText(
      "after",
      `
A team template with a shipped id overrides it. A broken template is reported
with its path, line and reason.

Examples:
  $ interview-retro templates
  $ interview-retro templates show exchange
  $ interview-retro new --template difficult`,
    )
    .action(run(async () => (await import("../commands/templates.js")).templatesCommand));

  addFilterOptions(
    program
      .command("stats")
      .description("counts, verdict shares, scales and checklists, as charts in the terminal")
      .addOption(byOption())
      .option("--json", "every figure as JSON"),
  )
    .addHelpText(
      "after",
      `
Charts run from the first month holding a retro to this one (or --until's).
Bars read without colour: █ yes, ▒ partly, ░ no.

Examples:
  $ interview-retro stats
  $ interview-retro stats --since 6m --role backend --by interviewer
  $ interview-retro stats --json | jq '.verdicts[] | {question, overall}'`,
    )
    .action(run(async () => (await import("../commands/stats.js")).statsCommand));

  addFilterOptions(
    program
      .command("report")
      .description("the figures of stats as a shareable Markdown document (or one HTML page)")
      .addOption(
        new Option(
          "--format <format>",
          "Markdown with tables and Mermaid charts, or one HTML page (inline SVG, no script)",
        ).choices(REPORT_FORMAT_NAMES),
      )
      .addOption(byOption())
      .option("-o, --output <file>", "write to this file instead of stdout"),
  )
    .addHelpText(
      "after",
      `
Examples:
  $ interview-retro report --since 3m -o retros-q4.md
  $ interview-retro report --format html -o report.html`,
    )
    .action(run(async () => (await import("../commands/report.js")).reportCommand));

  addFilterOptions(
    program
      .command("digest")
      .description(
        "the last week's answers, question by question, the themes that recur and the actions promised",
      )
      .addOption(
        new Option("--by <group>", "group each question's answers (default: role)").choices([
          ...DIGEST_GROUPINGS,
        ]),
      )
      .addOption(
        new Option(
          "--format <format>",
          "text for the terminal (the default), Markdown (the default with -o), or one HTML page",
        ).choices(["text", ...DIGEST_FORMAT_NAMES]),
      )
      .option("-o, --output <file>", "write to this file instead of stdout"),
  )
    .addHelpText(
      "after",
      `
The period is the last 7 days unless --since says otherwise. Themes are
compared with the period before it, of the same length.

Examples:
  $ interview-retro digest
  $ interview-retro digest --since 30d --by interviewer
  $ interview-retro digest --format md -o digest.md`,
    )
    .action(run(async () => (await import("../commands/digest.js")).digestCommand));

  addFilterOptions(
    program
      .command("themes")
      .description("the words and phrases that recur in each question's answers, with their trend")
      .option("--json", "every theme as JSON, with the ids of the retros that mention it"),
  )
    .addHelpText(
      "after",
      `
The period is the last 7 days unless --since says otherwise; a theme is
ranked by how many retros mention it, and compared with the period before.

Examples:
  $ interview-retro themes
  $ interview-retro themes --since 1y --role backend
  $ interview-retro themes --json | jq '.questions[].themes[0]'`,
    )
    .action(run(async () => (await import("../commands/themes.js")).themesCommand));
}

const byOption = () =>
  new Option("--by <group>", "verdict shares by group").choices([
    "interviewer",
    "role",
    "stage",
    "month",
  ]);
