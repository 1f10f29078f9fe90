// Apart from emit-document.ts, which writes files: list and search print
// only, and loading the file-writing modules would cost them start-up time.
import type { World } from "../world.js";

/** Pieces are gathered up to this many characters before they are written: one write per piece would cost a system call each. */
const CHUNK = 64 * 1024;

/**
 * A promise while the reader of the output has fallen behind (`less`, a
 * slow pipe), or bytes handed to it are not written yet: whoever makes the
 * output awaits it before making more, so that what is written never piles
 * up in memory (and a buffer of bytes can be filled again).
 */
export type Drained = () => Promise<void> | undefined;

/**
 * Output that is safe to show as it is (rendered and escaped), written to
 * stdout as `make` makes it.
 */
export async function streamOutput<T>(
  world: World,
  make: (write: (text: string | Uint8Array) => void, drained: Drained) => Promise<T>,
): Promise<T> {
  const { stdout } = world;
  const tty = stdout.isTTY === true;
  let waiting: Promise<void> | undefined;
  const out = chunked((text) => {
    // The "Reading retros…" line is cleared first: what comes is the output itself.
    if (tty) world.progress({ type: "read" });
    if (typeof text !== "string") {
      // Bytes may be in a buffer that their maker fills again: while the stream still
      // holds them (an asynchronous pipe), it waits until they are written.
      const done = new Promise<void>((resolve) => stdout.write(text, () => resolve()));
      if ((stdout.writableLength ?? 0) > 0)
        waiting = waiting === undefined ? done : waiting.then(() => done);
      return;
    }
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

/**
 * Gathers text into chunks of CHUNK characters for `flushText`; `flush` hands
 * on the rest. Bytes come in chunks already, and go on as they are (after the
 * text before them).
 */
export function chunked(flushText: (text: string | Uint8Array) => void): {
  write: (text: string | Uint8Array) => void;
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
      if (typeof text !== "string") {
        flush();
        flushText(text);
        return;
      }
      pieces.push(text);
      length += text.length;
      if (length >= CHUNK) flush();
    },
    flush,
  };
}
