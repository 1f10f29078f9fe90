import { CancelledError, ExitCode, isUserFacing } from "./errors.js";
import { editText } from "./io/editor.js";
import { standardOutput } from "./io/standard-output.js";
import { progressPrinter } from "./ui/render-progress.js";
import { safeMultiline } from "./ui/safe-text.js";
import type { World } from "./world.js";

/**
 * The one place that turns what happened into an exit code and a message.
 * Commands throw typed errors or return a code; nothing else exits.
 */

const TOP_LEVEL_FLAGS = new Set(["-h", "--help", "-V", "--version"]);

/** `interview-retro` and `interview-retro --candidate x` both mean `new`. */
export function withDefaultCommand(argv: readonly string[]): string[] {
  const first = argv[0];
  if (first === undefined) return ["new"];
  if (first.startsWith("-") && !TOP_LEVEL_FLAGS.has(first)) return ["new", ...argv];
  return [...argv];
}

export async function run(argv: readonly string[], world: World): Promise<number> {
  const args = withDefaultCommand(argv);
  try {
    const { buildProgram } = await import("./cli/program.js");
    let exitCode: number = ExitCode.ok;
    const program = buildProgram(
      world,
      (code) => {
        exitCode = code;
      },
      args,
    );
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, world);
  }
}

async function reportError(error: unknown, world: World): Promise<number> {
  const { commanderExitCode } = await import("./cli/program.js");
  const fromCommander = commanderExitCode(error);
  // Commander has already printed its own message (with a suggestion) to stderr.
  if (fromCommander !== undefined) return fromCommander;
  if (error instanceof CancelledError) {
    // After SIGHUP the terminal is gone: the message may have nowhere to go, and that is fine.
    world.stderr.write(`\n${error.message}\n`);
    return error.exitCode;
  }
  if (isUserFacing(error)) {
    // A message may quote a path or a value from a cloned repo: shown escaped, never played.
    world.stderr.write(`interview-retro: ${safeMultiline(error.message)}\n`);
    return error.exitCode;
  }
  // A bug, not a user mistake: say so briefly; the stack only with DEBUG set.
  const detail =
    world.env.DEBUG && error instanceof Error ? (error.stack ?? error.message) : String(error);
  world.stderr.write(`interview-retro: unexpected error: ${detail}\n`);
  if (!world.env.DEBUG) world.stderr.write("Run again with DEBUG=1 for details.\n");
  return ExitCode.problem;
}

/**
 * A uniform integer in [0, max) from the global Web Crypto, which loads on
 * first use: importing node:crypto up front would slow every command's start.
 */
function secureRandomInt(max: number): number {
  const limit = 2 ** 32 - (2 ** 32 % max);
  const word = new Uint32Array(1);
  do globalThis.crypto.getRandomValues(word);
  while ((word[0] as number) >= limit);
  return (word[0] as number) % max;
}

export function processWorld(): World {
  const stderr = standardOutput(2);
  return {
    cwd: process.cwd(),
    env: process.env,
    // A getter: Node builds process.stdin (and loads its stream modules) on first
    // access, which only the commands that read input or prompt should pay for.
    get stdin() {
      return process.stdin;
    },
    stdout: standardOutput(1),
    stderr,
    now: () => new Date(),
    randomInt: secureRandomInt,
    async openPrompter({ color, library }) {
      // The prompt library colours through node:util, which reads NO_COLOR from
      // the environment: this is how --no-color and a piped stderr reach it.
      if (!color) process.env.NO_COLOR = "1";
      const { createInquirerPrompter } = await import("./ui/prompter.js");
      return createInquirerPrompter(
        {
          input: process.stdin,
          output: process.stderr,
          edit: (text) => editText(text, process.env),
        },
        library,
      );
    },
    progress: progressPrinter(stderr, process.cwd()),
  };
}

/** The man page, which the build writes: from the same command definitions as --help. */
export async function manPageText(): Promise<string> {
  const { buildProgram } = await import("./cli/program.js");
  const { manPage } = await import("./cli/man-page.js");
  const { packageVersion } = await import("./version.js");
  return manPage(
    buildProgram(processWorld(), () => {}),
    packageVersion(),
  );
}

/** The shipped YAML files as read now, which the build writes beside the bundle. */
export async function shippedYamlRecord(): Promise<string> {
  const { shippedYamlRecord } = await import("./io/shipped-yaml.js");
  return shippedYamlRecord();
}

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processWorld());
}
