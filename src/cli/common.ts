import type { Command } from "commander";
import type { World } from "../world.js";

export const RETROS_DIR_HELP =
  "retros folder (default: $INTERVIEW_RETRO_DIR, .interview-retro.yaml, or ./retros)";

/** What a group of commands is attached with: the program, the runner of its actions, the world. */
export interface CommandGroupContext {
  program: Command;
  run: ReturnType<typeof runner>;
  world: World;
  setExitCode: (code: number) => void;
}

/** A command module's entry point: its arguments, its options, then the world; it returns the exit code. */
// biome-ignore lint/suspicious/noExplicitAny: each command types its own arguments.
type CommandRun = (...args: any[]) => Promise<number>;

/**
 * Commander actions that load a command's module when it runs (a run sets up
 * only what it needs), hand it the arguments and options as commander gives
 * them, the program-wide --no-color folded into the options, and the world,
 * and set the exit code it returns.
 */
export const runner =
  (program: Command, world: World, setExitCode: (code: number) => void) =>
  (load: () => Promise<CommandRun>) =>
  async (...args: unknown[]) => {
    // Commander passes the arguments, then the options, then the command itself.
    const positional = args.slice(0, -2);
    const options = args.at(-2) as Record<string, unknown>;
    const run = await load();
    const color = program.opts().color as boolean | undefined;
    setExitCode(await run(...positional, { ...options, color }, world));
  };
