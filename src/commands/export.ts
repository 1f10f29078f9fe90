import { ExitCode, UsageError } from "../errors.js";
import { displayPath } from "../ui/display-path.js";
import { EXPORT_FORMATS } from "../ui/export-formats.js";
import type { World } from "../world.js";
import { emitDocument } from "./emit-document.js";
import { type FilterOptions, findByOptions } from "./find-retros.js";

export interface ExportOptions extends FilterOptions {
  format?: string;
  output?: string;
}

/** The filtered retros as one document: Markdown to read, CSV for a spreadsheet, JSON or YAML for programs. */
export async function exportCommand(options: ExportOptions, world: World): Promise<number> {
  const candidate = typeof options.candidate === "string" ? options.candidate : undefined;
  const format = options.format ?? (candidate ? "md" : "csv");
  const write = Object.hasOwn(EXPORT_FORMATS, format) ? EXPORT_FORMATS[format] : undefined;
  if (!write) throw new UsageError(`--format takes ${Object.keys(EXPORT_FORMATS).join(", ")}`);
  const { found } = await findByOptions(options, world);
  const records = found.map((stored) => ({
    path: displayPath(world.cwd, stored.path),
    retro: stored.retro,
  }));
  const title = candidate ? `Everything held about candidate ${candidate}` : "Interview retros";
  const text = await write(records, title);
  await emitDocument(
    world,
    options.output,
    text,
    `${records.length} ${records.length === 1 ? "retro" : "retros"}`,
  );
  return ExitCode.ok;
}
