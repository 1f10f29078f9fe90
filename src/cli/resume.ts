import type { CommandGroupContext } from "./common.js";

export function registerResume({ program, run }: CommandGroupContext): void {
  program
    .command("resume")
    .description("finish a retro that was interrupted (Ctrl-C, a closed terminal, a failed write)")
    .argument("[draft]", "the draft's id, or the start of it (default: ask, or the only one)")
    .option("--discard", "delete the draft instead (asks first)")
    .option("-y, --yes", "with --discard: do not ask")
    .option(
      "--dir <path>",
      "write the retro to this folder instead of the one the draft was started for",
    )
    .option("--commit", "commit the retro once written (default: git.commit in the config)")
    .option("--no-commit", "do not commit, whatever the config says")
    .option("--push", "push after committing")
    .option("--no-input", "never prompt (only --discard --yes can then work)")
    .option(
      "--lang <lang>",
      "language of the questions and prompts: en or fr (default: lang in the config, else LC_ALL, LC_MESSAGES or LANG, else en)",
    )
    .option("--json", "print the written record as JSON instead of its path")
    .option("--dry-run", "print the YAML that would be written, and write nothing")
    .addHelpText(
      "after",
      `
Drafts live in $XDG_STATE_HOME/interview-retro/drafts (default ~/.local/state/…),
readable by you alone, and are deleted once the retro is written.

Examples:
  $ interview-retro resume
  $ interview-retro resume 20261127-1530
  $ interview-retro resume --discard 20261127-1530 --yes`,
    )
    .action(run(async () => (await import("../commands/resume.js")).resumeCommand));
}
