import { fstatSync, writeSync } from "node:fs";
import { ExitCode } from "../errors.js";
import type { Output } from "../world.js";
import { describeFsError } from "./fs-errors.js";

/**
 * Standard output or error, as the commands write to them. Node's stream
 * for a pipe loads its stream and socket modules as it is made: some 4 ms
 * at the start of every command whose output goes to a pipe (`show latest`
 * over 100,000 retros, Node 20). So where the descriptor is a file, a pipe
 * or a socket, bytes are written to it as grep writes them (fs.writeSync); a
 * terminal, or any other device, gets Node's stream (colours, columns).
 * A pipe that another program left non-blocking may refuse bytes while its
 * reader is behind (EAGAIN): from then on Node's stream takes them, and
 * tells when they are gone ("drain").
 *
 * `interview-retro list | head`: once the reader has gone, the command stops
 * quietly, like grep does. Any other failure to write (`export > all.csv` on
 * a full disk) ends it with exit 1 and says why on standard error, if
 * standard error can still say it.
 */
export function standardOutput(fd: 1 | 2): Output {
  const stream = () => {
    const made = fd === 1 ? process.stdout : process.stderr;
    made.on("error", (error) => failed(fd, error));
    return made;
  };
  return writtenDirectly(fd) ? directOutput(fd, stream) : stream();
}

function writtenDirectly(fd: number): boolean {
  try {
    const kind = fstatSync(fd);
    return kind.isFile() || kind.isFIFO() || kind.isSocket();
  } catch {
    // Closed, or a kind fstat cannot tell: Node's stream knows what to do.
    return false;
  }
}

function directOutput(fd: number, stream: () => Output): Output {
  let refused: Output | undefined;
  return {
    isTTY: false,
    write(text, done) {
      if (refused) return refused.write(text, done);
      let rest: string | Uint8Array | undefined = text;
      while (rest !== undefined) {
        const piece = rest;
        try {
          rest = writeSome(fd, piece);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EAGAIN") failed(fd, error);
          refused = stream();
          return refused.write(piece, done);
        }
      }
      done?.();
      return true;
    },
    get writableLength() {
      return refused?.writableLength ?? 0;
    },
    once(event, listener) {
      return refused?.once?.(event, listener);
    },
  };
}

/**
 * Writes what the descriptor takes at once: all of it, but for a pipe left
 * non-blocking, or a signal. The rest, if any, as bytes. A string goes as
 * it is, not copied into a buffer first.
 */
function writeSome(fd: number, text: string | Uint8Array): Uint8Array | undefined {
  if (typeof text === "string") {
    const written = writeSync(fd, text);
    return written === Buffer.byteLength(text) ? undefined : Buffer.from(text).subarray(written);
  }
  const written = writeSync(fd, text);
  return written === text.length ? undefined : text.subarray(written);
}

function failed(fd: number, error: unknown): never {
  if ((error as NodeJS.ErrnoException).code === "EPIPE")
    process.exit(process.exitCode ?? ExitCode.ok);
  // Standard error failing has nowhere to say so.
  if (fd === 1) {
    try {
      writeSync(2, `interview-retro: cannot write to standard output: ${describeFsError(error)}\n`);
    } catch {}
  }
  process.exit(ExitCode.problem);
}
