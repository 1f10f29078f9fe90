import { resolve } from "node:path";
import { ProblemError } from "../errors.js";
import { type AtomicFile, openAtomically } from "../io/atomic-write.js";
import { describeFsError } from "../io/fs-errors.js";
import { displayPath } from "../ui/display-path.js";
import { safeMultiline } from "../ui/safe-text.js";
import type { World } from "../world.js";

/**
 * A document (export, report, search's matches) to stdout, or with `-o
 * <file>` to that file. On a terminal, text from the retros is shown safely;
 * in a pipe or a file, byte for byte.
 */
export async function emitDocument(
  world: World,
  output: string | undefined,
  text: string,
  what: string,
): Promise<void> {
  await streamDocument(world, output, async (write) => {
    write(text);
    return what;
  });
}

/** Pieces are gathered up to this many characters before they are written: one write per piece would cost a system call each. */
const CHUNK = 64 * 1024;

/**
 * A document written as `make` makes it, piece by piece, so that nothing
 * holds the whole of it. `make` returns what it wrote, for the confirmation:
 * "the report", "12 retros". A file appears only whole: a full disk or an
 * error on the way leaves the one before, and no partial file.
 */
export async function streamDocument(
  world: World,
  output: string | undefined,
  make: (write: (text: string) => void, drained: Drained) => Promise<string>,
): Promise<void> {
  if (output === undefined || output === "-") {
    const tty = world.stdout.isTTY === true;
    await streamOutput(world, (write, drained) =>
      make(tty ? (text) => write(safeMultiline(text)) : write, drained),
    );
    return;
  }
  const target = resolve(world.cwd, output);
  const failed = (error: unknown) =>
    new ProblemError(`cannot write ${displayPath(world.cwd, target)}: ${describeFsError(error)}`);
  let file: AtomicFile;
  try {
    // Readable by the user alone: it holds notes about candidates.
    file = await openAtomically(target, { mode: 0o600, replace: true });
  } catch (error) {
    throw failed(error);
  }
  try {
    const out = chunked((text) => {
      try {
        file.write(text);
      } catch (error) {
        throw failed(error);
      }
    });
    // A file is written as it comes: nothing waits.
    const what = await make(out.write, () => undefined);
    out.flush();
    await file.commit().catch((error) => {
      throw failed(error);
    });
    world.stderr.write(`Wrote ${what} to ${displayPath(world.cwd, target)}\n`);
  } finally {
    file.discard();
  }
}

/**
 * A promise while the reader of the output has fallen behind (`less`, a
 * slow pipe): whoever makes the output awaits it before making more, so that
 * what is written never piles up in memory.
 */
export type Drained = () => Promise<void> | undefined;

/**
 * Output that is safe to show as it is (rendered and escaped), written to
 * stdout as `make` makes it.
 */
export async function streamOutput<T>(
  world: World,
  make: (write: (text: string) => void, drained: Drained) => Promise<T>,
): Promise<T> {
  const { stdout } = world;
  const tty = stdout.isTTY === true;
  let waiting: Promise<void> | undefined;
  const out = chunked((text) => {
    // The "Reading retros…" line is cleared first: what comes is the output itself.
    if (tty) world.progress({ type: "read" });
    if (stdout.write(text) === false && stdout.once && waiting === undefined) {
      const once = stdout.once.bind(stdout);
      waiting = new Promise((resolve) => once("drain", resolve));
    }
  });
  const result = await make(out.write, () => {
    const wait = waiting;
    waiting = undefined;
    return wait;
  });
  out.flush();
  return result;
}

function chunked(flushText: (text: string) => void): {
  write: (text: string) => void;
  flush: () => void;
} {
  let pieces: string[] = [];
  let length = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    const text = pieces.join("");
    pieces = [];
    length = 0;
    flushText(text);
  };
  return {
    write(text) {
      pieces.push(text);
      length += text.length;
      if (length >= CHUNK) flush();
    },
    flush,
  };
}
