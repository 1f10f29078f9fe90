import { tmpdir } from "node:os";
import { ExitCode, ProblemError, UsageError } from "../errors.js";
import { describeFsError } from "../io/fs-errors.js";
import { SpillFile } from "../io/spill-file.js";
import { relativePath } from "../ui/display-path.js";
import { EXPORT_FORMATS } from "../ui/export-formats.js";
import type { World } from "../world.js";
import { refuseOutputInRetros, streamDocument } from "./emit-document.js";
import { eachFoundNewestFirst, type FilterOptions, retrosDir } from "./find-retros.js";

export interface ExportOptions extends FilterOptions {
  format?: string;
  output?: string;
}

/**
 * The filtered retros as one document: Markdown to read, CSV for a
 * spreadsheet, JSON or YAML for programs. Written newest first as the folder
 * is read: no retro is held once written.
 */
export async function exportCommand(options: ExportOptions, world: World): Promise<number> {
  const candidate = typeof options.candidate === "string" ? options.candidate : undefined;
  const format = options.format ?? (candidate ? "md" : "csv");
  const open = Object.hasOwn(EXPORT_FORMATS, format) ? EXPORT_FORMATS[format] : undefined;
  if (!open) throw new UsageError(`--format takes ${Object.keys(EXPORT_FORMATS).join(", ")}`);
  const dir = await retrosDir(options, world);
  refuseOutputInRetros(world, options.output, dir);
  let spill: SpillFile | undefined;
  try {
    await streamDocument(world, options.output, async (write, drained) => {
      const writer = await open({
        write,
        drained,
        title: candidate ? `Everything held about candidate ${candidate}` : "Interview retros",
        spill: () => {
          spill = spillFile(dir);
          return spill;
        },
      });
      let count = 0;
      await eachFoundNewestFirst(options, world, { pause: drained }, (stored) => {
        writer.add({ path: relativePath(world.cwd, stored.path), retro: stored.retro });
        count++;
        return undefined;
      });
      await writer.end(count);
      return `${count} ${count === 1 ? "retro" : "retros"}`;
    });
  } finally {
    spill?.close();
  }
  return ExitCode.ok;
}

/**
 * Set-aside rows go beside the retros they come from, where that data already
 * is; a folder that cannot be written to (a read-only clone) sends them to
 * the system's temporary folder. Either way the file has no name.
 */
function spillFile(dir: string): SpillFile {
  try {
    return SpillFile.open(dir);
  } catch {
    try {
      return SpillFile.open(tmpdir());
    } catch (error) {
      throw new ProblemError(`cannot set rows aside while writing: ${describeFsError(error)}`);
    }
  }
}
