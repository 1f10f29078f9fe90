import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import type { Retro } from "../../src/domain/retro.js";
import { SpillFile } from "../../src/io/spill-file.js";
import { csvWriter } from "../../src/ui/export-formats.js";
import { makeRetro } from "../helpers/fixtures.js";

let spill: SpillFile | undefined;
afterEach(() => spill?.close());

/** A retro answering the given questions, with a text of its own in each (no comma: one cell, unquoted). */
function retro(index: number, questions: string[]): Retro {
  const made = makeRetro({ suffix: String(index).padStart(4, "0") });
  const text = `Léa 🙂 row ${index} ${"é".repeat((index * 37) % 300)}`;
  made.answers = Object.fromEntries(
    questions.map((id) => [id, { question: `${id}?`, answer: `${id} ${text}` }]),
  );
  return made;
}

/** The CSV export of these retros, and how many pieces it was written in. */
async function csvOf(retros: Retro[]): Promise<{ text: string; pieces: number }> {
  const rows = SpillFile.open(tmpdir());
  spill = rows;
  const written: Buffer[] = [];
  const writer = csvWriter(
    {
      write: (text) => written.push(Buffer.from(text)),
      drained: () => undefined,
      title: "",
      spill: () => rows,
    },
    rows,
  );
  for (const [index, made] of retros.entries()) writer.add({ path: `r${index}.yaml`, retro: made });
  await writer.end(retros.length);
  return { text: Buffer.concat(written).toString("utf8"), pieces: written.length };
}

describe("CSV export", () => {
  it("gives every row every column, the rows read before a column came included, across the spill's pieces", async () => {
    // 300 rows know q1; one brings q2, the next q3: the first 301 rows are short of
    // cells, and their line breaks fall anywhere in the 64 KiB pieces read back.
    const retros = [
      ...Array.from({ length: 300 }, (_, i) => retro(i, ["q1"])),
      retro(300, ["q1", "q2"]),
      ...Array.from({ length: 300 }, (_, i) => retro(301 + i, ["q1", "q3"])),
    ];
    const { text, pieces } = await csvOf(retros);
    expect(pieces).toBeGreaterThan(4);

    const rows = text.replace(/^\ufeff/, "").split("\r\n");
    expect(rows.pop()).toBe("");
    const header = (rows.shift() as string).split(",");
    expect(header.slice(-3)).toEqual(["q1.answer", "q2.answer", "q3.answer"]);
    expect(rows).toHaveLength(retros.length);
    for (const [index, row] of rows.entries()) {
      const cells = row.split(",");
      expect(cells).toHaveLength(header.length);
      const answers = (retros[index] as Retro).answers;
      expect(cells.slice(-3)).toEqual(["q1", "q2", "q3"].map((id) => answers[id]?.answer ?? ""));
      expect(cells[0]).toBe(`r${index}.yaml`);
    }
  });

  it("starts a cell that a spreadsheet would run as a formula with an apostrophe, and no other", async () => {
    const starts = ["=", "+", "-", "@", "\t", "\r", "a", "'", "#", " ", "1"];
    const { text } = await csvOf(
      starts.map((start, index) => {
        const made = retro(index, []);
        made.answers = { q: { question: "q?", answer: `${start}1+1` } };
        return made;
      }),
    );
    const lastCells = text
      .split("\r\n")
      .slice(1, -1)
      .map((row) => row.slice(row.lastIndexOf(",") + 1));
    expect(lastCells).toEqual([
      "'=1+1",
      "'+1+1",
      "'-1+1",
      "'@1+1",
      "'\t1+1",
      `"'\r1+1"`,
      "a1+1",
      "'1+1",
      "#1+1",
      " 1+1",
      "11+1",
    ]);
  });
});
