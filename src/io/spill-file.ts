import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ProblemError } from "../errors.js";
import { describeFsError } from "./fs-errors.js";
import { writeBytesSync } from "./text-file.js";

/**
 * Text set aside on disk while a document is made, read back in order at
 * the end as bytes, to be written on as they are (decoded and encoded again,
 * the 16 MB of a 10,000-retro CSV cost some 35 ms more): an export's CSV
 * rows wait there for the header, which is known only once every retro is
 * read. The file is created readable by the user alone and unlinked at once:
 * it has no name, so nothing of it is left on disk once the command ends,
 * even killed.
 */
const CHUNK = 64 * 1024;

export class SpillFile {
  private constructor(private fd: number | undefined) {}

  /**
   * A new, nameless file in `dir`: made in a folder of mkdtemp's, which has a
   * random name and which only the user may open. (A random name from
   * node:crypto cost every export 2 ms to load it, 6 on Node 24.)
   */
  static open(dir: string): SpillFile {
    const folder = mkdtempSync(join(dir, ".interview-retro-"));
    const path = join(folder, "rows");
    try {
      const fd = openSync(path, "wx+", 0o600);
      rmSync(path);
      return new SpillFile(fd);
    } finally {
      rmdirSync(folder);
    }
  }

  private written = 0;
  /**
   * Appended text not written yet, encoded: one write per 64 KiB, not one
   * per row. (Joining the rows into one string first cost more than the
   * writes: a long string is a large object for the garbage collector.)
   */
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  append(text: string): void {
    // A UTF-16 code unit is at most three bytes: text that surely fits is not measured first.
    if (this.used + text.length * 3 > CHUNK) {
      const length = Buffer.byteLength(text);
      if (this.used + length > CHUNK) this.flush();
      if (length > CHUNK) {
        this.write(Buffer.from(text));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private write(bytes: Buffer): void {
    try {
      writeBytesSync(this.descriptor(), bytes, this.written);
    } catch (error) {
      throw new ProblemError(`cannot set rows aside while writing: ${describeFsError(error)}`);
    }
    this.written += bytes.length;
  }

  /** How many bytes were appended. */
  get size(): number {
    return this.written + this.used;
  }

  /**
   * What was appended, in order, some 64 KiB at a time, in one buffer read
   * again for each piece: a piece must be written before the next is asked
   * for. (A new buffer each time left 80 MiB of them, outside the heap, for
   * the garbage collector to notice over a 100,000-retro export.)
   */
  *pieces(): Generator<Buffer, void, undefined> {
    this.flush();
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let at = 0; at < this.written; ) {
      const read = readSync(this.descriptor(), buffer, 0, CHUNK, at);
      if (read === 0) throw new ProblemError("the rows set aside while writing were cut short");
      at += read;
      yield buffer.subarray(0, read);
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private descriptor(): number {
    if (this.fd === undefined) throw new Error("the spill file is closed");
    return this.fd;
  }
}
