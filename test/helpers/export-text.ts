import { tmpdir } from "node:os";
import { SpillFile } from "../../src/io/spill-file.js";
import { EXPORT_FORMATS, type PathedRetro } from "../../src/ui/export-formats.js";

/** The document `export --format <format>` writes for these records, whole. */
export async function exportText(
  format: string,
  records: readonly PathedRetro[],
  title = "Retros",
): Promise<string> {
  let text = "";
  const spills: SpillFile[] = [];
  const open = EXPORT_FORMATS[format];
  if (!open) throw new Error(`no format ${format}`);
  try {
    const writer = await open({
      write: (piece) => {
        text += piece;
      },
      title,
      drained: () => undefined,
      spill: () => {
        const spill = SpillFile.open(tmpdir());
        spills.push(spill);
        return spill;
      },
    });
    for (const record of records) writer.add(record);
    await writer.end(records.length);
  } finally {
    for (const spill of spills) spill.close();
  }
  return text;
}
