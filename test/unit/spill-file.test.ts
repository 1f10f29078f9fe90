import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { SpillFile } from "../../src/io/spill-file.js";

let spill: SpillFile | undefined;
afterEach(() => spill?.close());

describe("a spill file", () => {
  it("gives back what was appended, in order, in pieces of whole records, across its 64 KiB reads", () => {
    spill = SpillFile.open(tmpdir());
    // Two-byte and four-byte characters fall across the reads; one record is longer than a read.
    const records = Array.from(
      { length: 3000 },
      (_, index) => `${index} Léa Zoë 🙂 ${"é".repeat(index % 97)}`,
    );
    records.splice(1500, 0, "long ".repeat(30_000));
    for (const record of records) spill.append(`${record}\0`);
    const pieces = [...spill.wholeRecords("\0")];
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.endsWith("\0")).toBe(true);
    expect(pieces.join("").split("\0").slice(0, -1)).toEqual(records);
  });
});
