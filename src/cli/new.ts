import { collect } from "./collect.js";
import { type CommandGroupContext, RETROS_DIR_HELP } from "./common.js";

export function registerNew({ program, run }: CommandGroupContext): void {
  program
    .command("new")
    .description(
      "ask the retrospective questions and write one dated retro file (the default command)",
    )
    .option(
      "--candidate <ref>",
      "opaque candidate reference, such as an ATS id (never a name or email)",
    )
    .option("--role <role>", "role interviewed for, such as backend")
    .option("--stage <stage>", 'interview stage (default: "technical")')
    .option("--interviewer <name>", "who ran the interview (default: git config user.name)")
    .option(
      "--date <day>",
      "day of the interview: YYYY-MM-DD, today, yesterday, monday, last friday, 3 days ago, 27 nov, -2 (hier, lundi, vendredi dernier, 27 novembre too; default: today)",
    )
    .option(
      "--tag <tag>",
      "a tag, one word; repeat the flag or separate tags with commas (remote,pairing)",
      collect,
    )
    .option(
      "--answer <id=text>",
      "an answer by question id; verdicts as id=yes|partly|no, their notes as id.notes=text (repeatable)",
      collect,
    )
    .option("--from <file|->", "read answers from a YAML or JSON map (- for stdin)")
    .option("--template <id>", 'question set to use (default: "default")')
    .option(
      "--lang <lang>",
      "language of the questions and prompts: en or fr (default: lang in the config, else LC_ALL, LC_MESSAGES or LANG, else en)",
    )
    .option("--dir <path>", RETROS_DIR_HELP)
    .option(
      "-y, --yes",
      "keep a candidate reference that looks like a name or an email, without asking",
    )
    .option("--commit", "commit the new retro, and only it (default: git.commit in the config)")
    .option("--no-commit", "do not commit, whatever the config says")
    .option("--push", "push after committing (default: git.push in the config)")
    .option(
      "--no-input",
      "never prompt: take everything from flags, fail when a required answer is missing",
    )
    .option("--json", "print the written record as JSON instead of its path")
    .option("--dry-run", "print the YAML that would be written, and write nothing")
    .addHelpText(
      "after",
      `
Answers:
  Interactive on a terminal: type a one-line answer, or press Enter on an
  empty line to write a longer one in $VISUAL / $EDITOR.
  Without a terminal (or with --no-input) answers come from --answer / --from.

Examples:
  $ interview-retro
  $ interview-retro new --candidate ats-48213 --role backend
  $ interview-retro new --no-input --candidate ats-48213 --role backend \\
      --answer spot_difficulty_earlier="The SQL warm-up showed it at minute 5." \\
      --answer questions_appropriate=partly \\
      --answer questions_appropriate.notes="The LRU cache question was too hard." \\
      --answer candidate_strengths=no
  $ interview-retro new --candidate ats-48213 --from answers.yaml
  $ cat answers.json | interview-retro new --candidate ats-48213 --from -`,
    )
    .action(run(async () => (await import("../commands/new.js")).newCommand));
}
