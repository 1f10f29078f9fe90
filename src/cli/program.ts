import { Command, CommanderError } from "commander";
import { ExitCode } from "../errors.js";
import { packageVersion } from "../version.js";
import type { World } from "../world.js";
import { registerData } from "./data.js";
import { registerFind } from "./find.js";
import { registerLearn } from "./learn.js";
import { registerNew } from "./new.js";
import { registerResume } from "./resume.js";
import { registerTeam } from "./team.js";

/**
 * The command-line surface. Options carry no defaults of their own here:
 * each command fills what the user did not type from config and built-ins.
 */
export function buildProgram(world: World, setExitCode: (code: number) => void): Command {
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
  registerNew(program, world, setExitCode);
  registerResume(program, world, setExitCode);
  registerFind(program, world, setExitCode);
  registerTeam(program, world, setExitCode);
  registerData(program, world, setExitCode);
  registerLearn(program, world, setExitCode);
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
