import { stripVTControlCharacters } from "node:util";
import { spawn } from "@lydell/node-pty";
import { BIN, NODE } from "./binary.js";

/** A colour or text-style sequence (SGR): ESC [ … m. Cursor movement is something else. */
export const SGR = /\u001b\[[0-9;]*m/;

export const KEY = { enter: "\r", ctrlC: "\x03", down: "\x1b[B" } as const;

/**
 * The built binary in a real pseudo-terminal: what an interviewer sees and
 * types. `waitFor` waits for text on the screen (escape codes removed), so the
 * test types only once the prompt is there, as a person would.
 */
export class PtySession {
  private raw = "";
  /** Where the output stood when the last keys were typed: `waitFor` looks only after it. */
  private mark = 0;
  private exit: Promise<{ exitCode: number; signal?: number }>;
  private readonly pty;

  constructor(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; cols?: number }) {
    this.pty = spawn(NODE, [BIN, ...args], {
      cwd: options.cwd,
      env: options.env as Record<string, string>,
      cols: options.cols ?? 120,
      rows: 40,
      name: "xterm-256color",
    });
    this.pty.onData((data) => {
      this.raw += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(resolve));
  }

  /** Everything the program wrote, with escape sequences. */
  get output(): string {
    return this.raw;
  }

  /** Everything the program wrote, as plain text. */
  get text(): string {
    return stripVTControlCharacters(this.raw);
  }

  /** Resolves once `needle` appears in what was written since the last keys were typed; fails after `ms`. */
  async waitFor(needle: string | RegExp, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    const since = () => stripVTControlCharacters(this.raw.slice(this.mark));
    const found = () =>
      typeof needle === "string" ? since().includes(needle) : needle.test(since());
    while (!found()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(needle)}; screen so far:\n${this.text}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(text: string): void {
    this.mark = this.raw.length;
    this.pty.write(text);
  }

  /** Types a line and presses Enter. */
  line(text: string): void {
    this.type(text);
    this.pty.write(KEY.enter);
  }

  kill(signal: string): void {
    this.pty.kill(signal);
  }

  exited(): Promise<{ exitCode: number; signal?: number }> {
    return this.exit;
  }
}
