import { type CommandGroupContext, RETROS_DIR_HELP } from "./common.js";

/** init, config, validate, edit and sync: the team repository's commands. */
export function registerTeam({ program, run }: CommandGroupContext): void {
  program
    .command("init")
    .description("set a folder up for a team: config, retros folder, ignore rules, pre-commit hook")
    .option(
      "--dir <path>",
      "the folder to set up (default: the current one, or the folder of the team config above it in the repo)",
    )
    .option("-y, --yes", "take the defaults for every choice not given by flag, without asking")
    .option("--no-input", "never prompt")
    .option("--retros <path>", 'the retros folder, relative to the config (default: "retros")')
    .option("--roles <list>", "roles offered at the prompt, comma-separated")
    .option("--stages <list>", "interview stages offered at the prompt, comma-separated")
    .option("--candidate-pattern <regex>", "a regular expression candidate references must match")
    .option(
      "--candidate-hint <text>",
      "what a candidate reference looks like, shown when one does not match",
    )
    .option("--retention-days <n>", "days a retro is kept (default: 180)")
    .option("--commit", "commit each new retro (default: yes inside a git repository)")
    .option("--no-commit", "do not commit new retros")
    .option("--push", "push after each commit")
    .option("--hook", "install the pre-commit hook (default: yes inside a git repository)")
    .option("--no-hook", "do not install the pre-commit hook")
    .addHelpText(
      "after",
      `
Running init again changes nothing that exists, and says so. An existing
pre-commit hook is never overwritten: init prints the line to add to it.
In a clone of the team's repository (git does not copy hooks), init reads
the team's config, asks only about the hook, and changes nothing committed.

Examples:
  $ interview-retro init
  $ interview-retro init --yes --roles backend,frontend,data --candidate-pattern '^ats-[0-9]+$' \\
      --candidate-hint "the ATS id, like ats-48213"`,
    )
    .action(run(async () => (await import("../commands/init.js")).initCommand));

  program
    .command("config")
    .description("print the effective settings and where each came from")
    .option("--show", "the same (the default)")
    .option("--json", "as JSON")
    .addHelpText(
      "after",
      `
Precedence, highest first: flags > INTERVIEW_RETRO_* environment > the nearest
.interview-retro.yaml > $XDG_CONFIG_HOME/interview-retro/config.yaml > defaults.

Examples:
  $ interview-retro config
  $ INTERVIEW_RETRO_DIR=/tmp/retros interview-retro config --json`,
    )
    .action(run(async () => (await import("../commands/config.js")).configCommand));

  program
    .command("validate")
    .description("check retro files against the schema (exit 1 when any fails): for a hook or CI")
    .argument("[paths...]", "files or folders (default: the retros folder)")
    .option("--staged", "check the retros staged for the next commit, as staged")
    .option(
      "--strict",
      "privacy findings are errors, not warnings (also: privacy_strict in the config)",
    )
    .option("--json", "print the problems as JSON")
    .option("--dir <path>", RETROS_DIR_HELP)
    .addHelpText(
      "after",
      `
Each problem is printed as path:line:col: message.

Examples:
  $ interview-retro validate
  $ interview-retro validate retros/2026/2026-11-27-backend-ats-48213-k7f3.yaml
  $ interview-retro validate --staged          # in a pre-commit hook`,
    )
    .action(run(async () => (await import("../commands/validate.js")).validateCommand));

  program
    .command("edit")
    .description("open a retro in $VISUAL / $EDITOR; it is saved only if still valid")
    .argument(
      "<id|path|latest>",
      "an id (or a prefix that matches one retro), a file path, or latest",
    )
    .option("--dir <path>", RETROS_DIR_HELP)
    .option("--commit", "commit the edited retro, and only it (default: git.commit in the config)")
    .option("--no-commit", "do not commit, whatever the config says")
    .option("--push", "push after committing (default: git.push in the config)")
    .option("--no-input", "never prompt: an invalid edit is kept, not saved, for the next edit")
    .addHelpText(
      "after",
      `
The editor works on a copy. When it closes, the copy is validated: a valid one
replaces the retro; an invalid one is never saved over it: you edit again or
discard your changes (without a terminal, they are kept for the next edit of
that retro, as an interrupted edit's are). $VISUAL / $EDITOR may hold
arguments, such as "code --wait". A fixed date, role or candidate renames the
retro (its id and file name hold them). With git.commit in the config (or
--commit), the saved retro is committed alone, as a new one is.

Examples:
  $ interview-retro edit latest
  $ EDITOR="code --wait" interview-retro edit 2026-11-27-backend`,
    )
    .action(run(async () => (await import("../commands/edit.js")).editCommand));

  program
    .command("sync")
    .description("pull the team's retros (rebasing yours onto them), then push yours")
    .option("--dir <path>", RETROS_DIR_HELP)
    .addHelpText(
      "after",
      `
For the start of a day, or after working offline. A rebase that conflicts is
undone: your commits stay as they were, and the message says what to run.
A branch that follows none is set to follow the remote's branch of its name
(origin first), which the first push makes if the remote has none yet. Only
commits are shared: sync names the retros it left because they are not
committed.

Examples:
  $ interview-retro sync
  $ git remote add origin <url> && interview-retro sync   # a repository's first push`,
    )
    .action(run(async () => (await import("../commands/sync.js")).syncCommand));
}
