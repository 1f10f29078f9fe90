import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpillFile } from "../../src/io/spill-file.js";

let spill: SpillFile | undefined;
afterEach(() => spill?.close());

describe("a spill file", () => {
  it("gives back the bytes appended, in order, across its 64 KiB reads", () => {
    spill = SpillFile.open(tmpdir());
    // Two-byte and four-byte characters fall across the reads; one text is longer than a read.
    const texts = Array.from(
      { length: 3000 },
      (_, index) => `${index} Léa Zoë 🙂 ${"é".repeat(index % 97)}\r\n`,
    );
    texts.splice(1500, 0, "long ".repeat(30_000));
    let size = 0;
    for (const text of texts) {
      spill.append(text);
      size += Buffer.byteLength(text);
      expect(spill.size).toBe(size);
    }
    // Each piece is taken (copied) before the next is read into the same buffer.
    const pieces = Array.from(spill.pieces(), (piece) => Buffer.from(piece));
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(texts.join(""));
  });

  it("leaves nothing in its folder, not even while it is open", () => {
    const dir = mkdtempSync(join(tmpdir(), "spill-"));
    try {
      spill = SpillFile.open(dir);
      spill.append("a row\r\n");
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
