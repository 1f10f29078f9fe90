import { Command, CommanderError } from "commander";
import { ExitCode } from "../errors.js";
import { packageVersion } from "../version.js";
import type { World } from "../world.js";
import { type CommandGroupContext, runner } from "./common.js";
import { registerData } from "./data.js";
import { registerFind } from "./find.js";
import { registerLearn } from "./learn.js";
import { registerNew } from "./new.js";
import { registerResume } from "./resume.js";
import { registerShell } from "./shell.js";
import { registerTeam } from "./team.js";

type Register = (context: CommandGroupContext) => void;

/** The commands, by group, as each group's register function adds them. */
export const COMMAND_GROUPS: readonly { commands: readonly string[]; register: Register }[] = [
  { commands: ["new"], register: registerNew },
  { commands: ["resume"], register: registerResume },
  { commands: ["list", "search", "show"], register: registerFind },
  { commands: ["init", "config", "validate", "edit", "sync"], register: registerTeam },
  { commands: ["prune", "forget", "export"], register: registerData },
  { commands: ["templates", "stats", "report", "digest", "themes"], register: registerLearn },
  { commands: ["completion", "__complete"], register: registerShell },
];

/**
 * The command-line surface for `args`. Options carry no defaults of their own
 * here: each command fills what the user did not type from config and
 * built-ins. A command's run sets up only its own group of commands (their
 * 150-odd options took 3 ms of every start); anything else (help, an unknown
 * command, which gets suggestions) sets up all of them.
 */
export function buildProgram(
  world: World,
  setExitCode: (code: number) => void,
  args: readonly string[] = [],
): Command {
  const program = new Command("interview-retro")
    .description(
      "Right after a technical interview, answer three questions about your own interview and keep the answers as a dated, greppable YAML file.",
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--no-color", "never colour the output (also: NO_COLOR=1, TERM=dumb)")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => world.stdout.write(text),
      writeErr: (text) => world.stderr.write(text),
      // Its usage errors begin as the program's own do: "interview-retro: ", not "error: ".
      outputError: (text, write) => write(text.replace(/^error: /, "interview-retro: ")),
    })
    .addHelpText(
      "after",
      `
Running interview-retro with no command runs "new".

Examples:
  $ interview-retro                      ask the questions, write retros/<year>/<date>-<slug>.yaml
  $ interview-retro new --help           every flag of new, with examples
  $ grep -ril "system design" retros/    the files are plain YAML: grep them`,
    );
  const first = args[0];
  const own = COMMAND_GROUPS.find((group) => first !== undefined && group.commands.includes(first));
  const context = { program, world, setExitCode, run: runner(program, world, setExitCode) };
  for (const group of own ? [own] : COMMAND_GROUPS) group.register(context);
  for (const command of program.commands)
    command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Commander's own errors: help and version are success, anything else is bad usage. */
export function commanderExitCode(error: unknown): number | undefined {
  if (!(error instanceof CommanderError)) return undefined;
  if (
    error.code === "commander.helpDisplayed" ||
    error.code === "commander.version" ||
    error.code === "commander.help"
  ) {
    return 0;
  }
  return ExitCode.usage;
}
