import { fstatSync, writeSync } from "node:fs";

/** Where a command writes: standard output or error, or a test's capture. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** An output that a library needing a Node stream (the prompts) can also be given. */
export interface StreamableOutput extends Output {
  /** Node's stream for this output; what is written afterwards goes through it too, in order. */
  stream(): NodeJS.WritableStream;
}

/**
 * Standard output (fd 1) or error (fd 2). Into a pipe, a file or a socket,
 * text goes straight to the file descriptor, as grep writes it:
 * process.stdout would first load Node's stream and network modules, a few
 * milliseconds of every command. A terminal (or /dev/null, a device too) gets
 * Node's stream as usual. `onReaderGone` is called once the reader has closed the pipe.
 */
export function standardOutput(fd: 1 | 2, onReaderGone: () => void): StreamableOutput {
  let stream: NodeJS.WriteStream | undefined;
  const toStream = (): NodeJS.WriteStream => {
    if (stream) return stream;
    stream = fd === 1 ? process.stdout : process.stderr;
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      onReaderGone();
    });
    return stream;
  };
  if (!writesStraight(fd)) {
    const node = toStream();
    return {
      write: (text) => node.write(text),
      get isTTY() {
        return node.isTTY;
      },
      // Read on each use: a terminal can be resized while the command runs.
      get columns() {
        return node.columns;
      },
      stream: () => node,
    };
  }
  return {
    isTTY: false,
    write(text: string): boolean {
      if (stream) return stream.write(text);
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) {
        try {
          written += writeSync(fd, bytes, written);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EPIPE") {
            onReaderGone();
            return false;
          }
          // A full pipe that its reader made non-blocking: Node's stream waits for it to drain.
          if (code !== "EAGAIN") throw error;
          return toStream().write(bytes.subarray(written));
        }
      }
      return true;
    },
    stream: toStream,
  };
}

/** A pipe, a file, or a socket (what Node's child_process gives a child for a pipe). */
function writesStraight(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    // A closed descriptor: Node's stream deals with that its own way.
    return false;
  }
}
