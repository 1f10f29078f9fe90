import type { Prompter } from "./ui/prompter.js";

/** Where a command writes: standard output or error, or a test's capture. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything a command needs from the outside, handed in rather than reached
 * for, so a test can give it a temp folder, a fixed clock and scripted answers.
 */
export interface World {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  /** Messages, warnings, and the prompts. */
  stderr: Output;
  now: () => Date;
  /** A uniform integer in [0, max): file-name suffixes. */
  randomInt: (max: number) => number;
  /** The prompts, on stdin and stderr: the real ones, or a test's scripted answers. */
  openPrompter: (options: { color: boolean }) => Promise<Prompter>;
}
