import type { Output, StreamableOutput } from "./io/standard-output.js";
import type { Prompter } from "./ui/prompter.js";

/**
 * Everything a command needs from the outside, handed in rather than reached
 * for, so a test can give it a temp folder, a fixed clock and scripted answers.
 */
export interface World {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  /** Messages, warnings, and the prompts (which are handed its Node stream). */
  stderr: StreamableOutput;
  now: () => Date;
  /** A uniform integer in [0, max): file-name suffixes. */
  randomInt: (max: number) => number;
  /** Tests hand in a scripted prompter; otherwise the real one is built on first use. */
  prompter?: Prompter;
}
