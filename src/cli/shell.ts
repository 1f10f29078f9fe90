import { Argument } from "commander";
import { COMPLETION_SHELLS, type CompletionShell } from "../ui/completion-scripts.js";
import type { CommandGroupContext } from "./common.js";

/** completion, and the hidden __complete that the completion scripts call. */
export function registerShell({ program, world, setExitCode }: CommandGroupContext): void {
  program
    .command("completion")
    .description("print the shell completion script for bash, zsh or fish")
    .addArgument(new Argument("<shell>", "the shell").choices(COMPLETION_SHELLS))
    .addHelpText(
      "after",
      `
It completes commands, flags, template ids, the roles and stages of the config,
retro ids for show and edit, and draft ids for resume.

Examples:
  $ interview-retro completion bash > ~/.local/share/bash-completion/completions/interview-retro
  $ interview-retro completion zsh > "\${fpath[1]}/_interview-retro"
  $ interview-retro completion fish > ~/.config/fish/completions/interview-retro.fish`,
    )
    .action(async (shell: CompletionShell) => {
      const { completionScript } = await import("../ui/completion-scripts.js");
      world.stdout.write(completionScript(shell));
    });

  program
    .command("__complete", { hidden: true })
    .argument("[words...]")
    .action(async (words: string[] = []) => {
      // Every command's flags are needed here, not only this group's.
      const { buildProgram } = await import("./program.js");
      const { completeCommand } = await import("../commands/complete.js");
      setExitCode(
        await completeCommand(
          buildProgram(world, () => {}),
          words,
          world,
        ),
      );
    });
}
