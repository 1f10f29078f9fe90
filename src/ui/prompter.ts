import { styleText } from "node:util";
import { CancelledError } from "../errors.js";
import { safeMultiline, safeOneLine } from "./safe-text.js";
import { indentedLines } from "./text-width.js";
import type { LibraryWords } from "./words.js";

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
  /**
   * An answer: a line typed, or a note pasted whole, line breaks and all (a
   * one-line prompt takes the first pasted line break for Enter).
   */
  answer(options: { message: string; hint?: string }): Promise<string>;
  /** One choice among several. */
  select<T extends string>(options: {
    message: string;
    choices: readonly { value: T; name?: string; description?: string }[];
    default?: T;
    hint?: string;
  }): Promise<T>;
  /** Any of several choices. */
  checkbox<T extends string>(options: {
    message: string;
    choices: readonly { value: T; name?: string; checked?: boolean }[];
    hint?: string;
  }): Promise<T[]>;
  /**
   * A longer text written in `$VISUAL` / `$EDITOR`, the question, its hint and
   * the guide (how to write there) shown as comment lines.
   */
  editor(options: {
    message: string;
    hint?: string;
    default?: string;
    guide: string;
  }): Promise<string>;
  /** A line of information between prompts. */
  note(message: string): void;
  /** Asks yes or no. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Stops listening for signals; the prompter is not used after this. */
  close?(): void;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  /** Prompts go to stderr, so that stdout carries only the result (the path written). */
  output: NodeJS.WritableStream;
  /** Opens the user's editor on a text: what it holds when the editor closes, undefined when it failed. */
  edit: (text: string) => { text: string | undefined; editor: string; problem?: string };
}

const isPromptExit = (error: unknown) =>
  error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");

/** Choices as the prompt library takes them: each with a name, its value when it has none. */
const named = <C extends { value: string; name?: string }>(choices: readonly C[]) =>
  choices.map((choice) => ({ ...choice, name: safeOneLine(choice.name ?? choice.value) }));

/** The signals that end a prompt: the terminal closing, and a request to stop. */
const STOP_SIGNALS = ["SIGHUP", "SIGTERM"] as const;

/**
 * Shows the hint under the question while it is asked, and only the question
 * once answered, so the finished screen reads as a list of answers. Questions,
 * hints and choices may come from a team's templates and config, a cloned
 * repo's: their control characters are shown escaped, never played. The
 * question and its hint are wrapped between words to the terminal's width at
 * each drawing (the terminal would cut a word in two, and the prompt library
 * does not wrap).
 */
function hintTheme(
  hint: string | undefined,
  library: LibraryWords | undefined,
  columns: () => number | undefined,
) {
  return {
    style: {
      message: (text: string, status: string) => {
        // The question's lines after the first stand under its text, past the library's "? ".
        const [first = "", ...rest] = indentedLines(safeOneLine(text), "  ", columns());
        const question = styleText("bold", [first.slice(2), ...rest].join("\n"));
        if (!hint || status === "done") return question;
        const lines = indentedLines(safeMultiline(hint), "  ", columns());
        return `${question}\n${styleText("dim", lines.join("\n"))}\n `;
      },
      // The keys' help line of select and checkbox, its actions in the user's language.
      ...(library
        ? {
            keysHelpTip: (keys: [string, string][]) =>
              keys
                .map(
                  ([key, action]) =>
                    `${styleText("bold", key)} ${styleText("dim", library.actions[action] ?? action)}`,
                )
                .join(styleText("dim", " • ")),
          }
        : {}),
    },
    ...(library
      ? {
          keywords: {
            yes: library.yes,
            no: library.no,
            error: ({ yes, no }: { yes: string; no: string }) => library.answerWith(yes, no),
          },
        }
      : {}),
  };
}

/**
 * The real prompter. Ctrl-C, and SIGHUP or SIGTERM while a prompt is open,
 * end the prompt with a CancelledError: the one interrupt the rest of the code
 * knows, so that the command can keep its draft and say how to resume.
 */
export async function createInquirerPrompter(
  streams: PromptStreams,
  library?: LibraryWords,
): Promise<Prompter> {
  const { checkbox, confirm, input, select } = await import("@inquirer/prompts");
  const columns = () => (streams.output as { columns?: number }).columns;
  let received: (typeof STOP_SIGNALS)[number] | undefined;
  let controller = new AbortController();
  const onSignal = (signal: (typeof STOP_SIGNALS)[number]) => {
    received = signal;
    controller.abort();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  const context = () => ({
    input: streams.input,
    output: streams.output,
    clearPromptOnDone: false,
    signal: controller.signal,
  });
  async function cancellable<T>(
    prompt: (ctx: ReturnType<typeof context>) => Promise<T>,
  ): Promise<T> {
    if (received) throw new CancelledError(undefined, received);
    try {
      return await prompt(context());
    } catch (error) {
      if (isPromptExit(error)) throw new CancelledError(undefined, received ?? "SIGINT");
      throw error;
    } finally {
      if (controller.signal.aborted) controller = new AbortController();
    }
  }
  return {
    text: ({ message, default: fallback, hint, validate }) =>
      cancellable((ctx) =>
        input(
          {
            message,
            theme: hintTheme(hint, library, columns),
            ...(fallback !== undefined ? { default: fallback } : {}),
            ...(validate ? { validate } : {}),
          },
          ctx,
        ),
      ),
    answer: async ({ message, hint }) => {
      const { answerPrompt, BRACKETED_PASTE } = await import("./answer-prompt.js");
      streams.output.write(BRACKETED_PASTE.on);
      try {
        return await cancellable((ctx) =>
          answerPrompt({ message, theme: hintTheme(hint, library, columns) }, ctx),
        );
      } finally {
        streams.output.write(BRACKETED_PASTE.off);
      }
    },
    select: ({ message, choices, default: fallback, hint }) =>
      cancellable((ctx) =>
        select(
          {
            message,
            theme: hintTheme(hint, library, columns),
            choices: named(choices),
            ...(fallback !== undefined ? { default: fallback } : {}),
          },
          ctx,
        ),
      ),
    // The editor is run here rather than by the prompt library: its prompt
    // brings an encoding detector that was nine tenths of its code, loaded
    // before the first question.
    editor: async ({ message, hint, default: fallback, guide: how }) => {
      if (received) throw new CancelledError(undefined, received);
      // As git opens a commit message: the answer so far, then the question as comment lines.
      const guide = [message, ...(hint ? hint.split("\n") : []), how].map((line) =>
        `# ${line.trim()}`.trimEnd(),
      );
      const { text, editor, problem } = streams.edit(`${fallback ?? ""}\n\n${guide.join("\n")}\n`);
      if (text === undefined) {
        const why = problem ?? `the editor (${safeOneLine(editor)}) failed`;
        streams.output.write(`  ${why}: nothing was taken from it.\n`);
        return fallback ?? "";
      }
      // Only the lines the tool added go: an answer may hold a # of its own.
      const answer = text
        .split("\n")
        .filter((line) => !guide.includes(line.trimEnd()))
        .join("\n")
        .replace(/\s+$/, "");
      const first = answer.split("\n").find((line) => line.trim() !== "") ?? "";
      streams.output.write(
        `${styleText("green", "✔")} ${styleText("bold", safeOneLine(message))} ${styleText("cyan", safeOneLine(first.length > 60 ? `${first.slice(0, 59)}…` : first))}\n`,
      );
      return answer;
    },
    checkbox: ({ message, choices, hint }) =>
      cancellable((ctx) =>
        checkbox(
          {
            message,
            theme: hintTheme(hint, library, columns),
            choices: named(choices),
          },
          ctx,
        ),
      ),
    confirm: ({ message, default: fallback }) =>
      cancellable((ctx) =>
        confirm(
          {
            message,
            theme: hintTheme(undefined, library, columns),
            ...(fallback !== undefined ? { default: fallback } : {}),
          },
          ctx,
        ),
      ),
    note: (message) => {
      streams.output.write(`${message}\n`);
    },
    close: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}
