import { styleText } from "node:util";
import { CancelledError } from "../errors.js";

/**
 * The one door to interactive prompts. Commands talk to this interface; the
 * real implementation wraps `@inquirer/prompts` (loaded only when a prompt is
 * really needed), and tests hand in a scripted one.
 */
export interface Prompter {
  /** One line of text. */
  text(options: {
    message: string;
    default?: string;
    hint?: string;
    validate?: (value: string) => string | true;
  }): Promise<string>;
  /** One choice among several. */
  select<T extends string>(options: {
    message: string;
    choices: readonly { value: T; name?: string; description?: string }[];
    default?: T;
    hint?: string;
  }): Promise<T>;
  /** A longer text written in `$VISUAL` / `$EDITOR`. */
  editor(options: { message: string; default?: string }): Promise<string>;
  /** A line of information between prompts. */
  note(message: string): void;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  /** Prompts go to stderr, so that stdout carries only the result (the path written). */
  output: NodeJS.WritableStream;
}

const isPromptExit = (error: unknown) =>
  error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");

/** Ctrl-C in any prompt becomes a CancelledError, the one interrupt the rest of the code knows. */
async function cancellable<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (isPromptExit(error)) throw new CancelledError("cancelled at a prompt");
    throw error;
  }
}

/**
 * Shows the hint under the question while it is asked, and only the question
 * once answered, so the finished screen reads as a list of answers.
 */
function hintTheme(hint: string | undefined) {
  return {
    style: {
      message: (text: string, status: string) => {
        const question = styleText("bold", text);
        return hint && status !== "done" ? `${question}\n  ${styleText("dim", hint)}\n ` : question;
      },
    },
  };
}

export async function createInquirerPrompter(streams: PromptStreams): Promise<Prompter> {
  const { editor, input, select } = await import("@inquirer/prompts");
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  return {
    text: ({ message, default: fallback, hint, validate }) =>
      cancellable(
        input(
          {
            message,
            theme: hintTheme(hint),
            ...(fallback !== undefined ? { default: fallback } : {}),
            ...(validate ? { validate } : {}),
          },
          context,
        ),
      ),
    select: ({ message, choices, default: fallback, hint }) =>
      cancellable(
        select(
          {
            message,
            theme: hintTheme(hint),
            choices: choices.map((c) => ({
              value: c.value,
              name: c.name ?? c.value,
              ...(c.description ? { description: c.description } : {}),
            })),
            ...(fallback !== undefined ? { default: fallback } : {}),
          },
          context,
        ),
      ),
    editor: ({ message, default: fallback }) =>
      cancellable(
        editor(
          {
            message,
            ...(fallback !== undefined ? { default: fallback } : {}),
            waitForUserInput: false,
            file: { postfix: ".md" },
          },
          context,
        ),
      ),
    note: (message) => {
      streams.output.write(`${message}\n`);
    },
  };
}
