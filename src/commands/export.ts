import { toCsv, toMarkdown } from "../domain/export-formats.js";
import { ExitCode, UsageError } from "../errors.js";
import { displayPath } from "../ui/display-path.js";
import type { World } from "../world.js";
import { emitDocument } from "./emit-document.js";
import {
  type FilterOptions,
  findRetros,
  queryFromOptions,
  retrosDir,
  Warnings,
} from "./find-retros.js";

export const EXPORT_FORMATS = ["md", "csv", "json", "yaml"] as const;

export interface ExportOptions extends FilterOptions {
  format?: string;
  output?: string;
}

/** The filtered retros as one document: Markdown to read, CSV for a spreadsheet, JSON or YAML for programs. */
export async function exportCommand(options: ExportOptions, world: World): Promise<number> {
  const format = options.format ?? (options.candidate ? "md" : "csv");
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format takes ${EXPORT_FORMATS.join(", ")}`);
  }
  const query = queryFromOptions(options, world.now());
  const dir = await retrosDir(options, world);
  const found = await findRetros(dir, query, new Warnings(world));
  const records = found.map((stored) => ({
    path: displayPath(world.cwd, stored.path),
    retro: stored.retro,
  }));
  let text: string;
  if (format === "csv") text = toCsv(records);
  else if (format === "json")
    text = `${JSON.stringify(
      records.map(({ path, retro }) => ({ path, ...retro })),
      null,
      2,
    )}\n`;
  else if (format === "yaml") {
    const { stringify } = await import("yaml");
    text = stringify(
      records.map(({ path, retro }) => ({ path, ...retro })),
      { lineWidth: 0 },
    );
  } else {
    const title = options.candidate
      ? `Everything held about candidate ${options.candidate}`
      : "Interview retros";
    text = toMarkdown(records, title);
  }
  await emitDocument(
    world,
    options.output,
    text,
    `${records.length} ${records.length === 1 ? "retro" : "retros"}`,
  );
  return ExitCode.ok;
}
