import type { Located } from "./domain/located.js";
import type { Prompter } from "./ui/prompter.js";
import type { LibraryWords } from "./ui/words.js";

/** Where a command writes: standard output or error, or a test's capture. */
export interface Output {
  /** False when the text waits in memory for a slow reader: "drain" says when it has gone, and `done` when this text has. */
  write(text: string | Uint8Array, done?: () => void): unknown;
  /** How many bytes it holds, not yet written: none (or no such count) once `write` has returned, for a file or a test's capture. */
  writableLength?: number;
  once?(event: "drain", listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** How wide a terminal `output` is (80 when it does not say); undefined for a pipe or a file, where lines stay whole. */
export const terminalColumns = (output: Output): number | undefined =>
  output.isTTY ? (output.columns ?? 80) : undefined;

/**
 * What a command that reads many files reports as it goes, printed at the
 * edge (`ui/render-progress.ts`): a file it skipped, how many it has read, and
 * that reading is over.
 */
export type ProgressEvent =
  | { type: "warning"; warning: Located }
  | { type: "reading"; count: number }
  | { type: "read" };

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
  openPrompter: (options: { color: boolean; library?: LibraryWords }) => Promise<Prompter>;
  progress: (event: ProgressEvent) => void;
}
