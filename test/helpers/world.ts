import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { editText } from "../../src/io/editor.js";
import { createInquirerPrompter, type Prompter } from "../../src/ui/prompter.js";
import { progressPrinter } from "../../src/ui/render-progress.js";
import type { World } from "../../src/world.js";

export interface Captured {
  world: World;
  stdout: () => string;
  stderr: () => string;
}

type Sink = Writable & { isTTY?: boolean };

function sink(isTTY: boolean): { stream: Sink; text: () => string } {
  let text = "";
  // A piece of bytes may end within a character.
  const decoder = new StringDecoder("utf8");
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += decoder.write(chunk);
      done();
    },
  }) as Sink;
  stream.isTTY = isTTY;
  return { stream, text: () => text };
}

/** A world with captured output, a fixed clock and predictable suffixes. */
export function testWorld(options: {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  prompter?: Prompter;
  tty?: boolean;
  stdinText?: string | Buffer;
  now?: Date;
  randomInts?: number[];
}): Captured {
  const out = sink(options.tty ?? false);
  const err = sink(options.tty ?? false);
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = options.tty ?? false;
  stdin.end(options.stdinText ?? "");
  const queue = [...(options.randomInts ?? [])];
  let counter = 0;
  const world: World = {
    cwd: options.cwd,
    env: {
      HOME: options.cwd,
      XDG_STATE_HOME: join(options.cwd, ".state"),
      GIT_CONFIG_NOSYSTEM: "1",
      ...options.env,
    },
    stdin,
    stdout: out.stream,
    stderr: err.stream,
    now: () => options.now ?? new Date(2026, 10, 27, 15, 30, 12),
    randomInt: (max) => (queue.length > 0 ? (queue.shift() as number) : counter++ % max),
    openPrompter: async () =>
      options.prompter ??
      createInquirerPrompter({
        input: stdin,
        output: err.stream,
        edit: (text) => editText(text, world.env),
      }),
    progress: progressPrinter(err.stream, options.cwd),
  };
  return { world, stdout: out.text, stderr: err.text };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = "interview-retro-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `root`, sorted; none when it does not exist. */
export function filesUnder(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}
