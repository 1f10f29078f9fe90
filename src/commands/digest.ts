import { localDate } from "../domain/dates.js";
import {
  DIGEST_GROUPINGS,
  DigestBuilder,
  type DigestGrouping,
  type DigestInput,
} from "../domain/digest.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, PLAIN, shouldColor } from "../ui/color.js";
import { DIGEST_FORMATS } from "../ui/digest-formats.js";
import { renderDigest } from "../ui/render-digest.js";
import type { World } from "../world.js";
import { emitDocument } from "./emit-document.js";
import { eachFoundRetro, type FilterOptions } from "./find-retros.js";
import { learningPeriod, previousThemes } from "./learning-period.js";

export interface DigestOptions extends FilterOptions {
  by?: string;
  format?: string;
  output?: string;
  color?: boolean;
}

/** The last week (or --since's period): every answer, the themes that recur, the actions promised. */
export async function digestCommand(options: DigestOptions, world: World): Promise<number> {
  const by = (options.by ?? "role") as DigestGrouping;
  if (!DIGEST_GROUPINGS.includes(by))
    throw new UsageError(`--by takes ${DIGEST_GROUPINGS.join(", ")}`);
  // A file gets Markdown unless told otherwise; the terminal, text.
  const format = options.format ?? (options.output !== undefined ? "md" : "text");
  const draw = Object.hasOwn(DIGEST_FORMATS, format) ? DIGEST_FORMATS[format] : undefined;
  if (format !== "text" && !draw)
    throw new UsageError(`--format takes text, ${Object.keys(DIGEST_FORMATS).join(" or ")}`);
  const period = await learningPeriod(options, world, "7d");
  const builder = new DigestBuilder(by, period.until.slice(0, 7));
  await eachFoundRetro(period.dir, period.current, period.warnings, {}, ({ retro }) =>
    builder.add(retro),
  );
  const input: DigestInput = {
    digest: builder.result(await previousThemes(period), period.texts),
    ...(period.current.since ? { since: period.current.since } : {}),
    until: period.until,
    generatedOn: localDate(world.now()),
  };
  if (draw || options.output !== undefined) {
    const text = draw ? draw(input) : renderDigest(input, PLAIN);
    await emitDocument(world, options.output, text, "the digest");
  } else {
    // Text from the retros is escaped by the renderer: the colours go through as they are.
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    world.stdout.write(renderDigest(input, palette));
  }
  return ExitCode.ok;
}
