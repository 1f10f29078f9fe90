import { CancelledError } from "../../src/errors.js";
import type { Prompter } from "../../src/ui/prompter.js";

/** One scripted reply: a value, or an interrupt (as Ctrl-C would raise). */
export type Reply = string | { cancel: true };

/**
 * Answers prompts in order from a script and records what was asked, so a
 * test can check both the questions and the file they lead to. A prompt
 * with no reply left fails the test loudly instead of hanging.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: {
    kind: "text" | "select" | "editor" | "confirm" | "checkbox";
    message: string;
    default?: string;
  }[] = [];
  readonly notes: string[] = [];
  constructor(
    private readonly replies: Reply[],
    private readonly editorReplies: Reply[] = [],
  ) {}

  private next(queue: Reply[], message: string): string {
    const reply = queue.shift();
    if (reply === undefined) throw new Error(`no scripted reply for "${message}"`);
    if (typeof reply !== "string") throw new CancelledError();
    return reply;
  }

  async text(options: {
    message: string;
    default?: string;
    validate?: (value: string) => string | true;
  }) {
    this.asked.push({
      kind: "text",
      message: options.message,
      ...(options.default !== undefined ? { default: options.default } : {}),
    });
    let value = this.next(this.replies, options.message);
    if (value === "" && options.default !== undefined) value = options.default;
    const verdict = options.validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`scripted reply refused by validation: ${verdict}`);
    return value;
  }

  /** Asked as text is: a scripted reply may hold line breaks, as a paste does. */
  async answer(options: { message: string }) {
    return this.text(options);
  }

  async select<T extends string>(options: { message: string; choices: readonly { value: T }[] }) {
    this.asked.push({ kind: "select", message: options.message });
    const value = this.next(this.replies, options.message);
    if (!options.choices.some((choice) => choice.value === value))
      throw new Error(`"${value}" is not a choice`);
    return value as T;
  }

  async editor(options: { message: string }) {
    this.asked.push({ kind: "editor", message: options.message });
    return this.next(this.editorReplies, options.message);
  }

  /** A checkbox reply is the checked values, comma-separated ("" for none). */
  async checkbox<T extends string>(options: { message: string; choices: readonly { value: T }[] }) {
    this.asked.push({ kind: "checkbox", message: options.message });
    const reply = this.next(this.replies, options.message);
    const values = reply.split(",").filter(Boolean);
    for (const value of values) {
      if (!options.choices.some((choice) => choice.value === value))
        throw new Error(`"${value}" is not a choice`);
    }
    return values as T[];
  }

  async confirm(options: { message: string; default?: boolean }) {
    this.asked.push({ kind: "confirm", message: options.message });
    const reply = this.next(this.replies, options.message);
    if (reply === "") return options.default ?? false;
    return /^y(es)?$/i.test(reply);
  }

  note(message: string) {
    this.notes.push(message);
  }
}

/** Replies to the context prompts: a candidate reference, then Enter through role, stage, interviewer, date and tags. */
export const contextReplies = (candidate = "ats-1"): Reply[] => [candidate, "", "", "", "", ""];
